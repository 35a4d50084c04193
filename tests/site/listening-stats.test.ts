import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { EntrySummary, TrackTally } from '../../src/shared/entry-types.ts';
import { buildRecord, summarize } from '../../src/site/entry-record.ts';
import { DAY_TRACKS, dayTracks } from '../../src/site/listening-tracks.ts';
import {
  listeningByMonth,
  listeningByYear,
  listeningTops,
} from '../../src/site/listening-stats.ts';
import type { ArchiveConfig } from '../../src/archive/schema.ts';

const table = (rows: string[]) =>
  ['| Time | Track | Artist | Minutes |', '|---|---|---|---:|', ...rows].join('\n');

function day(date: string, tracks: TrackTally[] | undefined): EntrySummary {
  return {
    file: `spotify/${date}.md`,
    id: `spotify:listening-${date}`,
    source: 'spotify',
    kind: 'listening',
    date: `${date}T09:00:00Z`,
    instant: Date.parse(`${date}T09:00:00Z`),
    slug: date,
    tags: [],
    people: [],
    visibility: 'private',
    text: '',
    images: [],
    ...(tracks ? { tracks } : {}),
  };
}

describe("a day of listening's tracks", () => {
  it('adds up each track of the table, longest heard first', () => {
    const tracks = dayTracks(
      table([
        '| 08:40 | Harbour Lights | The Brunel Quartet | 4.2 |',
        '| 08:45 | Suspension | Clifton Drift | 5.1 |',
        '| 09:10 | Harbour Lights | The Brunel Quartet | 4.1 |',
      ]),
    );
    assert.deepEqual(tracks, [
      ['The Brunel Quartet', 'Harbour Lights', 8.3, 2],
      ['Clifton Drift', 'Suspension', 5.1, 1],
    ]);
  });

  it('reads escaped bars and marks inside cells as the importer wrote them', () => {
    const tracks = dayTracks(table(['| 10:00 | Left \\| Right \\*live\\* | A\\\\B | 3.0 |']));
    assert.deepEqual(tracks, [['A\\B', 'Left | Right *live*', 3, 1]]);
  });

  it('finds the columns by their names, and leaves out rows without a track or minutes', () => {
    const tracks = dayTracks(
      [
        'Some words first.',
        '',
        '| Artist | Minutes | Track |',
        '|---|---|---|',
        '| Avon Strings | 6.8 | Low Tide Nocturne |',
        '| Avon Strings | | No minutes |',
        '| Avon Strings | 2 | |',
        '| Avon Strings | many | Not a number |',
        '',
        '| 1 | 2 | 3 |',
      ].join('\n'),
    );
    assert.deepEqual(tracks, [['Avon Strings', 'Low Tide Nocturne', 6.8, 1]]);
  });

  it('gives nothing for a body without a table of plays', () => {
    assert.equal(dayTracks('A quiet day.\n\n| a | b |\n|---|---|\n| 1 | 2 |'), undefined);
    assert.equal(dayTracks(table([])), undefined);
  });

  it(`keeps at most ${DAY_TRACKS} tracks a day, the longest heard`, () => {
    const rows = Array.from({ length: DAY_TRACKS + 5 }, (_, index) => {
      return `| 10:00 | Track ${index} | Artist | ${index + 1} |`;
    });
    const tracks = dayTracks(table(rows))!;
    assert.equal(tracks.length, DAY_TRACKS);
    assert.equal(tracks[0]![1], `Track ${DAY_TRACKS + 4}`);
  });

  it("carries the tracks into a listening entry's summary, and into no other kind's", () => {
    const config = { timeZone: 'UTC', defaultVisibility: 'private' } as ArchiveConfig;
    const body = table(['| 08:40 | Harbour Lights | The Brunel Quartet | 4.2 |']);
    const entry = (kind: string) =>
      `---\nid: spotify:listening-2025-06-14\nsource: spotify\nkind: ${kind}\ndate: 2025-06-14T08:40:00Z\n---\n${body}\n`;
    const listening = summarize(buildRecord('spotify/a.md', entry('listening'), config));
    assert.deepEqual(listening.tracks, [['The Brunel Quartet', 'Harbour Lights', 4.2, 1]]);
    const note = summarize(buildRecord('spotify/b.md', entry('note'), config));
    assert.equal(note.tracks, undefined);
  });
});

describe('top artists and tracks', () => {
  const days = [
    day('2024-12-31', [['Clifton Drift', 'Suspension', 50, 10]]),
    day('2025-01-02', [
      ['The Brunel Quartet', 'Harbour Lights', 8.3, 2],
      ['Clifton Drift', 'Suspension', 5.1, 1],
    ]),
    day('2025-01-20', [
      ['The Brunel Quartet', 'Iron and Stone', 3.6, 1],
      ['', 'A podcast without a show', 20, 1],
    ]),
    day('2025-03-01', [['Avon Strings', 'Low Tide Nocturne', 6.8, 1]]),
    day('2025-03-02', undefined),
  ];

  it('ranks artists and tracks by minutes heard, with their plays, over every day', () => {
    const tops = listeningTops(days, 2)!;
    assert.deepEqual(
      { minutes: tops.minutes, plays: tops.plays, days: tops.days },
      { minutes: 94, plays: 16, days: 4 },
    );
    assert.deepEqual(tops.artists, [
      { artist: 'Clifton Drift', minutes: 55, plays: 11 },
      { artist: 'The Brunel Quartet', minutes: 12, plays: 3 },
    ]);
    assert.deepEqual(tops.tracks, [
      { artist: 'Clifton Drift', track: 'Suspension', minutes: 55, plays: 11 },
      { artist: '', track: 'A podcast without a show', minutes: 20, plays: 1 },
    ]);
  });

  it('has no tops for days without tracks', () => {
    assert.equal(listeningTops([day('2025-03-02', undefined)]), undefined);
  });

  it('breaks ties by plays, then by name, whatever the order of the days', () => {
    const even = [
      day('2025-01-01', [['B', 'x', 0.1, 1]]),
      day('2025-01-02', [['B', 'x', 0.2, 1]]),
      day('2025-01-03', [['A', 'y', 0.3, 2]]),
      day('2025-01-04', [['C', 'z', 0.3, 2]]),
    ];
    const names = (list: EntrySummary[]) => listeningTops(list)!.artists.map((a) => a.artist);
    assert.deepEqual(names(even), ['A', 'B', 'C']);
    assert.deepEqual(names([...even].reverse()), ['A', 'B', 'C']);
  });

  it('gives each year and each month its own top artist and track, in time order', () => {
    const years = listeningByYear(days);
    assert.deepEqual([...years.keys()], ['2024', '2025']);
    assert.equal(years.get('2025')!.artists[0]!.artist, 'The Brunel Quartet');
    assert.equal(years.get('2025')!.tracks[0]!.track, 'A podcast without a show');
    const months = listeningByMonth(days);
    assert.deepEqual(
      [...months].map(([month, top]) => [month, top.artists[0]?.artist, top.minutes]),
      [
        ['2024-12', 'Clifton Drift', 50],
        ['2025-01', 'The Brunel Quartet', 37],
        ['2025-03', 'Avon Strings', 7],
      ],
    );
  });
});
