import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import {
  axeViolations,
  browserUnavailable,
  htmlErrors,
  openPage,
  serveBuiltSite,
} from '../helpers/browser.ts';
import { peopleArchive } from '../helpers/people-archive.ts';

const skip = browserUnavailable();

describe('a person page in Chromium', { skip }, () => {
  const outside: string[] = [];
  const served = serveBuiltSite(() => peopleArchive({ months: 30 }));

  const open = (url: string, width: number, colorScheme: 'light' | 'dark') =>
    openPage(served, url, { width, colorScheme, outside });

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
    const { errors } = await htmlErrors(path.join(served.out, 'people'));
    assert.deepEqual(errors.slice(0, 20), []);
  });
});
