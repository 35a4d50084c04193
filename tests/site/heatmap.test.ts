import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { contextOf } from '../../src/site/page-kinds/page-kind.ts';
import {
  addDays,
  heatmap,
  heatmapGrid,
  heatmapLevel,
  lastYearGrid,
  LEVELS,
  weekdayOf,
  yearGrid,
} from '../../layouts/heatmap.ts';

const site = { title: 'Test', owner: '', language: 'en' };

describe('the calendar heatmap', () => {
  it('lays a year out as 53 weeks of 7 days, every day once, in date order', () => {
    for (const [year, days] of [
      ['2023', 365],
      ['2024', 366],
      ['2021', 365],
    ] as const) {
      const grid = yearGrid(year, new Map());
      assert.equal(grid.days.length, days, year);
      assert.equal(grid.columns, 53, year);
      assert.equal(grid.days[0]!.date, `${year}-01-01`);
      assert.equal(grid.days[days - 1]!.date, `${year}-12-31`);
      assert.ok(grid.days.every((day) => day.row >= 0 && day.row < 7));
      const cells = new Set(grid.days.map((day) => `${day.column}:${day.row}`));
      assert.equal(cells.size, days, 'no two days share a square');
    }
  });

  it('starts every week on Monday, so each row is one weekday', () => {
    const grid = yearGrid('2024', new Map());
    for (const day of grid.days) assert.equal(day.row, (weekdayOf(day.date) + 6) % 7, day.date);
    // 1 January 2023 was a Sunday: the last row of the first week, alone in its column.
    const first = yearGrid('2023', new Map()).days[0]!;
    assert.deepEqual([first.column, first.row], [0, 6]);
    assert.equal(heatmapGrid('2023-01-01', '2023-01-07', new Map(), 0).days[0]!.row, 0);
  });

  it('gives a leap year its 29 February and needs a 54th week only when a leap year starts on a Sunday', () => {
    const leap = yearGrid('2024', new Map());
    assert.ok(leap.days.some((day) => day.date === '2024-02-29'));
    assert.equal(
      yearGrid('2023', new Map()).days.filter((day) => day.date.startsWith('2023-02')).length,
      28,
    );
    // 2012 began on a Sunday and had 366 days: 1 day + 52 weeks + 1 day.
    assert.equal(yearGrid('2012', new Map()).columns, 54);
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
  });

  it('shows the last twelve months as 53 whole weeks ending with the last day', () => {
    const grid = lastYearGrid('2025-06-18', new Map([['2025-06-18', 2]]));
    assert.equal(grid.columns, 53);
    assert.equal(grid.days[grid.days.length - 1]!.date, '2025-06-18');
    assert.equal(grid.days[0]!.row, 0, 'starts on a Monday');
    assert.equal(grid.total, 2);
  });

  it('shades a day by its count: none, then steps up to the busiest day', () => {
    assert.equal(heatmapLevel(0, 10), 0);
    assert.equal(heatmapLevel(1, 1), 2, 'a quiet year is not all darkest');
    assert.equal(heatmapLevel(4, 4), LEVELS);
    assert.equal(heatmapLevel(10, 10), LEVELS);
    assert.equal(heatmapLevel(1, 100), 1);
    const levels = Array.from({ length: 30 }, (_, count) => heatmapLevel(count + 1, 30));
    assert.deepEqual([...new Set(levels)], [1, 2, 3, 4], 'every step is used, in order');
    for (let index = 1; index < levels.length; index++)
      assert.ok(levels[index]! >= levels[index - 1]!);
  });

  it('links each day with entries to its day page, says its count, and labels months', () => {
    const counts = new Map([
      ['2024-03-05', 3],
      ['2024-03-06', 1],
      ['2024-12-31', 1],
    ]);
    const page = heatmap(
      contextOf(site)('2024/'),
      yearGrid('2024', counts),
      'Every day of 2024',
      'hm',
    ).value;
    const links = [...page.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1]);
    assert.deepEqual(links, ['../2024/03/05/', '../2024/03/06/', '../2024/12/31/']);
    assert.match(page, /<title>3 entries on Tuesday 5 March 2024<\/title>/);
    assert.match(page, /<title>1 entry on Wednesday 6 March 2024<\/title>/);
    assert.match(page, /<title>No entries on Monday 1 January 2024<\/title>/);
    assert.equal(page.match(/<rect x=/g)?.length, 366);
    for (const month of ['Jan', 'Feb', 'Dec']) assert.match(page, new RegExp(`>${month}</text>`));
    assert.match(page, /aria-labelledby="hm-title hm-desc"/);
    assert.match(page, /<th scope="row">March 2024<\/th>\s*<td>4<\/td>\s*<td>2<\/td>/);
  });

  it('links day pages by index.html for a site opened from disk', () => {
    const context = contextOf({ ...site, fileLinks: true })('');
    const page = heatmap(context, yearGrid('2024', new Map([['2024-03-05', 1]])), 'x', 'hm').value;
    assert.match(page, /<a href="\.\/2024\/03\/05\/index\.html">/);
  });
});
