/**
 * The parts of a Facebook export beyond posts and albums: comments you wrote, events you went
 * to or hosted, reactions (with --include reactions), and the helpers the posts share with
 * them. Messenger is in facebook-messages.ts; the layouts are described in facebook.ts.
 */
import { shortHash } from '../archive/paths.ts';
import type { FileView } from './file-view.ts';
import { plainTextToMarkdown } from './html.ts';
import {
  captionTags,
  epochDate,
  exportPath,
  isRecord,
  listIn,
  mediaType,
  readMetaJson,
} from './meta-export.ts';
import type { ImportedData, ImportedMedia, ImportItem } from './types.ts';
import { eachRecord } from './records.ts';

export interface FacebookContext {
  view: FileView;
  /** The folder the export's paths are relative to (`` or `facebook-robin-2024/`). */
  root: string;
  timeZone: string;
}

interface Activity {
  timestamp?: number;
  title?: string;
  data?: Record<string, unknown>[];
  attachments?: { data?: Record<string, unknown>[] }[];
}

/** comments.json: `{comments_v2: [{timestamp, data: [{comment: {comment, author}}], title}]}`. */
export async function* readComments(
  file: string,
  context: FacebookContext,
): AsyncIterable<ImportItem> {
  const parsed = await readMetaJson(context.view, file, 'Facebook');
  yield* eachRecord(file, listIn(parsed, ['comments_v2', 'comments']), function* (item: Activity) {
    const comment = item.data?.map((entry) => entry.comment).find(isRecord);
    const text = typeof comment?.comment === 'string' ? comment.comment.trim() : '';
    const date = epochDate(item.timestamp ?? comment?.timestamp, context.timeZone);
    const media = (item.attachments ?? [])
      .flatMap((group) => group.data ?? [])
      .flatMap((entry) =>
        isRecord(entry.media) ? (mediaItem(entry.media, context.root) ?? []) : [],
      );
    if (!date || (!text && media.length === 0)) {
      yield { type: 'skip', reason: 'comment without a date or words', detail: item.title };
      return;
    }
    const data: ImportedData = {
      id: `facebook:comment-${item.timestamp}-${shortHash(`${text}\n${item.title ?? ''}`, 6)}`,
      kind: 'comment',
      date,
      ...tagsAndPeople(text),
    };
    // Facebook's own line ("Robin commented on Sam's post.") says what the comment answers.
    if (item.title) data.title = item.title;
    yield {
      type: 'entry',
      entry: { data, body: plainTextToMarkdown(stripMentions(text)), media, file },
    };
  });
}

/** Reactions: `{reactions_v2: [...]}` (older) or a bare list in likes_and_reactions_1.json. */
export async function* readReactions(
  file: string,
  context: FacebookContext,
): AsyncIterable<ImportItem> {
  const parsed = await readMetaJson(context.view, file, 'Facebook');
  yield* eachRecord(
    file,
    listIn(parsed, ['reactions_v2', 'reactions']),
    function* (item: Activity) {
      const reaction = item.data?.map((entry) => entry.reaction).find(isRecord);
      const date = epochDate(item.timestamp, context.timeZone);
      if (!date) {
        yield { type: 'skip', reason: 'reaction without a date', detail: item.title };
        return;
      }
      const data: ImportedData = {
        id: `facebook:reaction-${item.timestamp}-${shortHash(item.title ?? '', 6)}`,
        kind: 'like',
        date,
      };
      if (item.title) data.title = item.title;
      if (typeof reaction?.reaction === 'string') data.reaction = reaction.reaction.toLowerCase();
      yield { type: 'entry', entry: { data, body: '', media: [], file } };
    },
  );
}

interface FacebookEvent {
  name?: string;
  start_timestamp?: number;
  description?: string;
  place?: Record<string, unknown>;
}

/** Events you joined (your_event_responses.json) and hosted (your_events.json). */
export async function* readEvents(
  file: string,
  context: FacebookContext,
): AsyncIterable<ImportItem> {
  const parsed = await readMetaJson(context.view, file, 'Facebook');
  const responses = isRecord(parsed)
    ? (parsed.event_responses_v2 ?? parsed.event_responses ?? parsed)
    : undefined;
  const events = (
    isRecord(responses)
      ? [
          ...listIn(responses.events_joined, []),
          ...listIn(parsed, ['your_events_v2', 'your_events']),
        ]
      : []
  ) as FacebookEvent[];
  if (isRecord(responses))
    for (const answer of ['events_declined', 'events_interested'])
      for (const event of listIn(responses[answer], []))
        yield {
          type: 'skip',
          reason: `event you ${answer.slice(7)}`,
          detail: (event as FacebookEvent).name,
        };
  yield* eachRecord(file, events, function* (event: FacebookEvent) {
    const date = epochDate(event.start_timestamp, context.timeZone);
    if (!date || !event.name) {
      yield { type: 'skip', reason: 'event without a name or date', detail: event.name };
      return;
    }
    const data: ImportedData = {
      id: `facebook:event-${event.start_timestamp}-${shortHash(event.name, 6)}`,
      kind: 'event',
      date,
      title: event.name,
    };
    const place = isRecord(event.place) ? placeOf(event.place) : undefined;
    if (place) data.place = place;
    const body = event.description ? plainTextToMarkdown(event.description.trim()) : '';
    yield { type: 'entry', entry: { data, body, media: [], file } };
  });
}

/** Facebook's place: a name, an address, and sometimes coordinates. */
export interface FacebookPlace {
  name?: string;
  address?: string;
  coordinate?: { latitude?: number; longitude?: number };
}

export interface FacebookMedia {
  uri?: string;
  creation_timestamp?: number;
  title?: string;
  description?: string;
}

export type Place = { name?: string; lat?: number; lon?: number };
export type Tagged = ({ name?: string } | string)[];

export function mediaItem(media: FacebookMedia, root: string): ImportedMedia | undefined {
  const from = exportPath(root, media.uri);
  return from ? { from, type: mediaType(from) } : undefined;
}

export function placeOf(place: FacebookPlace): Place | undefined {
  const result: { name?: string; lat?: number; lon?: number } = {};
  if (place.name) result.name = place.name;
  const { latitude, longitude } = place.coordinate ?? {};
  if (typeof latitude === 'number' && typeof longitude === 'number' && (latitude || longitude)) {
    result.lat = Number(latitude.toFixed(6));
    result.lon = Number(longitude.toFixed(6));
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** `@[100001:2048:Sam Ortega]` (how Facebook stores a mention in some texts) → `Sam Ortega`. */
export const stripMentions = (text: string): string => text.replace(/@\[\d+:\d*:([^\]]+)\]/g, '$1');

/** Hashtags of the text become tags; people tagged in the post and mentioned in it, people. */
export function tagsAndPeople(
  text: string,
  tagged: Tagged = [],
): { tags?: string[]; people?: string[] } {
  const { tags } = captionTags(text);
  const people = new Set<string>();
  for (const match of text.matchAll(/@\[\d+:\d*:([^\]]+)\]/g)) people.add(match[1]!);
  for (const tag of tagged) {
    const name = typeof tag === 'string' ? tag : tag.name;
    if (name) people.add(name);
  }
  return {
    ...(tags.length > 0 ? { tags } : {}),
    ...(people.size > 0 ? { people: [...people] } : {}),
  };
}
