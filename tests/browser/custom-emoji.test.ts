import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import {
  browserUnavailable,
  htmlErrors,
  openPage,
  axeViolations,
  serveInChromium,
} from '../helpers/browser.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

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

  it('draws the emoji inline at the height of its text and loads nothing from another host', async () => {
    for (const url of [entryPage, '2024/03/02/']) {
      const page = await openPage(served, url, { width: 1280, colorScheme: 'light', outside });
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
    for (const colorScheme of ['light', 'dark'] as const)
      it(`has no serious axe violation at ${width} px in ${colorScheme} mode`, async () => {
        const page = await openPage(served, entryPage, { width, colorScheme, outside });
        assert.deepEqual(await axeViolations(page), []);
        await page.close();
      });

  it('is valid HTML for the W3C Nu checker', async () => {
    const { errors } = await htmlErrors(out);
    assert.deepEqual(errors, []);
  });
});
