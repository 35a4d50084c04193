import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';

import { buildSite } from '../../src/cli/build-site.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { browserUnavailable, htmlErrors, serveInChromium } from '../helpers/browser.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const require = createRequire(import.meta.url);
const skip = browserUnavailable();
// The synthetic export of tests/import/mastodon-emoji.test.ts: one emoji image, two shortcodes without.
const EXPORT = path.join(REPO, 'tests', 'import', 'cases', 'mastodon', 'custom-emoji', 'input');

describe('a Mastodon post with a custom emoji in Chromium', { skip }, () => {
  const out = path.join(temporaryFolder(), 'dist');
  const outside: string[] = [];
  let entryPage = '';
  const served = serveInChromium(async () => {
    const archive = await newArchive('UTC');
    await runImport(archive, EXPORT, { source: 'mastodon' });
    const { site } = await buildSite(archive, out);
    await site.close();
    const day = await readdir(path.join(out, '2024', '03', '02'));
    entryPage = `2024/03/02/${day.find((file) => file.startsWith('coffee-first'))!}`;
    return out;
  });

  async function open(url: string, width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== '127.0.0.1' && !request.url().startsWith('data:'))
        outside.push(request.url());
    });
    await page.goto(served.base + url, { waitUntil: 'load' });
    return page;
  }

  it('draws the emoji inline at the height of its text and loads nothing from another host', async () => {
    for (const url of [entryPage, '2024/03/02/']) {
      const page = await open(url, 1280, 'light');
      const emoji = page.locator('img.emoji[alt=":blob_cat:"]').first();
      const box = await emoji.evaluate((image: HTMLImageElement) => ({
        loaded: image.complete && image.naturalWidth > 0,
        height: image.getBoundingClientRect().height,
        font: parseFloat(getComputedStyle(image.parentElement!).fontSize),
        display: getComputedStyle(image).display,
      }));
      assert.ok(box.loaded, `${url}: the emoji's image loads`);
      assert.equal(box.display, 'inline');
      assert.ok(
        box.height > box.font && box.height < box.font * 2,
        `${url}: ${JSON.stringify(box)}`,
      );
      await page.close();
    }
    assert.deepEqual(outside, []);
  });

  for (const width of [390, 1280])
    for (const scheme of ['light', 'dark'] as const)
      it(`has no serious axe violation at ${width} px in ${scheme} mode`, async () => {
        const page = await open(entryPage, width, scheme);
        await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
        const results = (await page.evaluate(() =>
          (globalThis as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
        )) as { violations: { id: string; impact: string }[] };
        const serious = results.violations.filter(
          (violation) => violation.impact === 'serious' || violation.impact === 'critical',
        );
        assert.deepEqual(
          serious.map((violation) => violation.id),
          [],
        );
        await page.close();
      });

  it('is valid HTML for the W3C Nu checker', async () => {
    const { errors } = await htmlErrors(out);
    assert.deepEqual(errors, []);
  });
});
