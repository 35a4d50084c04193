import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import type { Memories } from '../../src/site/page-kinds/on-this-day.ts';
import { lifeArchive, LIFE } from '../helpers/life-archive.ts';
import { temporaryFolder } from '../helpers/paths.ts';

describe('building the views of a small life', () => {
  const out = path.join(temporaryFolder(), 'dist');
  const read = (file: string) => readFile(path.join(out, file), 'utf8');

  let archive = '';
  before(async () => {
    archive = await lifeArchive();
    const { site } = await buildSite(archive, out);
    await site.close();
  });

  it('opens the home page on today’s memories, the latest pictures, the last twelve months and the years', async () => {
    const home = await read('index.html');
    assert.match(
      home,
      /<section class="today"[^>]*data-today data-days="0229 0305 0306 0307 0714 1230">/,
    );
    assert.match(home, /<a href="\.\/on-this-day\/">What happened on today’s date/);
    assert.match(home, /<script src="\.\/assets\/today\.js" defer><\/script>/);
    assert.match(home, /<ul class="photo-strip"/);
    // The twelve months end with the last entry (30 December 2024), whatever the build date.
    assert.match(home, /from Monday 1 January 2024 to Monday 30 December 2024/);
    const dayLinks = [...home.matchAll(/<a href="\.\/(\d{4}\/\d{2}\/\d{2})\/">/g)].map((m) => m[1]);
    assert.deepEqual(dayLinks, ['2024/02/29', '2024/03/05', '2024/12/30']);
    assert.match(home, /<title>2 entries on Tuesday 5 March 2024<\/title>/);
    assert.match(home, /<a href="\.\/2023\/">2023<\/a>/);
    assert.match(home, /<a href="\.\/stats\/">/);
    assert.doesNotMatch(home, /<b>not bold<\/b>/);
  });

  it('writes a memories file per calendar day, by each entry’s own offset, newest year first', async () => {
    const memories = JSON.parse(await read('on-this-day/03-05/memories.json')) as Memories;
    assert.deepEqual(
      memories.years.map((year) => [year.year, year.count]),
      [
        ['2024', 2],
        ['2023', 2],
      ],
    );
    const late = memories.years[1]!.entries.find((entry) => entry.text.startsWith('Late tweet'));
    assert.equal(late?.time, '21:40', 'the New York evening stays on 5 March');
    assert.equal(late?.url, '2023/03/05/late-tweet.html');
    assert.ok(memories.years[0]!.entries.some((entry) => entry.thumb?.src.startsWith('media/')));
    const files = await readdir(path.join(out, 'on-this-day'), { recursive: true });
    const days = new Set(LIFE.map((entry) => entry.date.slice(5, 10)));
    assert.equal(files.filter((file) => file.endsWith('memories.json')).length, days.size);
  });

  it('lists the on-this-day dates month by month with counts, not a grid of bare numbers', async () => {
    const index = await read('on-this-day/index.html');
    assert.match(index, /<h2 id="otd-03">March<\/h2>/);
    assert.match(
      index,
      /<li id="d-03-05" data-day="03-05"><a href="\.\.\/on-this-day\/03-05\/">5 March<\/a> <span class="count">4<\/span><\/li>/,
    );
    assert.match(index, /data-today-pointer hidden/);
    assert.match(index, /assets\/today\.js/);
  });

  it('draws each year’s heatmap on its page and links the year in review', async () => {
    const year = await read('2024/index.html');
    assert.match(year, /<a href="\.\.\/2024\/review\/">2024 in review<\/a>/);
    assert.match(year, /<figure class="heatmap" id="year-heatmap">/);
    assert.equal(year.match(/<rect x=/g)?.length, 366, 'a square for every day of a leap year');
    assert.match(year, /<a href="\.\.\/2024\/02\/29\/"><rect/);
    assert.match(year, /class="months year-months"/);
  });

  it('makes a stats page with every chart’s numbers in a table', async () => {
    const stats = await read('stats/index.html');
    assert.match(stats, /9 entries and \d+ words on\s+7 days/);
    assert.equal(stats.match(/<table>/g)?.length, 2, 'stacked bars and punchcard');
    // Twitter/X, Journal, Mastodon, Photos, all.
    assert.match(
      stats,
      /<th scope="row">2023<\/th><td>3<\/td><td>1<\/td><td>1<\/td><td>0<\/td><td>5<\/td>/,
    );
    // The punchcard counts 21:40 in New York, a Sunday, at 21h.
    assert.match(stats, /<title>1 on Sundays at 21h<\/title>/);
    assert.match(stats, /Lisbon/);
    assert.match(stats, /<h2 id="stats-longest-streaks">/);
    assert.match(stats, /Tuesday 5 March 2024<\/a><\/span>/);
  });

  it('reviews each year: numbers, heatmap, pictures, people, places, the most answered, the longest, firsts', async () => {
    const review = await read('2023/review/index.html');
    assert.match(review, /<h1>2023 in review<\/h1>/);
    assert.match(review, /<dt>entries<\/dt><dd>5<\/dd>/);
    assert.match(review, /id="review-heatmap"/);
    assert.match(review, /People of the year/);
    assert.match(review, /Places of the year/);
    assert.match(review, /<h2 id="review-most-answered">Most answered<\/h2>/);
    assert.match(review, /First from Mastodon/);
    assert.match(review, /First time at Lisbon/);
    assert.match(review, /2024 in review →/);
    const later = await read('2024/review/index.html');
    assert.match(later, /<ul class="mosaic">/);
    assert.match(later, /First from Photos/);
    assert.doesNotMatch(later, /First from Twitter/, 'Twitter had its first in 2023');
    assert.match(later, /The longest/);
  });

  it('keeps the new pages small', async () => {
    for (const file of [
      'index.html',
      'stats/index.html',
      '2024/review/index.html',
      '2024/index.html',
    ]) {
      const { size } = await stat(path.join(out, file));
      assert.ok(size < 120_000, `${file} is ${size} bytes`);
    }
  });

  it('writes nothing again when nothing changed, the years in review included', async () => {
    const { summary, site } = await buildSite(archive, out);
    await site.close();
    assert.equal(summary.written, 0);
  });
});
