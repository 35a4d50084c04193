import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import type { Facet } from '../../src/search/facets.ts';
import { openIndex } from '../../src/search/read-index.ts';
import {
  axeViolations,
  browserUnavailable,
  htmlErrors,
  openPage,
  serveBuiltSite,
} from '../helpers/browser.ts';
import { DEMO, temporaryFolder } from '../helpers/paths.ts';

const skip = browserUnavailable();

describe('the demo site in Chromium', { skip }, () => {
  const outside: string[] = [];
  const consoleErrors: string[] = [];

  const served = serveBuiltSite(async () => DEMO);

  const open = (url: string) =>
    openPage(served, url, { outside, errors: consoleErrors, label: url });

  it('follows home → year → month → entry with no console error, no outside request and no serious axe violation', async () => {
    const page = await open('');
    assert.match(await page.title(), /Robin Ashby/);
    const visited: string[] = [];
    for (const step of ['a[href="./2021/"]', '.months a[href$="2021/03/"]', '.card a']) {
      assert.deepEqual(await axeViolations(page), [], page.url());
      visited.push(page.url());
      await Promise.all([
        page.waitForURL((url) => !visited.includes(url.toString())),
        page.locator(step).first().click(),
      ]);
    }
    assert.match(page.url(), /\/2021\/03\/\d{2}\/[^/]+\.html$/);
    assert.equal(await page.locator('main h1').count(), 1);
    assert.deepEqual(await axeViolations(page), []);
    const photo = await open('sources/photos/');
    await photo.locator('.card a').first().click();
    await photo.waitForLoadState('load');
    assert.ok((await photo.locator('.gallery img').count()) >= 1);
    assert.ok(
      await photo
        .locator('.gallery img')
        .first()
        .evaluate((image) => (image as HTMLImageElement).naturalWidth > 0),
      'the photo loads',
    );
    assert.deepEqual(await axeViolations(photo), []);
    for (const url of [
      '/tags/',
      '/people/',
      '/years/',
      '/photos/',
      '/on-this-day/',
      '/on-this-day/03-03/',
      '/2019/03/03/',
    ])
      assert.deepEqual(await axeViolations(await open(url)), [], url);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outside, []);
  });

  it('searches as you type, filters, keeps the query in the URL and opens a result by keyboard', async () => {
    const page = await open('search/?q=walking+notes');
    const titles = page.locator('#results li .result-link');
    await titles.first().waitFor();
    assert.equal(await titles.first().textContent(), 'Walking notes');
    assert.match((await page.textContent('#search-status')) ?? '', /^\d+ results? \(\d+ ms\)/);

    // Typing: the last word is a prefix; the URL follows the box.
    await page.fill('#q', '');
    await page.locator('#q').pressSequentially('harbo', { delay: 30 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'harbo');
    // The results of the query before may still show until the new ones arrive.
    await page.waitForFunction(() =>
      /^harbo/i.test(document.querySelector('#results mark')?.textContent ?? ''),
    );
    assert.match((await page.locator('#results mark').first().textContent()) ?? '', /^harbo/i);

    // A facet narrows the results and shows in the query.
    const facet = page.locator('#facets button[data-token="from:twitter"]');
    const count = Number(await facet.locator('.count').textContent());
    await facet.click();
    await page.waitForFunction(
      () => (document.querySelector('#q') as HTMLInputElement).value === 'from:twitter harbo',
    );
    await page.waitForFunction(
      (n) => document.querySelector('#search-status')?.textContent?.startsWith(`${n} result`),
      count,
    );
    const metas = await page.locator('#results .card-head').allTextContents();
    assert.equal(metas.length, count);
    assert.ok(
      metas.every((meta) => meta.includes('twitter')),
      String(metas),
    );
    assert.equal(
      await page.getAttribute('#facets button[data-token="from:twitter"]', 'aria-pressed'),
      'true',
    );
    assert.deepEqual(await axeViolations(page), []);

    // A malformed query says what is wrong and still searches the rest.
    await page.fill('#q', 'year:20x4 harbour');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() =>
      /is not a year/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    assert.ok((await titles.count()) > 0);

    // ↓ from the box to the first result, Enter opens it.
    await page.focus('#q');
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() =>
      (document.activeElement as HTMLAnchorElement).getAttribute('href'),
    );
    assert.match(href ?? '', /^\.\.\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/);
    await Promise.all([
      page.waitForURL(/\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/),
      page.keyboard.press('Enter'),
    ]);
    assert.equal(await page.locator('main h1').count(), 1);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outside, []);
  });

  it('shows the filter counts of two words and of a filter, tags and people once their filters are opened', async () => {
    for (const query of ['day -coffee', 'from:journal walk']) {
      const page = await open(`search/?q=${encodeURIComponent(query)}`);
      await page.locator('#facets details summary').first().waitFor();
      const { facets } = await openIndex(served.out).search(query, { limit: 0, facets: true });
      const expected = (names: string[]) =>
        (Object.entries(facets!) as [string, Facet[]][])
          .filter(([name, values]) => names.includes(name) && values.length > 0)
          .map(([name, values]) =>
            values
              .slice(0, 12)
              .map(
                ({ value, count }) =>
                  `${name}:${/\s/.test(value) ? `"${value}"` : value} ${count.toLocaleString('en')}`,
              ),
          );
      const shown = () =>
        page.$$eval('#facets section.facet', (sections) =>
          sections.map((section) =>
            [...section.querySelectorAll('button')].map(
              (button) =>
                `${button.dataset['token']} ${button.querySelector('.count')?.textContent}`,
            ),
          ),
        );
      assert.deepEqual(await shown(), expected(['from', 'kind', 'year']), query);
      await page.locator('#facets details summary', { hasText: 'Person' }).click();
      await page.locator('#facets section.facet h2', { hasText: 'Person' }).waitFor();
      assert.deepEqual(await shown(), expected(['from', 'kind', 'year', 'tag', 'person']), query);
      assert.ok(facets!.tag.length > 0 && facets!.person.length > 0, query);
      await page.close();
    }
    assert.deepEqual(consoleErrors, []);
  });

  it('shows a styled 404 page for a missing address at any depth', async () => {
    const missing: string[] = [];
    for (const url of ['nope.html', '2021/03/nope/', '2021/03/05/deeper/still/nope.html']) {
      // Its console says the page itself is a 404; anything else it asks for must be there.
      const page = await openPage(served, url, { outside });
      page.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document')
          missing.push(`${url}: ${response.url()}`);
      });
      await page.reload();
      assert.equal(await page.locator('h1').textContent(), 'Not found', url);
      // The stylesheet's light background (an unstyled page is transparent).
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
        'rgb(253, 252, 249)',
        url,
      );
      assert.deepEqual(await axeViolations(page), [], url);
      await Promise.all([page.waitForURL(served.base), page.locator('main a').first().click()]);
      await page.close();
    }
    assert.deepEqual(missing, []);
    assert.deepEqual(outside, []);
  });

  it('gives only valid HTML to the W3C Nu checker', { timeout: 300_000 }, async () => {
    const { errors, files } = await htmlErrors(served.out);
    assert.deepEqual(errors.slice(0, 20), []);
    assert.ok(files > 500);
  });

  it('opens from disk (file://) when built with --file-links, styles and links working', async () => {
    const fileSite = path.join(temporaryFolder(), 'usb');
    const { site } = await buildSite(DEMO, fileSite, { fileLinks: true });
    await site.close();
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`file://${path.join(fileSite, 'index.html')}`);
    // The stylesheet's light background (an unstyled page is transparent).
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      'rgb(253, 252, 249)',
    );
    await page.locator('a[href="./2021/index.html"]').first().click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/2021\/index\.html$/);
    assert.match(await page.title(), /^2021/);
    // Search loads its index with script tags, which file:// allows (fetch it does not).
    await page.goto(`file://${path.join(fileSite, 'search', 'index.html')}?q=walking`);
    await page.locator('#results li .result-link').first().waitFor();
    // Entry pages are files, so a result opens from disk as it is.
    assert.match(
      (await page.locator('#results li .result-link').first().getAttribute('href')) ?? '',
      /^\.\.\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/,
    );
    await page.locator('#results li .result-link').first().click();
    await page.locator('main h1').waitFor();
    assert.deepEqual(errors, []);
  });
});
