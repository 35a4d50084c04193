/**
 * The parts of a Facebook export beyond posts and albums: comments you wrote, events you went
 * to or hosted, reactions (with --include reactions) and Messenger (with --include messages,
 * always private). Layouts: see facebook.ts.
 */
import { inZone } from '../archive/dates.ts';
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
  for (const item of listIn(parsed, ['comments_v2', 'comments']) as Activity[]) {
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
      continue;
    }
    const data: ImportedData = {
      id: `facebook:comment-${item.timestamp}-${shortHash(`${text}\n${item.title ?? ''}`, 6)}`,
      source: 'facebook',
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
  }
}

/** Reactions: `{reactions_v2: [...]}` (older) or a bare list in likes_and_reactions_1.json. */
export async function* readReactions(
  file: string,
  context: FacebookContext,
): AsyncIterable<ImportItem> {
  const parsed = await readMetaJson(context.view, file, 'Facebook');
  for (const item of listIn(parsed, ['reactions_v2', 'reactions']) as Activity[]) {
    const reaction = item.data?.map((entry) => entry.reaction).find(isRecord);
    const date = epochDate(item.timestamp, context.timeZone);
    if (!date) {
      yield { type: 'skip', reason: 'reaction without a date', detail: item.title };
      continue;
    }
    const data: ImportedData = {
      id: `facebook:reaction-${item.timestamp}-${shortHash(item.title ?? '', 6)}`,
      source: 'facebook',
      kind: 'like',
      date,
    };
    if (item.title) data.title = item.title;
    if (typeof reaction?.reaction === 'string') data.reaction = reaction.reaction.toLowerCase();
    yield { type: 'entry', entry: { data, body: '', media: [], file } };
  }
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
  for (const event of events) {
    const date = epochDate(event.start_timestamp, context.timeZone);
    if (!date || !event.name) {
      yield { type: 'skip', reason: 'event without a name or date', detail: event.name };
      continue;
    }
    const data: ImportedData = {
      id: `facebook:event-${event.start_timestamp}-${shortHash(event.name, 6)}`,
      source: 'facebook',
      kind: 'event',
      date,
      title: event.name,
    };
    const place = isRecord(event.place) ? placeOf(event.place) : undefined;
    if (place) data.place = place;
    const body = event.description ? plainTextToMarkdown(event.description.trim()) : '';
    yield { type: 'entry', entry: { data, body, media: [], file } };
  }
}

interface Message {
  sender_name?: string;
  timestamp_ms?: number;
  content?: string;
  photos?: { uri?: string }[];
  videos?: { uri?: string }[];
  audio_files?: { uri?: string }[];
  files?: { uri?: string }[];
  gifs?: { uri?: string }[];
  sticker?: { uri?: string };
  share?: { link?: string };
}

/** Messenger threads (message_1.json, message_2.json, … each), one private entry per message. */
export async function* readMessages(
  threadFiles: string[],
  files: string[],
  context: FacebookContext,
): AsyncIterable<ImportItem> {
  const owner = await ownerName(context, files);
  const threads = new Map<string, string[]>();
  for (const file of threadFiles) {
    const folder = file.slice(0, file.lastIndexOf('/'));
    (threads.get(folder) ?? threads.set(folder, []).get(folder)!).push(file);
  }
  for (const [folder, parts] of threads) {
    const messages: { message: Message; file: string }[] = [];
    let title = folder.split('/').pop()!;
    let participants: string[] = [];
    for (const file of parts) {
      const thread = await readMetaJson(context.view, file, 'Facebook');
      if (!isRecord(thread)) continue;
      if (typeof thread.title === 'string') title = thread.title;
      participants = listIn(thread.participants, [])
        .map((person) => (isRecord(person) && typeof person.name === 'string' ? person.name : ''))
        .filter(Boolean);
      for (const message of listIn(thread.messages, []) as Message[])
        messages.push({ message, file });
    }
    messages.sort((a, b) => (a.message.timestamp_ms ?? 0) - (b.message.timestamp_ms ?? 0));
    const conversation = `facebook:thread-${shortHash(folder.split('/').pop()!, 10)}`;
    let previous: string | undefined;
    for (const { message, file } of messages) {
      const item = messageItem(message, file, context, {
        conversation,
        title,
        participants,
        owner,
        previous,
      });
      if (item.type === 'entry') previous = item.entry.data.id;
      yield item;
    }
  }
}

function messageItem(
  message: Message,
  file: string,
  context: FacebookContext,
  thread: {
    conversation: string;
    title: string;
    participants: string[];
    owner?: string;
    previous?: string;
  },
): ImportItem {
  if (typeof message.timestamp_ms !== 'number' || message.timestamp_ms <= 0)
    return { type: 'skip', reason: 'message without a date' };
  const media: ImportedMedia[] = [];
  for (const item of [
    ...(message.photos ?? []),
    ...(message.videos ?? []),
    ...(message.audio_files ?? []),
    ...(message.files ?? []),
    ...(message.gifs ?? []),
    ...(message.sticker ? [message.sticker] : []),
  ]) {
    const from = exportPath(context.root, item.uri);
    if (from) media.push({ from, type: mediaType(from) });
  }
  const text = [message.content?.trim(), message.share?.link].filter(Boolean).join('\n\n');
  if (!text && media.length === 0)
    return { type: 'skip', reason: 'message without words or media' };
  const key = `${thread.conversation}\n${message.sender_name ?? ''}\n${message.content ?? ''}`;
  const data: ImportedData = {
    id: `facebook:message-${message.timestamp_ms}-${shortHash(key, 6)}`,
    source: 'facebook',
    kind: 'message',
    date: inZone(new Date(message.timestamp_ms).toISOString(), context.timeZone),
    // Messages are private whatever the archive's default.
    visibility: 'private',
    conversation: thread.conversation,
    title: thread.title,
  };
  const people = thread.participants.filter((name) => name !== thread.owner);
  if (people.length > 0) data.people = people;
  if (message.sender_name) data.from = message.sender_name;
  if (thread.previous) data.inReplyTo = thread.previous;
  return { type: 'entry', entry: { data, body: plainTextToMarkdown(text), media, file } };
}

/** The account's name, from profile_information.json, to leave it out of a thread's people. */
async function ownerName(context: FacebookContext, files: string[]): Promise<string | undefined> {
  const file = files.find((name) =>
    /(^|\/)profile_information\/profile_information\.json$/.test(name),
  );
  if (!file) return undefined;
  const parsed = await readMetaJson(context.view, file, 'Facebook');
  const profile = isRecord(parsed) ? (parsed.profile_v2 ?? parsed.profile) : undefined;
  const name = isRecord(profile) && isRecord(profile.name) ? profile.name.full_name : undefined;
  return typeof name === 'string' ? name : undefined;
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
