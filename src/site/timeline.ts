/**
 * The shape of a life in time: every entry's URL and neighbours, and the groups that get pages
 * (years, months, days, tags, people, sources). Built once per build from the loaded records.
 */
import { nameSlug, shortHash } from '../archive/paths.ts';
import type { PersonCard } from '../people/cards.ts';
import type { EntrySummary } from '../shared/entry-types.ts';

export interface Timeline {
  /** Oldest first. */
  entries: EntrySummary[];
  /** Site-root-relative URL of each entry by id, `2014/03/01/walk/`. */
  urlOf: Map<string, string>;
  /** Index of each entry in `entries` by id, for previous and next. */
  indexOf: Map<string, number>;
  byId: Map<string, EntrySummary>;
  /** Each entry of a conversation (two entries or more) → the ids of the whole conversation, oldest first. */
  threads: Map<string, string[]>;
  /** year → month → day → entries, keys as zero-padded strings, oldest first. */
  calendar: Map<string, Map<string, Map<string, EntrySummary[]>>>;
  tags: Group[];
  people: Group[];
  sources: Group[];
  /** The people file's people this build's audience may see (names, handles, avatar). */
  persons: PersonCard[];
}

export interface Group {
  name: string;
  slug: string;
  entries: EntrySummary[];
}

export function buildTimeline(entries: EntrySummary[], persons: PersonCard[] = []): Timeline {
  const urlOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  const byId = new Map<string, EntrySummary>();
  const calendar: Timeline['calendar'] = new Map();
  const taken = new Set<string>();
  entries.forEach((entry, index) => {
    indexOf.set(entry.id, index);
    byId.set(entry.id, entry);
    const [year, month, day] = [
      entry.date.slice(0, 4),
      entry.date.slice(5, 7),
      entry.date.slice(8, 10),
    ];
    // A file, not a folder of its own: 100,000 entries would be 100,000 more folders to make,
    // and a page opened from disk (file://) links to it as it is.
    let url = `${year}/${month}/${day}/${entry.slug}.html`;
    // Two entries with the same day and slug (a tweet and a journal entry): the later one, in
    // (date, id) order, gets a suffix from its id, which does not change when others are added.
    // `index` would be the day's own page.
    if (taken.has(url) || entry.slug === 'index')
      url = `${year}/${month}/${day}/${entry.slug}-${shortHash(entry.id, 6)}.html`;
    taken.add(url);
    urlOf.set(entry.id, url);
    const months = getOrCreate(
      calendar,
      year,
      () => new Map<string, Map<string, EntrySummary[]>>(),
    );
    const days = getOrCreate(months, month, () => new Map<string, EntrySummary[]>());
    getOrCreate(days, day, (): EntrySummary[] => []).push(entry);
  });
  return {
    entries,
    urlOf,
    indexOf,
    byId,
    threads: threadsOf(entries, byId),
    calendar,
    tags: groupBy(entries, (entry) => entry.tags),
    people: groupBy(entries, (entry) => entry.people),
    sources: groupBy(entries, (entry) => [entry.source]),
    persons,
  };
}

/**
 * Puts edited summaries in place of the ones they replace when nothing that shapes the timeline
 * changed (date, file, tags, people, source, replies): an edit to a text then costs
 * microseconds instead of rebuilding the groups of 100,000 entries. Returns false, changing
 * nothing, when any summary cannot be patched in; build the timeline again then.
 */
export function patchTimeline(timeline: Timeline, edited: EntrySummary[]): boolean {
  const pairs = edited.map((entry) => [timeline.byId.get(entry.id), entry] as const);
  if (!pairs.every(([old, entry]) => old && sameShape(old, entry))) return false;
  for (const [old, entry] of pairs) {
    const replace = (list: EntrySummary[] | undefined) => {
      const index = list?.indexOf(old!) ?? -1;
      if (index >= 0) list![index] = entry;
    };
    timeline.entries[timeline.indexOf.get(entry.id)!] = entry;
    timeline.byId.set(entry.id, entry);
    const [year, month, day] = [
      entry.date.slice(0, 4),
      entry.date.slice(5, 7),
      entry.date.slice(8, 10),
    ];
    replace(timeline.calendar.get(year)?.get(month)?.get(day));
    for (const [groups, names] of [
      [timeline.tags, entry.tags],
      [timeline.people, entry.people],
      [timeline.sources, [entry.source]],
    ] as const) {
      const slugs = new Set(names.map(groupSlug));
      for (const group of groups) if (slugs.has(group.slug)) replace(group.entries);
    }
  }
  return true;
}

const SHAPE: (keyof EntrySummary)[] = [
  'file',
  'date',
  'instant',
  'slug',
  'source',
  'inReplyTo',
  'thread',
  // Whether a conversation is a chat (every entry a message) decides its pages (chat-days.ts).
  'kind',
];

function sameShape(a: EntrySummary, b: EntrySummary): boolean {
  return (
    SHAPE.every((key) => a[key] === b[key]) &&
    a.tags.join('\n') === b.tags.join('\n') &&
    a.people.join('\n') === b.people.join('\n')
  );
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** Groups by names (case-insensitive through their slug), largest first, then by name. */
function groupBy(entries: EntrySummary[], namesOf: (entry: EntrySummary) => string[]): Group[] {
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

/**
 * Conversations: entries joined by inReplyTo, and by a shared `thread` key (or a `thread` naming
 * another entry's id), each conversation in timeline order.
 */
function threadsOf(
  entries: EntrySummary[],
  byId: Map<string, EntrySummary>,
): Map<string, string[]> {
  // Union-find over entry ids and thread keys.
  const parentOf = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parentOf.has(root) && parentOf.get(root) !== root) root = parentOf.get(root)!;
    let at = key;
    while (at !== root) {
      const next = parentOf.get(at)!;
      parentOf.set(at, root);
      at = next;
    }
    return root;
  };
  const join = (a: string, b: string) => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA !== rootB) parentOf.set(rootB, rootA);
  };
  for (const entry of entries) {
    if (entry.inReplyTo && entry.inReplyTo !== entry.id && byId.has(entry.inReplyTo))
      join(entry.inReplyTo, entry.id);
    if (entry.thread) join(`thread:${entry.thread}`, entry.id);
    // Replies name their conversation by its first message's id.
    join(`thread:${entry.id}`, entry.id);
  }
  const members = new Map<string, string[]>();
  for (const entry of entries)
    getOrCreate(members, find(entry.id), (): string[] => []).push(entry.id);
  const threads = new Map<string, string[]>();
  for (const ids of members.values())
    if (ids.length > 1) for (const id of ids) threads.set(id, ids);
  return threads;
}

/** The URL slug of a tag, person or source name. */
export const groupSlug = nameSlug;

/** Counts of entries per source for a list of entries, largest first. */
export function countBy(
  entries: EntrySummary[],
  keyOf: (entry: EntrySummary) => string,
): [string, number][] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
