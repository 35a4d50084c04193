/**
 * A Facebook post (in `your_posts_N.json` and in a group's posts) and an album, as entries. A
 * post's attachments say what it is: media (a photo or video), a place (a check-in, or a place
 * recommended), a life event, an event shared, a note, a poll, or a link (`external_context`
 * with its `url` and the page's `name`). A post is skipped only when none of these nor any words
 * are in it, and the report says so.
 */
import { shortHash } from '../archive/paths.ts';
import {
  eventFields,
  linkMarkdown,
  mediaItem,
  placeOf,
  pollMarkdown,
  stripMentions,
  tagsAndPeople,
  type FacebookContext,
  type FacebookEvent,
  type FacebookMedia,
  type FacebookPlace,
  type Place,
  type Tagged,
} from './facebook-activity.ts';
import { plainTextToMarkdown } from './html.ts';
import { epochDate, isRecord } from './meta-export.ts';
import type { ImportedData, ImportedMedia, ImportItem } from './types.ts';

export const KNOWN_ATTACHMENTS = new Set([
  'media',
  'place',
  'life_event',
  'external_context',
  'text',
  'event',
  'note',
  'name',
  'for_sale_item',
  'fundraiser',
  'poll',
]);

export interface FacebookPost {
  timestamp?: number;
  title?: string;
  data?: { post?: string }[];
  attachments?: { data?: Record<string, unknown>[] }[];
  tags?: Tagged;
}

/** What a post's attachments hold, gathered before its kind is decided. */
interface Held {
  parts: string[];
  media: ImportedMedia[];
  place?: Place;
  lifeEvent?: string;
  event?: FacebookEvent;
  note?: { title?: string };
  poll?: boolean;
  link?: { url: string; name?: string };
}

/** One post: its words, media, place, life event, event, note, poll and shared link. */
export function postItem(
  post: FacebookPost,
  file: string,
  context: FacebookContext,
  options: { group?: boolean } = {},
): ImportItem {
  const date = epochDate(post.timestamp, context.timeZone);
  if (!date)
    return { type: 'skip', reason: 'post without a date', detail: `${file}: ${post.title ?? ''}` };
  const text = (post.data ?? [])
    .map((item) => (typeof item.post === 'string' ? item.post.trim() : ''))
    .filter(Boolean)
    .join('\n\n');
  const held: Held = { parts: text ? [plainTextToMarkdown(stripMentions(text))] : [], media: [] };
  for (const item of post.attachments?.flatMap((group) => group.data ?? []) ?? [])
    attachment(item, text, held, context);
  // "Robin recommends Café Lune.": a recommendation names its place even without coordinates.
  const recommends = /\brecommends\s+(.+?)\.?$/.exec(post.title ?? '');
  if (recommends && !held.place) held.place = { name: recommends[1]! };
  const words = held.parts.length > 0;
  if (!words && held.media.length === 0 && !held.place && !held.lifeEvent && !held.event) {
    if (held.link) return bookmark(post, file, date, held.link, options, idOf(post, held, text));
    return {
      type: 'skip',
      reason: post.title
        ? 'post with nothing in it but Facebook’s line about it'
        : 'post with nothing in it',
      detail: post.title,
    };
  }
  if (held.link && !held.parts.some((part) => part.includes(held.link!.url)))
    held.parts.push(linkMarkdown(held.link.url, held.link.name));
  const kind = kindOf(held, text, !!recommends);
  const data: ImportedData = { id: idOf(post, held, text), kind, date };
  if (held.lifeEvent) data.title = held.lifeEvent;
  else if (held.event?.name) data.title = held.event.name;
  else if (held.note?.title) data.title = held.note.title;
  else if (kind === 'checkin' && held.place?.name) data.title = held.place.name;
  else if (options.group && post.title) data.title = post.title;
  if (held.event) Object.assign(data, eventFields(held.event, context.timeZone));
  Object.assign(data, tagsAndPeople(text, post.tags));
  if (held.place) data.place = held.place;
  if (held.link && kind === 'post' && !text) data.url = held.link.url;
  return { type: 'entry', entry: { data, body: held.parts.join('\n\n'), media: held.media, file } };
}

/**
 * The post's id, as the first version of this importer made it (its kind then, its words, its
 * media's names), so that a post imported before stays the same entry whatever kind it is now.
 */
function idOf(post: FacebookPost, held: Held, text: string): string {
  const kind = held.lifeEvent
    ? 'life-event'
    : held.place && held.media.length === 0
      ? 'checkin'
      : !text && held.media.length > 0
        ? held.media.every((item) => item.type === 'video')
          ? 'video'
          : 'photo'
        : 'post';
  const names = held.media.map((item) => item.from.split('/').pop()).join(',');
  const key = `${text}\n${names}\n${held.lifeEvent ?? held.event?.name ?? ''}`;
  return `facebook:${kind}-${post.timestamp}-${shortHash(key, 6)}`;
}

