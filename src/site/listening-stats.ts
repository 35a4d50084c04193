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
  const tracks = new Map<string, Listened>();
  let minutes = 0;
  let plays = 0;
  let days = 0;
  for (const entry of entries) {
    if (!entry.tracks) continue;
    days++;
    for (const [artist, track, heard, count] of entry.tracks) {
      minutes += heard;
      plays += count;
      add(tracks, `${artist}\n${track}`, { artist, track }, heard, count);
      if (artist) add(artists, artist, { artist }, heard, count);
    }
  }
  if (days === 0) return undefined;
  return {
    minutes: Math.round(minutes),
    plays,
    days,
    artists: most(artists, limit),
    tracks: most(tracks, limit),
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
  what: Pick<Listened, 'artist' | 'track'>,
  minutes: number,
  plays: number,
) {
  const tally = tallies.get(key) ?? tallies.set(key, { ...what, minutes: 0, plays: 0 }).get(key)!;
  tally.minutes += minutes;
  tally.plays += plays;
}

/** The most heard, longest first, then most played, then by name; minutes rounded. */
function most(tallies: Map<string, Listened>, limit: number): Listened[] {
  // Sums of tenths compared to the tenth, so 0.1 + 0.2 ties with 0.3.
  return [...tallies.values()]
    .map((item) => ({ ...item, minutes: Math.round(item.minutes * 10) / 10 }))
    .sort(
      (a, b) =>
        b.minutes - a.minutes ||
        b.plays - a.plays ||
        a.artist.localeCompare(b.artist, 'en') ||
        (a.track ?? '').localeCompare(b.track ?? '', 'en'),
    )
    .slice(0, limit)
    .map((item) => ({ ...item, minutes: Math.round(item.minutes) }));
}
