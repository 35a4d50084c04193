import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';
import sharp from 'sharp';

import { newArchive } from '../helpers/archives.ts';
import {
  axeViolations,
  browserUnavailable,
  htmlErrors,
  openPage,
  serveBuiltSite,
} from '../helpers/browser.ts';

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
  const errors: string[] = [];
  const outside: string[] = [];

  const served = serveBuiltSite(smallArchive);

  const open = (url: string) => openPage(served, url, { outside, errors });

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
    assert.deepEqual(outside, []);
  });

  it('leaves a single photo unlinked and without the script, and links work without JavaScript', async () => {
    const single = await open('/2021/06/13/one-photo.html');
    assert.equal(await single.locator('a.lightbox-link').count(), 0);
    assert.equal(await single.locator('script[src$="lightbox.js"]').count(), 0);

    const noScript = await served.browser.browser()?.newContext({ javaScriptEnabled: false });
    const page = noScript ? await noScript.newPage() : await served.browser.newPage();
    await page.goto(`${served.base}2021/06/12/three-photos.html`);
    await Promise.all([
      page.waitForURL(/-large\.jpg$/),
      page.locator('a.lightbox-link').first().click(),
    ]);
    await noScript?.close();
  });

  it('gives only valid HTML to the W3C Nu checker', { timeout: 120_000 }, async () => {
    assert.deepEqual((await htmlErrors(served.out)).errors, []);
  });
});
