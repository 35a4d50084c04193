import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildEncryptedSite } from '../../src/cli/build-encrypted.ts';
import {
  axeViolations,
  browserUnavailable,
  htmlErrors,
  openPage,
  serveBuiltSite,
  serveInChromium,
} from '../helpers/browser.ts';
import { lifeArchive } from '../helpers/life-archive.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const skip = browserUnavailable();

describe('the views of a life in Chromium', { skip }, () => {
  const outside: string[] = [];
  const consoleErrors: string[] = [];

  const served = serveBuiltSite(lifeArchive);

  /** Opens a page of the site with the browser's clock at `today` (local time). */
  const open = (url: string, today = '2026-03-05T12:00:00') =>
    openPage(served, url, {
      outside,
      errors: consoleErrors,
      label: url,
      fixedTime: new Date(today),
    });

  it('shows today’s memories on the home page, whenever the site was built', async () => {
    const page = await open('');
    const block = page.locator('section.today');
    await block.locator('.today-year').first().waitFor();
    assert.equal(await block.locator('h2').textContent(), 'On this day, 5 March');
    assert.deepEqual(await block.locator('.today-year h3').allTextContents(), [
      '2 years ago, 2024',
      '3 years ago, 2023',
    ]);
    const texts = await block.locator('.memory-text').allTextContents();
    assert.ok(
      texts.some((text) => text.startsWith('Late tweet from New York')),
      String(texts),
    );
    assert.ok(
      await block
        .locator('.memory img')
        .first()
        .evaluate(async (image: HTMLImageElement) => {
          await image.decode();
          return image.naturalWidth > 0;
        }),
      'the thumbnail loads',
    );
    assert.match(
      (await block.locator('.today-fallback a').getAttribute('href')) ?? '',
      /on-this-day\/03-05\/$/,
    );
    await Promise.all([
      page.waitForURL(/\/2024\/03\/05\/[^/]+\.html$/),
      block.locator('.memory a').first().click(),
    ]);
  });

  it('says so when nothing happened on today’s date, and shows the next day that has memories', async () => {
    const page = await open('', '2026-06-01T09:00:00');
    await page.locator('.today-year').first().waitFor();
    assert.equal(
      await page.locator('.today-note').textContent(),
      'Nothing from 1 June in other years yet. Coming up, 14 July:',
    );
    assert.deepEqual(await page.locator('.today-year h3').allTextContents(), ['3 years ago, 2023']);
    assert.match(
      (await page.locator('.memory-text').first().textContent()) ?? '',
      /Swimming in the lake/,
    );
    assert.match(
      (await page.locator('.today-fallback a').getAttribute('href')) ?? '',
      /on-this-day\/07-14\/$/,
    );
  });

  it('points the on-this-day index at today', async () => {
    const page = await open('on-this-day/');
    await page.locator('li.is-today').waitFor();
    assert.equal(await page.locator('li.is-today').getAttribute('data-day'), '03-05');
    assert.equal(await page.locator('li.is-today a').getAttribute('aria-current'), 'date');
    assert.match(
      (await page.locator('[data-today-pointer]').textContent()) ?? '',
      /Today, 5 March/,
    );
  });

  it('opens a day page from a square of the heatmap', async () => {
    const page = await open('');
    await Promise.all([
      page.waitForURL(/\/2024\/03\/05\/$/),
      page.locator('#home-heatmap a[href$="2024/03/05/"]').click(),
    ]);
    assert.match((await page.locator('h1').textContent()) ?? '', /5 March 2024/);
    const year = await open('2024/');
    await Promise.all([
      year.waitForURL(/\/2024\/02\/29\/$/),
      year.locator('#year-heatmap a[href$="2024/02/29/"]').click(),
    ]);
  });

  it('renders the stats page with its charts and their tables', async () => {
    const page = await open('stats/');
    assert.equal(await page.locator('figure.chart svg[role="img"]').count(), 2);
    const tables = page.locator('details.chart-table');
    assert.equal(await tables.count(), 2);
    await tables.first().locator('summary').click();
    assert.equal(await tables.first().locator('tbody tr').count(), 2, 'a row per year');
    assert.ok(await tables.first().locator('table').isVisible());
    assert.ok((await page.locator('.bars li').count()) > 5);
  });

  it('has no serious accessibility violation in light and dark, at 390 and 1280 px', async () => {
    const pages = ['', 'stats/', '2023/review/', '2024/review/', '2024/', 'on-this-day/'];
    for (const url of pages) {
      const page = await open(url);
      // The memories are on the page before it is checked.
      if (url === '') await page.locator('.today-year').first().waitFor();
      for (const scheme of ['light', 'dark'] as const)
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          const where = `${url || 'home'} ${scheme} ${width}`;
          assert.deepEqual(await axeViolations(page), [], where);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow} px`);
        }
      await page.close();
    }
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outside, []);
  });

  it('gives only valid HTML to the W3C Nu checker', { timeout: 300_000 }, async () => {
    const { errors } = await htmlErrors(served.out);
    assert.deepEqual(errors.slice(0, 20), []);
  });
});

describe('today’s memories in an encrypted site', { skip }, () => {
  const out = path.join(temporaryFolder(), 'encrypted');
  const password = 'quiet-harbour-lantern-7';
  const served = serveInChromium(async () => {
    await buildEncryptedSite(await lifeArchive(), out, { password });
    return out;
  });

  it('are fetched and decrypted through the service worker', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.base);
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator('section.today').waitFor();
    // Unlocked, the same home page with the clock on a day that has memories.
    await page.clock.setFixedTime(new Date('2026-03-05T12:00:00'));
    await page.reload();
    await page.locator('section.today .today-year').first().waitFor();
    assert.deepEqual(await page.locator('section.today .today-year h3').allTextContents(), [
      '2 years ago, 2024',
      '3 years ago, 2023',
    ]);
    await page.close();
  });
});
