import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { axeViolations, browserUnavailable, openPage, serveBuiltSite } from '../helpers/browser.ts';

const skip = browserUnavailable();

describe('the top artists and tracks in Chromium', { skip }, () => {
  const served = serveBuiltSite(async () => {
    const archive = await newArchive('Europe/London');
    // The demo's synthetic Spotify export (three days of June and July 2025).
    await runImport(archive, 'scripts/demo-exports/spotify', { source: 'spotify' });
    return archive;
  });

  it('has no serious accessibility violation on the stats and the year in review, at 390 px light and 1280 px dark', async () => {
    const errors: string[] = [];
    for (const url of ['stats/', '2025/review/']) {
      const page = await openPage(served, url, { errors, label: url });
      assert.ok(await page.locator('.bars.listening li').first().isVisible(), `${url} lists tops`);
      for (const [width, scheme] of [
        [390, 'light'],
        [1280, 'dark'],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        const where = `${url} ${scheme} ${width}`;
        assert.deepEqual(await axeViolations(page), [], where);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow} px`);
      }
      await page.close();
    }
    assert.deepEqual(errors, []);
  });
});
