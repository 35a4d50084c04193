/**
 * The tracks of a day of listening, read from its body's table (`| Time | Track | Artist |
 * Minutes |`, as src/import/spotify.ts writes it): the table is the entry's record of its plays,
 * so archives imported before the stats existed need no new import, and an edited row counts.
 * Columns are found by their header's name; a row without a track or a number of minutes is
 * left out.
 */
import type { TrackTally } from '../shared/entry-types.ts';

/**
 * Most tracks a day keeps, those heard longest: a day of 500 different tracks would otherwise
 * weigh more in the summaries than the rest of the archive; the tail lost is minutes at most.
 */
export const DAY_TRACKS = 60;

/** The day's tracks, longest heard first (then by artist and title), or none without a table. */
export function dayTracks(body: string): TrackTally[] | undefined {
  const lines = body.split('\n');
  const header = lines.findIndex((line) => isHeader(cellsOf(line)));
  if (header < 0) return undefined;
  const names = cellsOf(lines[header]!).map((name) => name.toLowerCase());
  const [track, artist, minutes] = ['track', 'artist', 'minutes'].map((name) =>
    names.indexOf(name),
  ) as [number, number, number];
  const tallies = new Map<string, TrackTally>();
  for (const line of lines.slice(header + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = cellsOf(line);
    const title = cells[track]?.trim();
    const heard = Number(cells[minutes] || NaN);
    if (!title || !Number.isFinite(heard) || heard < 0) continue;
    const by = cells[artist]?.trim() ?? '';
    const key = `${by}\n${title}`;
    const tally = tallies.get(key) ?? tallies.set(key, [by, title, 0, 0]).get(key)!;
    tally[2] += heard;
    tally[3] += 1;
  }
  const list = [...tallies.values()].map(([by, title, heard, plays]): TrackTally => [
    by,
    title,
    Math.round(heard * 10) / 10,
    plays,
  ]);
  list.sort((a, b) => b[2] - a[2] || compare(a[0], b[0]) || compare(a[1], b[1]) || b[3] - a[3]);
  return list.length > 0 ? list.slice(0, DAY_TRACKS) : undefined;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isHeader = (cells: string[]) => {
  const names = new Set(cells.map((cell) => cell.trim().toLowerCase()));
  return names.has('track') && names.has('artist') && names.has('minutes');
};

/** A table row's cells, unescaped: `\|` is a bar inside a cell, `\x` is `x`. */
function cellsOf(line: string): string[] {
  const row = line.trim();
  if (!row.startsWith('|')) return [];
  const cells: string[] = [];
  let cell = '';
  for (let index = 1; index < row.length; index++) {
    const character = row[index]!;
    if (character === '\\' && index + 1 < row.length) cell += row[++index];
    else if (character === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += character;
  }
  if (cell.trim()) cells.push(cell.trim());
  return cells;
}
