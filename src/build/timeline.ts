/**
 * The shape of a life in time: every entry's URL and neighbours, and the groups that get pages
 * (years, months, days, tags, people, sources). Built once per build from the loaded records.
 */
import { slugify, shortHash } from '../archive/paths.ts';
import type { EntryRecord } from './entry-record.ts';

export interface Timeline {
  /** Oldest first. */
  entries: EntryRecord[];
  /** Site-root-relative URL of each entry, `2014/03/01/walk/`. */
  urlOf: Map<EntryRecord, string>;
  /** Index of each entry in `entries`, for previous and next. */
  indexOf: Map<EntryRecord, number>;
  byId: Map<string, EntryRecord>;
  /** year → month → day → entries, keys as zero-padded strings, oldest first. */
  calendar: Map<string, Map<string, Map<string, EntryRecord[]>>>;
  tags: Group[];
  people: Group[];
  sources: Group[];
}

export interface Group {
  name: string;
  slug: string;
  entries: EntryRecord[];
}

export function buildTimeline(entries: EntryRecord[]): Timeline {
  const urlOf = new Map<EntryRecord, string>();
  const indexOf = new Map<EntryRecord, number>();
  const byId = new Map<string, EntryRecord>();
  const calendar: Timeline['calendar'] = new Map();
  const taken = new Set<string>();
  entries.forEach((entry, index) => {
    indexOf.set(entry, index);
    byId.set(entry.id, entry);
    const [year, month, day] = [
      entry.date.slice(0, 4),
      entry.date.slice(5, 7),
      entry.date.slice(8, 10),
    ];
    let url = `${year}/${month}/${day}/${entry.slug}/`;
    // Two entries with the same day and slug (a tweet and a journal entry): the later one, in
    // (date, id) order, gets a suffix from its id, which does not change when others are added.
    if (taken.has(url)) url = `${year}/${month}/${day}/${entry.slug}-${shortHash(entry.id, 6)}/`;
    taken.add(url);
    urlOf.set(entry, url);
    const months = getOrCreate(calendar, year, () => new Map<string, Map<string, EntryRecord[]>>());
    const days = getOrCreate(months, month, () => new Map<string, EntryRecord[]>());
    getOrCreate(days, day, (): EntryRecord[] => []).push(entry);
  });
  return {
    entries,
    urlOf,
    indexOf,
    byId,
    calendar,
    tags: groupBy(entries, (entry) => entry.tags),
    people: groupBy(entries, (entry) => entry.people),
    sources: groupBy(entries, (entry) => [entry.source]),
  };
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** Groups by names (case-insensitive through their slug), largest first, then by name. */
function groupBy(entries: EntryRecord[], namesOf: (entry: EntryRecord) => string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const slug = groupSlug(name);
      getOrCreate(groups, slug, () => ({ name, slug, entries: [] })).entries.push(entry);
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'en'),
  );
}

/** The URL slug of a tag, person or source name. */
export const groupSlug = (name: string) => slugify(name) || shortHash(name);

/** Counts of entries per source for a list of entries, largest first. */
export function countBy(
  entries: EntryRecord[],
  keyOf: (entry: EntryRecord) => string,
): [string, number][] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
