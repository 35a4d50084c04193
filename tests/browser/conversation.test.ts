import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  axeViolations,
  browserUnavailable,
  htmlErrors,
  openPage,
  serveBuiltSite,
} from '../helpers/browser.ts';
import { shortHash } from '../../src/archive/paths.ts';
import { kindsArchive } from '../helpers/kinds-archive.ts';

const skip = browserUnavailable();
// The chat-day page of the kinds archive's chat (its slug: its first message's id, hashed).
const CHAT_DAY = `chats/${shortHash('messages:1', 10)}/2021-03-28/`;

describe('a conversation in Chromium', { skip }, () => {
  const outside: string[] = [];
  const served = serveBuiltSite(kindsArchive);

  const open = (url: string, width: number, colorScheme: 'light' | 'dark') =>
    openPage(served, url, { width, colorScheme, outside });

  it('reads the whole thread in order, marks the current message and links each to its page', async () => {
    const page = await open('2021/03/22/reply.html', 1280, 'light');
    const items = page.locator('.conversation .thread > li');
    assert.equal(await items.count(), 3);
    const texts = await items.locator('.card-text').allTextContents();
    assert.match(texts[0]!, /Spent the whole afternoon[\s\S]*wrote it all down at/);
    assert.match(texts[1]!, /And then the rain arrived/);
    assert.match(texts[2]!, /Home now, dry socks/);
    assert.equal(await items.nth(1).getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('.conversation [aria-current]').count(), 1);
    // Each message links to its own page, and the link opens it.
    await Promise.all([
      page.waitForURL(/\/2021\/03\/22\/reply-2\.html$/),
      items.nth(2).locator('a.permalink').click(),
    ]);
    const current = page.locator('.conversation .thread > li[aria-current="page"]');
    assert.match((await current.textContent()) ?? '', /Home now, dry socks/);
    assert.deepEqual(outside, []);
  });

  it('opens a message’s day of the chat at the message, with both bubbles', async () => {
    const page = await open('2021/03/28/m2.html', 390, 'light');
    await Promise.all([
      page.waitForURL(new RegExp(`${CHAT_DAY}#m-[0-9a-f]{10}$`)),
      page.getByRole('link', { name: 'This day of the chat' }).click(),
    ]);
    const bubbles = page.locator('.conversation.chat .thread > li');
    assert.equal(await bubbles.count(), 2);
    assert.match((await page.locator('li:target').textContent()) ?? '', /bring the bread/);
    assert.deepEqual(outside, []);
    await page.close();
  });

  for (const width of [390, 1280])
    for (const scheme of ['light', 'dark'] as const)
      it(`has no serious axe violation at ${width} px in ${scheme} mode`, async () => {
        for (const url of [
          '2021/03/22/reply.html',
          '2021/03/28/m1.html',
          '2021/03/24/re-plans.html',
          '2021/03/',
          CHAT_DAY,
        ]) {
          const page = await open(url, width, scheme);
          assert.deepEqual(await axeViolations(page), [], `${url} at ${width} px, ${scheme}`);
          // Nothing wider than the screen.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow} px at ${width} px`);
          await page.close();
        }
      });

  it('is valid HTML for the W3C Nu checker, every page of the archive', async () => {
    const { errors, files } = await htmlErrors(served.out);
    assert.ok(files > 10);
    assert.deepEqual(errors, []);
  });
});