function kindOf(held: Held, text: string, recommends: boolean): string {
  if (held.lifeEvent) return 'life-event';
  if (held.event) return 'event';
  if (held.note) return 'note';
  if (held.poll) return 'poll';
  if (held.place && (held.media.length === 0 || recommends)) return 'checkin';
  if (!text && held.media.length > 0 && held.parts.length === 0)
    return held.media.every((item) => item.type === 'video') ? 'video' : 'photo';
  return 'post';
}

/** What one attachment adds to the post. */
function attachment(
  item: Record<string, unknown>,
  text: string,
  held: Held,
  context: FacebookContext,
): void {
  if (isRecord(item.media)) {
    const one = mediaItem(item.media as FacebookMedia, context.root);
    if (one) held.media.push(one);
    const caption = (item.media as FacebookMedia).description?.trim();
    if (caption && !text.includes(caption)) held.parts.push(plainTextToMarkdown(caption));
  }
  if (isRecord(item.place)) held.place ??= placeOf(item.place as FacebookPlace);
  if (isRecord(item.life_event)) {
    const event = item.life_event as { title?: string; description?: string; place?: unknown };
    held.lifeEvent = event.title ?? 'Life event';
    if (event.description) held.parts.push(plainTextToMarkdown(stripMentions(event.description)));
    if (isRecord(event.place)) held.place ??= placeOf(event.place as FacebookPlace);
  }
  if (isRecord(item.event)) {
    const event = item.event as FacebookEvent;
    held.event = event;
    if (event.description?.trim()) held.parts.push(plainTextToMarkdown(event.description.trim()));
    if (isRecord(event.place)) held.place ??= placeOf(event.place as FacebookPlace);
  }
  if (isRecord(item.note)) {
    const note = item.note as { title?: string; text?: string; media?: FacebookMedia[] };
    held.note = { title: note.title?.trim() || undefined };
    if (note.text?.trim()) held.parts.push(plainTextToMarkdown(note.text.trim()));
    for (const media of Array.isArray(note.media) ? note.media : []) {
      const one = isRecord(media) ? mediaItem(media, context.root) : undefined;
      if (one) held.media.push(one);
    }
    if (!held.note.title && held.parts.length === 0) delete held.note;
  }
  if (isRecord(item.poll)) {
    const poll = pollMarkdown(item.poll);
    if (poll) {
      held.poll = true;
      held.parts.push(poll);
    }
  }
  if (isRecord(item.external_context)) {
    const { url, name } = item.external_context;
    const title = typeof name === 'string' && name.trim() ? name.trim() : undefined;
    if (typeof url === 'string' && /^https?:\/\//.test(url) && !text.includes(url))
      held.link ??= { url, ...(title && title !== url ? { name: title } : {}) };
    // A page, a seller or a place saved without a link: its name is all there is.
    else if (title && !text.includes(title)) held.parts.push(plainTextToMarkdown(title));
  }
  if (typeof item.name === 'string' && item.name.trim() && !text.includes(item.name.trim()))
    held.parts.push(plainTextToMarkdown(item.name.trim()));
  if (typeof item.text === 'string' && item.text.trim() && !text.includes(item.text.trim()))
    held.parts.push(plainTextToMarkdown(item.text.trim()));
}

/** A post that only shares a link: a link card, titled with the page's name. */
function bookmark(
  post: FacebookPost,
  file: string,
  date: string,
  link: { url: string; name?: string },
  options: { group?: boolean },
  id: string,
): ImportItem {
  const data: ImportedData = {
    id,
    kind: 'bookmark',
    date,
    url: link.url,
  };
  if (link.name) data.title = link.name;
  else if (options.group && post.title) data.title = post.title;
  return { type: 'entry', entry: { data, body: '', media: [], file } };
}

/** An album: one entry with every photo, dated by its earliest photo. */
export function albumItem(album: unknown, file: string, context: FacebookContext): ImportItem {
  if (!isRecord(album) || !Array.isArray(album.photos))
    return { type: 'skip', reason: 'album without photos', detail: file, file };
  const photos = album.photos as FacebookMedia[];
  const times = photos.map((photo) => photo.creation_timestamp ?? 0).filter((time) => time > 0);
  const first = times.length > 0 ? Math.min(...times) : album.last_modified_timestamp;
  const date = epochDate(first, context.timeZone);
  const name = typeof album.name === 'string' ? album.name : '';
  if (!date)
    return { type: 'skip', reason: 'album without a date', detail: `${file}: ${name}`, file };
  const data: ImportedData = {
    id: `facebook:album-${first}-${shortHash(name, 6)}`,
    kind: 'album',
    date,
  };
  if (name) data.title = name;
  const description = typeof album.description === 'string' ? album.description.trim() : '';
  return {
    type: 'entry',
    entry: {
      data,
      body: description ? plainTextToMarkdown(description) : '',
      media: photos.flatMap((photo) =>
        isRecord(photo) ? (mediaItem(photo, context.root) ?? []) : [],
      ),
      file,
    },
  };
}
