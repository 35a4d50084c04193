import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { EntrySummary } from '../../src/shared/entry-types.ts';
import { countWords } from '../../src/site/entry-record.ts';
import {
  busiestDays,
  longestStreaks,
  punchcard,
  replyCounts,
  spread,
  topPlaces,
} from '../../src/site/life-stats.ts';
import { firstsByYear } from '../../src/site/page-kinds/review.ts';

function summary(id: string, date: string, more: Partial<EntrySummary> = {}): EntrySummary {
  return {
    file: `${id}.md`,
    id,
    source: 'journal',
    kind: 'note',
    date,
    instant: Date.parse(date),
    slug: id,
    tags: [],
    people: [],
    visibility: 'private',
    text: '',
    images: [],
    ...more,
  };
}

describe('the numbers of a life', () => {
  it('finds the longest runs of consecutive days, across month, year and leap-day boundaries', () => {
    const days = [
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
      '2024-05-10',
      '2024-05-10',
    ];
    assert.deepEqual(longestStreaks(days, 2), [
      { start: '2024-02-28', end: '2024-03-02', days: 4 },
      { start: '2023-12-30', end: '2024-01-01', days: 3 },
    ]);
    assert.deepEqual(longestStreaks(['2023-02-28', '2023-03-01']), [
      { start: '2023-02-28', end: '2023-03-01', days: 2 },
    ]);
    assert.deepEqual(longestStreaks([]), []);
  });

  it('counts the punchcard in the local time each entry was written in', () => {
    const grid = punchcard([
      // A Saturday late evening in New York is Sunday in UTC: it stays Saturday at 23h.
      { date: '2014-03-01T23:30:00-05:00' },
      { date: '2014-03-02T08:00:00+09:00' },
      { date: '2014-03-02T08:59:59+09:00' },
    ]);
    assert.equal(grid[6]![23], 1);
    assert.equal(grid[0]![8], 2);
    assert.equal(
      grid.flat().reduce((a, b) => a + b, 0),
      3,
    );
    assert.equal(grid.length, 7);
    assert.ok(grid.every((row) => row.length === 24));
  });

  it('orders the busiest days by count, then date', () => {
    const counts = new Map([
      ['2020-01-02', 3],
      ['2020-01-01', 3],
      ['2020-01-03', 5],
      ['2020-01-04', 1],
    ]);
    assert.deepEqual(busiestDays(counts, 3), [
      ['2020-01-03', 5],
      ['2020-01-01', 3],
      ['2020-01-02', 3],
    ]);
  });

  it('counts the replies each entry got and the entries at each place', () => {
    const entries = [
      summary('a', '2020-01-01T10:00:00Z', { place: { name: 'Lisbon' } }),
      summary('b', '2020-01-02T10:00:00Z', { inReplyTo: 'a', place: { name: 'Lisbon' } }),
      summary('c', '2020-01-03T10:00:00Z', { inReplyTo: 'a', place: { name: 'Porto' } }),
      summary('d', '2020-01-04T10:00:00Z', { inReplyTo: 'c' }),
    ];
    assert.deepEqual(
      [...replyCounts(entries)],
      [
        ['a', 2],
        ['c', 1],
      ],
    );
    assert.deepEqual(topPlaces(entries), [
      ['Lisbon', 2],
      ['Porto', 1],
    ]);
  });

  it('names the firsts of each year: a new source, a new place', () => {
    const entries = [
      summary('a', '2019-05-01T10:00:00Z', { place: { name: 'Lisbon' } }),
      summary('b', '2020-01-02T10:00:00Z', { place: { name: 'Lisbon' } }),
      summary('c', '2020-02-03T10:00:00Z', { source: 'twitter', place: { name: 'Porto' } }),
    ];
    const firsts = firstsByYear(entries);
    assert.deepEqual(
      firsts.get('2019')!.map((first) => first.what),
      ['First from Journal', 'First time at Lisbon'],
    );
    assert.deepEqual(
      firsts.get('2020')!.map((first) => [first.what, first.entry.id]),
      [
        ['First from Twitter/X', 'c'],
        ['First time at Porto', 'c'],
      ],
    );
  });

  it('spreads a selection over the whole list', () => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    const picked = spread(items, 5);
    assert.deepEqual(picked, [0, 25, 50, 74, 99]);
    assert.deepEqual(spread([1, 2], 5), [1, 2]);
  });

  it('counts words in any script, not punctuation or spaces', () => {
    assert.equal(countWords('A walk on the ridge — it’s cold. 3 km!'), 9);
    assert.equal(countWords('Café à Zürich, 東京'), 4);
    assert.equal(countWords('  '), 0);
  });
});
