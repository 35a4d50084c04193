import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';

import { buildEncryptedSite } from '../../src/cli/build-encrypted.ts';
import { checkKeysFile, openSiteKeys, opaqueName } from '../../src/encrypt/format.ts';
import {
  axeViolations,
  browserUnavailable,
  openPage,
  serveInChromium,
} from '../helpers/browser.ts';
import { archiveWithSecrets, CANARY } from '../helpers/canary.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const skip = browserUnavailable();
const PASSWORD = 'tidal-moss-lantern-42';

describe('an encrypted site in Chromium', { skip }, () => {
  const out = path.join(temporaryFolder(), 'encrypted');
  const errors: string[] = [];
  const outside: string[] = [];

  const served = serveInChromium(async () => {
    await buildEncryptedSite(await archiveWithSecrets(), out, { password: PASSWORD });
    return out;
  });

  const open = (url: string) => openPage(served, url, { outside, errors, label: url });

  async function submit(page: Page, password: string): Promise<void> {
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
  }

  it('a wrong password shows one clear message and nothing else', async () => {
    const page = await open(served.base);
    assert.equal(await page.title(), 'Locked');
    await submit(page, 'not-the-password-at-all');
    await page.locator('#status', { hasText: 'Wrong password.' }).waitFor();
    assert.equal(
      (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim(),
      'This archive is locked Password Unlock Wrong password.',
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('the right password opens the page that was asked for, an entry with its image, and search', async () => {
    const entry = `${served.base}2024/05/02/${CANARY}.html`;
    const page = await open(entry);
    // Locked, the service worker (installed by the first visit) sends a page to the unlock page.
    await page.waitForURL((url) => url.searchParams.has('to'));
    await submit(page, PASSWORD);
    await page.waitForURL(entry);
    assert.match(await page.locator('main h1').innerText(), new RegExp(CANARY));
    const image = page.locator('main article img').first();
    await image.waitFor();
    assert.ok(
      await image.evaluate((element: HTMLImageElement) =>
        element.decode().then(() => element.naturalWidth > 0),
      ),
      'the image decrypts and decodes',
    );
    const stylesheet = await page.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0);
    assert.ok(stylesheet > 10, 'the stylesheet is decrypted too');

    const ranged = await page.evaluate(async () => {
      const response = await fetch('../../../../assets/style.css', {
        headers: { range: 'bytes=0-9' },
      });
      return [
        response.status,
        (await response.text()).length,
        response.headers.get('content-range'),
      ];
    });
    assert.deepEqual(ranged.slice(0, 2), [206, 10], 'Range requests (video seeking) get a part');
    assert.match(String(ranged[2]), /^bytes 0-9\/\d+$/);

    await page.goto(served.base);
    assert.match(await page.title(), /Test/);
    assert.ok((await page.locator('main').innerText()).includes('entries'));

    await page.goto(`${served.base}search/?q=${CANARY}`);
    await page.locator('#results a', { hasText: CANARY }).first().waitFor({ timeout: 10_000 });
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    await page.close();
  });

  it('a changed ciphertext shows a clear message, not the page', async () => {
    const file = checkKeysFile(JSON.parse(await readFile(path.join(out, 'keys.json'), 'utf8')));
    const keys = await openSiteKeys(file, PASSWORD);
    const target = path.join(out, await opaqueName(keys, '2024/index.html'));
    const sealed = await readFile(target);
    sealed[40]! ^= 0xff;
    await writeFile(target, sealed);
    const page = await open(`${served.base}2024/`);
    assert.equal(await page.title(), 'Damaged file');
    assert.match(
      await page.locator('#damaged').innerText(),
      /2024\/index\.html could not be decrypted: the encrypted file was changed or damaged/,
    );
    await page.close();
  });

  it('from file:// the unlock page says the site needs http(s), and shows no form', async () => {
    const page = await open(pathToFileURL(path.join(out, 'index.html')).href);
    await page.locator('#status', { hasText: 'https://' }).waitFor();
    assert.equal(await page.locator('#unlock').isVisible(), false);
    await page.close();
  });

  it('Lock forgets the key: pages go back to the unlock page', async () => {
    const page = await open(served.base);
    await page.locator('a', { hasText: 'Lock' }).click();
    await page.waitForURL(served.base);
    assert.equal(await page.title(), 'Locked');
    await page.goto(`${served.base}2024/05/02/${CANARY}/`);
    await page.waitForURL((url) => url.searchParams.has('to'));
    assert.equal(await page.title(), 'Locked');
    assert.equal(await page.content().then((text) => text.includes(CANARY)), false);
    await page.close();
  });

  it('the key ends with the browser session: without the session cookie the site is locked', async () => {
    const page = await open(served.base);
    await submit(page, PASSWORD);
    await page.waitForFunction(() => document.title !== 'Locked');
    await served.browser.clearCookies();
    await page.goto(`${served.base}2024/05/02/${CANARY}/`);
    await page.waitForURL((url) => url.searchParams.has('to'));
    assert.equal(await page.title(), 'Locked');
    await page.close();
  });
});
