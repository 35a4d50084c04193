import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';

import { buildSite } from '../../src/cli/build-site.ts';
import { browserUnavailable, htmlErrors, serveInChromium } from '../helpers/browser.ts';
import { peopleArchive } from '../helpers/people-archive.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const require = createRequire(import.meta.url);
const skip = browserUnavailable();

describe('a person page in Chromium', { skip }, () => {
  const out = path.join(temporaryFolder(), 'dist');
  const outside: string[] = [];
  const served = serveInChromium(async () => {
    const { site } = await buildSite(await peopleArchive({ months: 30 }), out);
    await site.close();
    return out;
  });

  async function open(url: string, width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') outside.push(request.url());
    });
    await page.goto(`${served.base}${url}`);
    return page;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol: the site's CSP rightly refuses injected scripts.
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const results = (await page.evaluate(() =>
      (globalThis as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
    )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  }

  it('has no serious axe violation, in light and dark, at 390 and 1280 pixels, and asks no other host', async () => {
    for (const url of ['people/ana-kovac/', 'people/', 'people/ana-kovac/page/2/'])
      for (const width of [390, 1280])
        for (const scheme of ['light', 'dark'] as const) {
          const page = await open(url, width, scheme);
          assert.deepEqual(await axeViolations(page), [], `${url} at ${width} px, ${scheme}`);
          // Nothing wider than the screen: the strip scales down.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          assert.ok(overflow <= 0, `${url} at ${width} px scrolls sideways by ${overflow} px`);
          await page.close();
        }
    assert.deepEqual(outside, []);
  });

  it('shows the strip with its numbers, the avatar, and a table a keyboard reaches', async () => {
    const page = await open('people/ana-kovac/', 1280, 'light');
    const strip = page.getByRole('img', {
      name: /^Entries with Ana Kovač per month, 2015 to 2021/,
    });
    assert.equal(await strip.count(), 1);
    const box = (await strip.boundingBox())!;
    assert.ok(box.width > 200 && box.height > 100, `the strip is ${box.width}×${box.height}`);
    assert.equal(
      await page.locator('img.avatar-large').evaluate((img: HTMLImageElement) => img.naturalWidth),
      192,
    );
    await page.getByText('Month by month').click();
    assert.equal(await page.getByRole('row').count(), 1 + 30 + 4);
    await page.close();
  });

  it('every page is valid HTML (W3C Nu checker)', async () => {
    const { errors } = await htmlErrors(path.join(out, 'people'));
    assert.deepEqual(errors.slice(0, 20), []);
  });
});
