import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  axeViolations,
  browserUnavailable,
  htmlErrors,
  openPage,
  serveBuiltSite,
} from '../helpers/browser.ts';
import { placesArchive } from '../helpers/places-archive.ts';

const skip = browserUnavailable();

describe('the places map in Chromium', { skip }, () => {
  const outside: string[] = [];
  const errors: string[] = [];
  const served = serveBuiltSite(placesArchive);

  const open = (url: string, width = 1280, colorScheme: 'light' | 'dark' = 'light') =>
    openPage(served, url, { width, colorScheme, outside, errors, label: url });

  it('shows clusters with counts; a cluster opens a closer map whose point opens its place page', async () => {
    const page = await open('places/');
    const cluster = page.locator('.map-cluster').first();
    assert.equal(await cluster.locator('text').textContent(), '6');
    await cluster.click();
    await page.waitForURL(/places\/area\/\d+\.html$/);
    assert.match((await page.locator('h1').textContent()) ?? '', /Around Strasbourg/);
    await page.locator('.map-point[aria-label^="Basel"]').click();
    await page.waitForURL(/places\/switzerland\/basel\.html$/);
    assert.equal(await page.locator('h1').textContent(), 'Basel');
    assert.equal(await page.locator('svg.locator image').count(), 1);
    assert.ok(
      await page.locator('svg.locator image').evaluate((image) => {
        const box = (image as SVGImageElement).getBBox();
        return box.width > 0;
      }),
    );
    await page.close();
  });

  it('opens a country’s closer map from the world map', async () => {
    const page = await open('places/');
    await page.locator('a.map-visited[href$="iceland/"]').click();
    await page.waitForURL(/places\/iceland\/$/);
    assert.equal(await page.locator('h1').textContent(), 'Iceland');
    assert.equal(await page.locator('.map-point').count(), 1);
    await page.close();
  });

  it('pans and zooms by keyboard and by its buttons', async () => {
    const page = await open('places/');
    const map = page.locator('svg.map');
    const viewBox = () => map.getAttribute('viewBox');
    assert.equal(await viewBox(), '0 0 960 500');
    assert.equal(await page.locator('.map-controls').isVisible(), true);
    await map.focus();
    await page.keyboard.press('+');
    const zoomed = (await viewBox())!.split(' ').map(Number);
    assert.ok(zoomed[2]! < 960, `zoomed in: ${zoomed}`);
    await page.keyboard.press('ArrowRight');
    const panned = (await viewBox())!.split(' ').map(Number);
    assert.ok(panned[0]! > zoomed[0]!, 'moved right');
    await page.keyboard.press('0');
    assert.equal(await viewBox(), '0 0 960 500');
    await page.locator('button[data-zoom="in"]').click();
    assert.notEqual(await viewBox(), '0 0 960 500');
    await page.close();
  });

  it('keeps its links without JavaScript', async () => {
    const context = await served.browser.browser()!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.base}places/`);
    assert.equal(await page.locator('.map-controls').isVisible(), false);
    assert.ok((await page.locator('.place-list a').count()) >= 10);
    await context.close();
  });

  it('has no serious axe violation in light and dark, at 390 and 1280 pixels', async () => {
    for (const url of [
      'places/',
      'places/france/',
      'places/france/strasbourg.html',
      '2019/04/02/cathedral.html',
    ])
      for (const width of [390, 1280])
        for (const scheme of ['light', 'dark'] as const) {
          const page = await open(url, width, scheme);
          assert.deepEqual(await axeViolations(page), [], `${url} ${width} ${scheme}`);
          await page.close();
        }
  });

  it('made no request to another host and logged no error', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });

  it('is valid HTML', async () => {
    const { errors: invalid, files } = await htmlErrors(served.out);
    assert.ok(files > 10);
    assert.deepEqual(invalid, []);
  });
});
