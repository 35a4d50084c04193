/**
 * What was listened to most, from the days of listening's summaries (their `tracks`): top
 * artists and tracks by minutes heard, per year and per month. Pure, for the stats page and the
 * year in review; an artist's or track's minutes are the sum of its days', rounded at the end.
 */
import type { EntrySummary } from '../shared/entry-types.ts';

/** An artist or a track with its minutes heard and its plays. */
export interface Listened {
  artist: string;
  /** Absent for an artist. */
  track?: string;
  minutes: number;
  plays: number;
}

/** All the listening of some days: totals and the most-heard artists and tracks. */
export interface ListeningTops {
  minutes: number;
  plays: number;
  days: number;
  artists: Listened[];
  tracks: Listened[];
}

/** The days of listening's tops, `limit` of each; undefined when none of them has tracks. */
export function listeningTops(
  entries: Iterable<EntrySummary>,
  limit = 10,
): ListeningTops | undefined {
  const artists = new Map<string, Listened>();
  // Tracks by artist, then title: no joined key string made per play of ten years of days.
  const tracks = new Map<string, Map<string, Listened>>();
  let minutes = 0;
  let plays = 0;
  let days = 0;
  for (const entry of entries) {
    if (!entry.tracks) continue;
    days++;
    for (const tally of entry.tracks) {
      const [artist, track, heard, count] = tally;
      minutes += heard;
      plays += count;
      const titles = tracks.get(artist) ?? tracks.set(artist, new Map()).get(artist)!;
      add(titles, track, artist, track, heard, count);
      if (artist) add(artists, artist, artist, undefined, heard, count);
    }
  }
  if (days === 0) return undefined;
  return {
    minutes: Math.round(minutes),
    plays,
    days,
    artists: most(artists.values(), limit),
    tracks: most(
      [...tracks.values()].flatMap((titles) => [...titles.values()]),
      limit,
    ),
  };
}

/** Per month (`YYYY-MM`, in order), its listening tops: the artists and tracks of each month. */
export function listeningByMonth(
  entries: Iterable<EntrySummary>,
  limit = 1,
): Map<string, ListeningTops> {
  return byPeriod(entries, 7, limit);
}

/** Per year (`YYYY`, in order), its listening tops. */
export function listeningByYear(
  entries: Iterable<EntrySummary>,
  limit = 1,
): Map<string, ListeningTops> {
  return byPeriod(entries, 4, limit);
}

function byPeriod(
  entries: Iterable<EntrySummary>,
  length: number,
  limit: number,
): Map<string, ListeningTops> {
  const periods = new Map<string, EntrySummary[]>();
  for (const entry of entries) {
    if (!entry.tracks) continue;
    const key = entry.date.slice(0, length);
    (periods.get(key) ?? periods.set(key, []).get(key)!).push(entry);
  }
  const tops = new Map<string, ListeningTops>();
  for (const key of [...periods.keys()].sort())
    tops.set(key, listeningTops(periods.get(key)!, limit)!);
  return tops;
}

function add(
  tallies: Map<string, Listened>,
  key: string,
  artist: string,
  track: string | undefined,
  minutes: number,
  plays: number,
) {
  const tally = tallies.get(key);
  if (tally) {
    tally.minutes += minutes;
    tally.plays += plays;
  } else
    tallies.set(
      key,
      track === undefined ? { artist, minutes, plays } : { artist, track, minutes, plays },
    );
}

const collator = new Intl.Collator('en');
const byHeard = (a: Listened, b: Listened) => b.minutes - a.minutes || b.plays - a.plays;

/** The most heard, longest first, then most played, then by name; minutes rounded. */
function most(tallies: Iterable<Listened>, limit: number): Listened[] {
  const list = [...tallies];
  // The tallies are this call's own: rounded in place, to the tenth, so 0.1 + 0.2 ties with 0.3.
  for (const item of list) item.minutes = Math.round(item.minutes * 10) / 10;
  list.sort(byHeard);
  // Names (slow to compare) order only the few that make the list, and what ties with its last.
  const last = list[limit - 1];
  let end = Math.min(limit, list.length);
  while (last && end < list.length && byHeard(list[end]!, last) === 0) end++;
  return list
    .slice(0, end)
    .sort(
      (a, b) =>
        byHeard(a, b) ||
        collator.compare(a.artist, b.artist) ||
        collator.compare(a.track ?? '', b.track ?? ''),
    )
    .slice(0, limit)
    .map((item) => ({ ...item, minutes: Math.round(item.minutes) }));
}
