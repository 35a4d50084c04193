import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import type { Page } from 'playwright-core';

import { buildSite } from '../../src/cli/build-site.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import {
  browserUnavailable,
  htmlErrors,
  axeViolations,
  serveInChromium,
} from '../helpers/browser.ts';
import { quietly } from '../helpers/console.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const skip = browserUnavailable();
const CASES = path.join(REPO, 'tests', 'import', 'cases');
const DAY = '2024/03/02/';

describe('YouTube days and Reddit posts in Chromium', { skip }, () => {
  const out = path.join(temporaryFolder(), 'dist');
  const served = serveInChromium(async () => {
    const archive = await newArchive('Europe/Berlin');
    await runImport(archive, path.join(CASES, 'youtube', 'takeout-json', 'input'), {
      source: 'youtube',
    });
    await runImport(archive, path.join(CASES, 'reddit', 'export', 'input'), {
      source: 'reddit',
      include: ['messages'],
    });
    await quietly(async () => buildSite(archive, out));
    return out;
  });

  async function open(url: string, width = 1280, colorScheme: 'light' | 'dark' = 'light') {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto(served.base + url);
    return page;
  }

  /** The day's card whose text matches. */
  const card = (page: Page, text: RegExp) => page.locator('.entry-card').filter({ hasText: text });

  it('shows a day of watching as its videos, each linked with its channel', async () => {
    const page = await open(DAY);
    const watching = card(page, /Watched 5 videos/);
    assert.match((await watching.locator('.card-facts').textContent()) ?? '', /Videos\s*5/);
    const video = watching.locator('a', { hasText: 'Rust in 100 Seconds' });
    assert.equal(await video.getAttribute('href'), 'https://www.youtube.com/watch?v=5C_HPTJg5ek');
    const channel = watching.locator('a', { hasText: 'Fireship' });
    assert.equal(
      await channel.getAttribute('href'),
      'https://www.youtube.com/channel/UCsBjURrPoezykLs9EqgamOA',
    );
    assert.match((await watching.textContent()) ?? '', /10:12 · A video that has been removed/);
    // A comment names the video it is on.
    const comment = card(page, /best 100 seconds of my week/);
    assert.match((await comment.locator('.card-facts').textContent()) ?? '', /On\s*Rust in 100/);
    await page.close();
  });

  it('shows a Reddit post with its title and subreddit, and its comments as one conversation', async () => {
    const page = await open(DAY);
    const post = card(page, /My first loaf after three weeks/);
    assert.equal(await post.locator('.card-title').count(), 1);
    assert.match(
      (await post.locator('.card-facts').textContent()) ?? '',
      /Subreddit\s*r\/Sourdough/,
    );
    await post.locator('.card-title a').click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.conversation .thread > li').count(), 3);
    assert.match((await page.textContent('main')) ?? '', /r\/Sourdough/);
    await page.close();
  });

  for (const width of [390, 1280])
    for (const scheme of ['light', 'dark'] as const)
      it(`has no serious axe violation at ${width} px in ${scheme} mode`, async () => {
        const day = await open(DAY, width, scheme);
        const pages = [
          DAY,
          ...(await day
            .locator('.entry-card .permalink')
            .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))),
        ];
        await day.close();
        for (const url of pages) {
          const page = await open(url.replace(/^\//, ''), width, scheme);
          assert.deepEqual(await axeViolations(page), [], `${url} at ${width} px, ${scheme}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow} px at ${width} px`);
          await page.close();
        }
      });

  it('is valid HTML for the W3C Nu checker, every page of the site', async () => {
    const { errors, files } = await htmlErrors(out);
    assert.ok(files > 10);
    assert.deepEqual(errors, []);
  });
});
