/**
 * The keys of pages an edit shows again, and the output files each key owns. A page spec's key
 * says what it shows (`entry:<id>`, `day:2014-03-01`, `tag:<slug>`, `site`); `serve` re-renders
 * the keys an edited entry touches and removes their files that this render did not produce.
 */
import type { EntrySummary } from '../shared/entry-types.ts';
import { chatDayKeysOf } from './chat-days.ts';
import { photoKeysOf } from './page-kinds/photos.ts';
import { outputFileOf } from './page-specs.ts';
import { groupSlug, type Timeline } from './timeline.ts';

/** Matchers for the output files a page key owns: its first page and its numbered pages. */
export function pageFilesOf(key: string, timeline: Timeline): ((file: string) => boolean)[] {
  if (key === 'search') return [(file) => file.startsWith('search/')];
  if (key === 'places') return [(file) => file.startsWith('places/')];
  const [kind, value = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const folder: Record<string, string> = {
    day: `${value.replaceAll('-', '/')}/`,
    month: `${value.replace('-', '/')}/`,
    year: `${value}/`,
    tag: `tags/${value}/`,
    person: `people/${value}/`,
    source: `sources/${value}/`,
    photos: value === 'index' ? 'photos/' : `photos/${value.replace('-', '/')}/`,
    onthisday: `on-this-day/${value}/`,
    review: `${value}/review/`,
    chat: `chats/${value}/`,
  };
  if (kind === 'entry') {
    const url = timeline.urlOf.get(value);
    return url ? [(file) => file === outputFileOf(url)] : [];
  }
  const base = folder[kind];
  if (!base) return [];
  const numbered = new RegExp(
    `^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}page/\\d+/index\\.html$`,
  );
  return [
    (file) => file === `${base}index.html`,
    (file) => numbered.test(file),
    // The memories file of an on-this-day page (the home page's script reads it).
    (file) => file === `${base}memories.json`,
  ];
}

/** Adds the keys of every page that shows `entry`: its neighbours, its days, its groups. */
export function touch(
  keys: Set<string>,
  entry: EntrySummary | undefined,
  timeline: Timeline,
): void {
  if (!entry) return;
  const index = timeline.indexOf.get(entry.id);
  if (index === undefined) return;
  for (const neighbour of [timeline.entries[index - 1], entry, timeline.entries[index + 1]]) {
    if (neighbour) keys.add(`entry:${neighbour.id}`);
  }
  const [year, month, day] = [
    entry.date.slice(0, 4),
    entry.date.slice(5, 7),
    entry.date.slice(8, 10),
  ];
  keys.add(`year:${year}`).add(`month:${year}-${month}`).add(`day:${year}-${month}-${day}`);
  for (const tag of entry.tags) keys.add(`tag:${groupSlug(tag)}`);
  for (const person of entry.people) keys.add(`person:${groupSlug(person)}`);
  keys.add(`source:${groupSlug(entry.source)}`);
  for (const key of photoKeysOf(entry, timeline)) keys.add(key);
  keys.add(`onthisday:${entry.date.slice(5, 10)}`);
  if (entry.place) keys.add('places');
  // Every entry of its conversation lists it; a chat's messages link to its chat-day pages
  // instead, and all of them to a new URL when its first message (the chat's slug) changes, and the other
  // message of a chat of two when the chat ends.
  const chatDays = chatDayKeysOf(entry, timeline);
  for (const key of chatDays) keys.add(key);
  const thread = timeline.threads.get(entry.id) ?? [];
  if (!chatDays.length || thread[0] === entry.id || thread.length <= 2)
    for (const id of thread) keys.add(`entry:${id}`);
  if (entry.inReplyTo) keys.add(`entry:${entry.inReplyTo}`);
  // A year in review counts its entries and the replies they got (from any year).
  keys.add(`review:${year}`);
  const answered = entry.inReplyTo ? timeline.byId.get(entry.inReplyTo) : undefined;
  if (answered) keys.add(`review:${answered.date.slice(0, 4)}`);
}
