import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';

import {
  axeViolations,
  browserUnavailable,
  htmlErrors,
  openPage,
  serveBuiltSite,
} from '../helpers/browser.ts';
import { photoArchive, type PhotoEntry } from '../helpers/photo-archive.ts';

const skip = browserUnavailable();
const WIDTHS = [390, 1280];

describe('the photo grid and its viewer in Chromium', { skip }, () => {
  const errors: string[] = [];
  const outside: string[] = [];
  let entries: PhotoEntry[] = [];

  const served = serveBuiltSite(async () => {
    // 8 entries of 3 photos in January 2021 and 8 in February: 24 photos on each month’s page.
    const made = await photoArchive(16, 3, 2);
    entries = made.entries;
    return made.archive;
  });

  const open = (url: string, width = 1280, dark = false) =>
    openPage(served, url, { width, colorScheme: dark ? 'dark' : 'light', outside, errors });

  /** The grid's photos as laid out: their boxes, grouped into rows by their top. */
  async function rowsOf(page: Page) {
    const boxes = await page
      .locator('ul.justified')
      .first()
      .evaluate((grid) => {
        const frame = grid.getBoundingClientRect();
        return {
          left: frame.left,
          right: frame.right,
          items: [...grid.querySelectorAll('li')].map((item) => {
            const box = item.getBoundingClientRect();
            const image = item.querySelector('img')!;
            return {
              top: Math.round(box.top),
              left: box.left,
              right: box.right,
              height: box.height,
              ratio: Number(image.getAttribute('width')) / Number(image.getAttribute('height')),
            };
          }),
        };
      });
    const rows = new Map<number, typeof boxes.items>();
    for (const item of boxes.items)
      (rows.get(item.top) ?? rows.set(item.top, []).get(item.top)!).push(item);
    return { ...boxes, rows: [...rows.values()] };
  }

  for (const width of WIDTHS)
    it(`lays out justified rows that fill ${width} px and leave the last row unstretched`, async () => {
      const page = await open('photos/2021/01/', width);
      const { left, right, items, rows } = await rowsOf(page);
      assert.equal(items.length, 24, 'every photo of the month');
      assert.ok(rows.length >= (width === 390 ? 6 : 3), `${rows.length} rows`);
      assert.ok(
        right - left >= Math.min(width - 40, 1000),
        `the grid is ${right - left} px wide at ${width}`,
      );
      const tallest = Math.max(...items.map((item) => item.height));
      for (const [index, row] of rows.entries()) {
        const heights = row.map((item) => item.height);
        assert.ok(Math.max(...heights) - Math.min(...heights) < 1, `row ${index}: ${heights}`);
        // Each photo about as wide as its height times its ratio: cropped by 4 % at most.
        for (const item of row) {
          const shown = (item.right - item.left) / item.height / item.ratio;
          assert.ok(shown > 0.96 && shown < 1.04, `row ${index}: ${shown}`);
        }
        const isLast = index === rows.length - 1;
        const filled = Math.abs(row.at(-1)!.right - right) < 2 && Math.abs(row[0]!.left - left) < 2;
        if (!isLast) assert.ok(filled, `row ${index} ends at ${row.at(-1)!.right}, not ${right}`);
        else assert.ok(row[0]!.height <= tallest + 1, 'the last row is no taller than the others');
      }
      await page.close();
    });

  it('walks the whole grid across entries with arrows and swipes, closes with Escape and gives focus back', async () => {
    const page = await open('photos/2021/01/');
    const links = page.locator('ul.justified a.lightbox-link');
    const january = entries
      .filter((entry) => entry.date.startsWith('2021-01'))
      .sort((a, b) => b.date.localeCompare(a.date));
    const alts = january.flatMap((entry) => entry.alts);

    await links.first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.lightbox');
    await dialog.waitFor({ state: 'visible' });
    const count = page.locator('.lightbox-count');
    assert.equal(await count.textContent(), 'Image 1 of 24');
    assert.equal(await page.locator('.lightbox img').getAttribute('alt'), alts[0]);
    // Its alt text as its caption, then its entry's title and date, and a link to the entry.
    assert.equal(await page.locator('.lightbox-caption').textContent(), alts[0]);
    const meta = page.locator('.lightbox-meta');
    assert.equal(
      await meta.textContent(),
      `${january[0]!.title} · ${await links.first().getAttribute('data-date')} · Open the entry`,
    );
    assert.equal(
      await meta.locator('a').evaluate((link) => (link as HTMLAnchorElement).href),
      await links.first().evaluate((link) => (link as HTMLAnchorElement).href),
    );

    // Past the entry's three photos into the next entry's.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    assert.equal(await count.textContent(), 'Image 4 of 24');
    assert.equal(await page.locator('.lightbox img').getAttribute('alt'), alts[3]);
    assert.match((await meta.textContent())!, new RegExp(`^${january[1]!.title} · `));
    await page.keyboard.press('ArrowLeft');
    assert.equal(await count.textContent(), 'Image 3 of 24');
    await page.getByRole('button', { name: 'Next' }).click();
    assert.equal(await count.textContent(), 'Image 4 of 24');

    // A swipe to the left shows the next photo, to the right the previous one.
    const swipe = async (from: number, to: number) => {
      // The viewer takes the size of each image: measure it again for each swipe.
      const frame = (await page.locator('.lightbox-image').boundingBox())!;
      const y = frame.y + frame.height / 2;
      await page.mouse.move(frame.x + frame.width * from, y);
      await page.mouse.down();
      await page.mouse.move(frame.x + frame.width * to, y, { steps: 4 });
      await page.mouse.up();
    };
    await swipe(0.8, 0.2);
    assert.equal(await count.textContent(), 'Image 5 of 24');
    await swipe(0.2, 0.8);
    assert.equal(await count.textContent(), 'Image 4 of 24');

    for (const dark of [false, true]) {
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      assert.deepEqual(await axeViolations(page), [], dark ? 'dark' : 'light');
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus is back on the photo last shown, the fourth (the close event is a task later).
    await page.waitForFunction(
      (wanted) =>
        document.activeElement?.closest('li') ===
        document.querySelectorAll('ul.justified li')[wanted],
      3,
      { timeout: 2000 },
    );
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
  });

  it('walks the photos of a year page month after month', async () => {
    const page = await open('photos/2021/');
    assert.equal(await page.locator('ul.justified').count(), 2);
    await page.locator('ul.justified a').first().click();
    const count = page.locator('.lightbox-count');
    assert.equal(await count.textContent(), 'Image 1 of 24', 'twelve of each month');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await count.textContent(), 'Image 24 of 24');
    assert.match((await page.locator('.lightbox-meta').textContent())!, /January 2021/);
    await page.close();
  });

  it('has no serious axe violation on the Photos pages, light and dark, at 390 and 1280 px', async () => {
    for (const url of ['photos/', 'photos/2021/01/', 'photos/2021/', '2021/01/', '2021/'])
      for (const width of WIDTHS)
        for (const dark of [false, true]) {
          const page = await open(url, width, dark);
          assert.deepEqual(
            await axeViolations(page),
            [],
            `${url} at ${width}${dark ? ', dark' : ''}`,
          );
          // Wider than the page only by the grid's own choice: no sideways scrolling.
          assert.ok(
            await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
            `${url} scrolls sideways at ${width}`,
          );
          await page.close();
        }
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
  });

  it('links each photo to its entry without JavaScript', async () => {
    const context = await served.browser.browser()?.newContext({ javaScriptEnabled: false });
    const page = context ? await context.newPage() : await served.browser.newPage();
    await page.goto(`${served.base}photos/2021/01/`);
    const first = page.locator('ul.justified a').first();
    const target = await first.getAttribute('href');
    await Promise.all([page.waitForURL(/\/2021\/01\/\d\d\/walk-\d+\.html$/), first.click()]);
    assert.ok(page.url().endsWith(target!.replace(/^(\.\.\/)+/, '')), page.url());
    await context?.close();
  });

  it('gives only valid HTML to the W3C Nu checker', { timeout: 120_000 }, async () => {
    assert.deepEqual((await htmlErrors(served.out)).errors, []);
  });
});
