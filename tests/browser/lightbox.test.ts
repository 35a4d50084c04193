import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';
import sharp from 'sharp';

import { buildSite } from '../../src/cli/build-site.ts';
import { newArchive } from '../helpers/archives.ts';
import { browserUnavailable, htmlErrors, serveInChromium } from '../helpers/browser.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const require = createRequire(import.meta.url);
const skip = browserUnavailable();
const COLOURS = ['#8a3b2f', '#2f6a8a', '#4f8a2f'];

/** An entry with three photos (one without alt text) and one with a single photo. */
async function smallArchive(): Promise<string> {
  const archive = await newArchive();
  const folder = path.join(archive, 'photos', '2021', '06');
  await mkdir(folder, { recursive: true });
  for (const [index, colour] of COLOURS.entries())
    await sharp({ create: { width: 900, height: 600, channels: 3, background: colour } })
      .jpeg()
      .toFile(path.join(folder, `p${index}.jpg`));
  await writeFile(
    path.join(folder, '12-three-photos.md'),
    '---\nid: photos:three\nsource: photos\nkind: photo\ndate: 2021-06-12T10:00:00Z\ntitle: Three photos\n' +
      'media:\n  - path: p0.jpg\n    alt: Red roof\n  - path: p1.jpg\n    alt: Blue door\n  - path: p2.jpg\n---\nThree.\n',
  );
  await writeFile(
    path.join(folder, '13-one-photo.md'),
    '---\nid: photos:one\nsource: photos\nkind: photo\ndate: 2021-06-13T10:00:00Z\ntitle: One photo\n' +
      'media:\n  - path: p0.jpg\n    alt: Red roof\n---\nOne.\n',
  );
  return archive;
}

describe('the lightbox in Chromium', { skip }, () => {
  const out = path.join(temporaryFolder(), 'dist');
  const errors: string[] = [];

  const served = serveInChromium(async () => {
    const { site } = await buildSite(await smallArchive(), out);
    await site.close();
    return out;
  });

  async function open(url: string): Promise<Page> {
    const page = await served.browser.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${served.port}${url}`);
    return page;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const results = (await page.evaluate(() =>
      (globalThis as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
    )) as { violations: { id: string; impact: string }[] };
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact})`);
  }

  const focusOn = (page: Page, href: string) =>
    page.waitForFunction(
      (wanted) => document.activeElement?.getAttribute('href') === wanted,
      href,
      { timeout: 2000 },
    );

  it('opens with the keyboard, steps with the arrows, closes with Escape and gives focus back', async () => {
    const page = await open('/2021/06/12/three-photos.html');
    const links = page.locator('a.lightbox-link');
    assert.equal(await links.count(), 3);
    const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')));

    await links.first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.lightbox');
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await dialog.evaluate((element) => (element as HTMLDialogElement).open), true);
    assert.equal(await page.locator('.lightbox-count').textContent(), 'Image 1 of 3');
    assert.equal(await page.locator('.lightbox figcaption').textContent(), 'Red roof');
    // An entry's own gallery: no title, date or link to the entry the page already is.
    assert.equal(await page.locator('.lightbox-meta').textContent(), '');
    await page.waitForFunction(() => {
      const image = document.querySelector('.lightbox img') as HTMLImageElement | null;
      return !!image && image.complete && image.naturalWidth > 0;
    });
    // The viewer shows the large size, in the best format the browser takes.
    assert.match(
      await page
        .locator('.lightbox img')
        .evaluate((image) => (image as HTMLImageElement).currentSrc),
      /-large\.webp$/,
    );
    assert.deepEqual(await axeViolations(page), []);

    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('.lightbox-count').textContent(), 'Image 2 of 3');
    assert.equal(await page.locator('.lightbox img').getAttribute('alt'), 'Blue door');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('.lightbox-count').textContent(), 'Image 1 of 3', 'wraps');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('.lightbox-count').textContent(), 'Image 3 of 3');
    await page.getByRole('button', { name: 'Previous' }).click();
    assert.equal(await page.locator('.lightbox-count').textContent(), 'Image 2 of 3');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus is back on the thumbnail of the image last shown (the close event is a task later).
    await focusOn(page, hrefs[1]!);

    // The Close button works too, and focus returns to the opener.
    await links.nth(2).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Close' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await focusOn(page, hrefs[2]!);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it('leaves a single photo unlinked and without the script, and links work without JavaScript', async () => {
    const single = await open('/2021/06/13/one-photo.html');
    assert.equal(await single.locator('a.lightbox-link').count(), 0);
    assert.equal(await single.locator('script[src$="lightbox.js"]').count(), 0);

    const noScript = await served.browser.browser()?.newContext({ javaScriptEnabled: false });
    const page = noScript ? await noScript.newPage() : await served.browser.newPage();
    await page.goto(`http://127.0.0.1:${served.port}/2021/06/12/three-photos.html`);
    await Promise.all([
      page.waitForURL(/-large\.jpg$/),
      page.locator('a.lightbox-link').first().click(),
    ]);
    await noScript?.close();
  });

  it('gives only valid HTML to the W3C Nu checker', { timeout: 120_000 }, async () => {
    assert.deepEqual((await htmlErrors(out)).errors, []);
  });
});
