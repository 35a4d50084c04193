/**
 * The numbers of a life, from summaries: streaks of days, the hours of the week, words, the
 * busiest days, the most-replied entries. Pure functions, shared by the stats page, the year in
 * review and the home page. Days and hours are each entry's own, from its ISO offset.
 */
import type { EntrySummary } from '../shared/entry-types.ts';

const DAY = 86_400_000;
const utc = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export interface Streak {
  /** First and last day, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** Days in a row, both ends included. */
  days: number;
}

/** Runs of consecutive days with entries, longest first (then earliest), at most `limit`. */
export function longestStreaks(days: Iterable<string>, limit = 5): Streak[] {
  const sorted = [...new Set(days)].sort();
  const streaks: Streak[] = [];
  let current: Streak | undefined;
  for (const day of sorted) {
    if (current && utc(day) - utc(current.end) === DAY) {
      current.end = day;
      current.days++;
    } else {
      current = { start: day, end: day, days: 1 };
      streaks.push(current);
    }
  }
  return streaks.sort((a, b) => b.days - a.days || a.start.localeCompare(b.start)).slice(0, limit);
}

/**
 * Entries per weekday (0 = Sunday … 6) and hour (0…23), in each entry's local time: the date as
 * written, `2014-03-01T23:30:00-05:00` is a Saturday at 23h wherever the site is built.
 */
export function punchcard(entries: Iterable<{ date: string }>): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const { date } of entries) {
    const hour = Number(date.slice(11, 13));
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) continue;
    grid[new Date(utc(date)).getUTCDay()]![hour]!++;
  }
  return grid;
}

/** The busiest days, most entries first (then earliest). */
export function busiestDays(counts: ReadonlyMap<string, number>, limit = 10): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

/** Sums `valueOf` per key, keys in order of first appearance. */
export function sumBy<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  valueOf: (item: T) => number = () => 1,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(keyOf(item), (sums.get(keyOf(item)) ?? 0) + valueOf(item));
  return sums;
}

/** Entries per year per source: year → source → count, years and sources in time order. */
export function perYearPerSource(entries: EntrySummary[]): Map<string, Map<string, number>> {
  const years = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const year = entry.date.slice(0, 4);
    const sources = years.get(year) ?? years.set(year, new Map()).get(year)!;
    sources.set(entry.source, (sources.get(entry.source) ?? 0) + 1);
  }
  return years;
}

/** How many entries answer each entry (by `inReplyTo`), for the ids that have answers. */
export function replyCounts(entries: Iterable<EntrySummary>): Map<string, number> {
  return sumBy(
    [...entries].filter((entry) => entry.inReplyTo),
    (entry) => entry.inReplyTo!,
  );
}

/** Place names with their entry counts, most first (then by name). */
export function topPlaces(entries: Iterable<EntrySummary>, limit = 10): [string, number][] {
  return top(
    sumBy(
      [...entries].filter((entry) => entry.place?.name),
      (entry) => entry.place!.name!,
    ),
    limit,
  );
}

/** The largest counts of a map, most first (then by key). */
export function top(counts: ReadonlyMap<string, number>, limit: number): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).slice(0, limit);
}

/** `count` items spread evenly over `items` (first and last included when there is room). */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  if (count <= 1) return items.slice(0, count);
  return Array.from(
    { length: count },
    (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))]!,
  );
}
