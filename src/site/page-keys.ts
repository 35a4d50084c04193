/**
 * The keys of pages an edit shows again, and the output files each key owns. A page spec's key
 * says what it shows (`entry:<id>`, `day:2014-03-01`, `tag:<slug>`, `site`); `serve` re-renders
 * the keys an edited entry touches and removes their files that this render did not produce.
 */
import { factsOf, hasPlace, placeKey, placeUrl } from '../places/place-key.ts';
import type { EntrySummary } from '../shared/entry-types.ts';
import { chatDayKeysOf, chatOf, daysOfChat } from './chat-days.ts';
import { photoKeysOf } from './page-kinds/photos.ts';
import { outputFileOf } from './page-specs.ts';
import { groupSlug, type Timeline } from './timeline.ts';

/** Matchers for the output files a page key owns: its first page and its numbered pages. */
export function pageFilesOf(key: string, timeline: Timeline): ((file: string) => boolean)[] {
  if (key === 'search') return [(file) => file.startsWith('search/')];
  if (key === 'places') return [(file) => file.startsWith('places/')];
  if (key.startsWith('place:')) {
    const first = outputFileOf(key.slice('place:'.length));
    const more = `${first.replace(/\.html$/, '/')}page/`;
    return [(file) => file === first, (file) => file.startsWith(more)];
  }
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
  // Its place's page lists it; the maps change only when a place does (placesChanged).
  if (entry.place && hasPlace(factsOf(entry.place)))
    keys.add(placeKey(placeUrl(factsOf(entry.place))));
  // Every entry of its conversation lists it; a chat's messages link to its chat-day pages
  // instead (a chat that changes shape: touchChats).
  const chatDays = chatDayKeysOf(entry, timeline);
  for (const key of chatDays) keys.add(key);
  if (!chatDays.length)
    for (const id of timeline.threads.get(entry.id) ?? []) keys.add(`entry:${id}`);
  if (entry.inReplyTo) keys.add(`entry:${entry.inReplyTo}`);
  // A year in review counts its entries and the replies they got (from any year).
  keys.add(`review:${year}`);
  const answered = entry.inReplyTo ? timeline.byId.get(entry.inReplyTo) : undefined;
  if (answered) keys.add(`review:${answered.date.slice(0, 4)}`);
}

/** Whether a page of key `key` is among the `wanted` keys: `places` stands for every place's page too. */
export const isWanted = (wanted: Set<string>, key: string) =>
  wanted.has(key) || (key.startsWith('place:') && wanted.has('places'));

/** Whether any page of a kind of place page (`places`: the maps; `place`: a place's page) is wanted. */
export const wantsPlaceKind = (wanted: Set<string>, kind: string) =>
  wanted.has('places') || (kind === 'place' && [...wanted].some((key) => key.startsWith('place:')));

/**
 * Whether an edit changes what the maps and the other places' pages show (a place's count,
 * point or name): an entry with a place came or went, or its place changed. `before`: the
 * removed entries' old summaries; `after`: the re-read ones.
 */
export function placesChanged(
  before: (EntrySummary | undefined)[],
  after: EntrySummary[],
): boolean {
  const old = new Map(before.filter((entry) => !!entry).map((entry) => [entry.id, entry.place]));
  const now = new Map(after.map((entry) => [entry.id, entry.place]));
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const [was, is] = [old.get(id), now.get(id)];
    if ((was || is) && JSON.stringify(was) !== JSON.stringify(is)) return true;
  }
  return false;
}

/**
 * When an edit splits a chat (a message the others replied through is gone), joins two, renames
 * one (its first message changed) or makes or unmakes one, every page of those chats changes:
 * each message links to a chat-day page at a new URL. `changed`: the removed and added ids.
 */
export function touchChats(
  keys: Set<string>,
  changed: Set<string>,
  before: Timeline,
  after: Timeline,
): void {
  if (before === after) return; // Patched in place: no conversation changed.
  const seen = new Set<string[]>();
  for (const id of changed) {
    const [old, now] = [chatOf(id, before), chatOf(id, after)];
    if ((!old && !now) || (old && seen.has(old)) || (now && seen.has(now))) continue;
    for (const chat of [old, now]) if (chat) seen.add(chat);
    if (old && now && old[0] === now[0] && sameMembers(old, now, changed)) continue;
    const members = [...(old ?? []), ...(now ?? [])];
    for (const member of members) keys.add(`entry:${member}`);
    for (const timeline of [before, after]) {
      const chats = new Set(members.map((member) => chatOf(member, timeline)));
      for (const chat of chats)
        if (chat) for (const day of daysOfChat(chat, timeline)) keys.add(day.key);
    }
  }
}

/** Whether two conversations hold the same entries besides the changed ones. */
function sameMembers(a: string[], b: string[], changed: Set<string>): boolean {
  const rest = (ids: string[]) => ids.filter((id) => !changed.has(id));
  const [left, right] = [rest(a), rest(b)];
  const inRight = new Set(right);
  return left.length === right.length && left.every((id) => inRight.has(id));
}
