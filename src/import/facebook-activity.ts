/**
 * The parts of a Facebook export beyond posts and albums: comments you wrote (on posts and in
 * groups), events you went to or hosted, notes, polls you voted in, reactions (with --include
 * reactions), and the helpers the posts share with them. Messenger is in facebook-messages.ts;
 * the layouts are described in facebook-files.ts.
 */
import { shortHash } from '../archive/paths.ts';
import type { FileView } from './file-view.ts';
import { escapeMarkup, plainTextToMarkdown, escapeLabel } from './html.ts';
import {
  captionTags,
  epochDate,
  exportPath,
  FileOutcomes,
  isRecord,
  listIn,
  mediaType,
  readFileRecords,
} from './meta-export.ts';
import type { ImportedData, ImportedMedia, ImportItem } from './types.ts';

export interface FacebookContext {
  view: FileView;
  /** The folder the export's paths are relative to (`` or `facebook-robin-2024/`). */
  root: string;
  timeZone: string;
  /** Which files were read and which were damaged (meta-export.ts). */
  outcomes: FileOutcomes;
}

interface Activity {
  timestamp?: number;
  title?: string;
  data?: Record<string, unknown>[];
  attachments?: { data?: Record<string, unknown>[] }[];
}

const records = (keys: string[]) => (parsed: unknown) => listIn(parsed, keys);

/**
 * comments.json (and comments_and_reactions.json, your_comments_in_groups.json):
 * `{comments_v2: [{timestamp, data: [{comment: {comment, author, group?}}], attachments, title}]}`.
 */
export function readComments(file: string, context: FacebookContext): AsyncIterable<ImportItem> {
  return readFileRecords(
    context.view,
    file,
    'Facebook',
    context.outcomes,
    records(['comments_v2', 'group_comments_v2', 'comments', 'group_comments']),
    function* (item: Activity) {
      const comment = item.data?.map((entry) => entry.comment).find(isRecord);
      const text = typeof comment?.comment === 'string' ? comment.comment.trim() : '';
      const date = epochDate(item.timestamp ?? comment?.timestamp, context.timeZone);
      const attached = (item.attachments ?? []).flatMap((group) => group.data ?? []);
      const media = attached.flatMap((entry) =>
        isRecord(entry.media) ? (mediaItem(entry.media, context.root) ?? []) : [],
      );
      // A GIF or a link answered with: its address is the comment.
      const links = attached.flatMap((entry) => {
        const url = isRecord(entry.external_context) ? entry.external_context.url : undefined;
        return typeof url === 'string' && /^https?:\/\//.test(url) && !text.includes(url)
          ? [`<${url}>`]
          : [];
      });
      if (!date)
        return yield { type: 'skip', reason: 'comment without a date', detail: item.title };
      if (!text && media.length === 0 && links.length === 0)
        return yield {
          type: 'skip',
          reason: 'comment whose words the export does not hold',
          detail: item.title,
        };
      const data: ImportedData = {
        id: `facebook:comment-${item.timestamp}-${shortHash(`${text}\n${item.title ?? ''}`, 6)}`,
        kind: 'comment',
        date,
        ...tagsAndPeople(text),
      };
      // Facebook's own line ("Robin commented on Sam's post.") says what the comment answers.
      if (item.title) data.title = item.title;
      else if (typeof comment?.group === 'string') data.title = `Comment in ${comment.group}`;
      const body = [text ? plainTextToMarkdown(stripMentions(text)) : '', ...links]
        .filter(Boolean)
        .join('\n\n');
      yield { type: 'entry', entry: { data, body, media, file } };
    },
  );
}

/** Reactions: `{reactions_v2: [...]}` (older) or a bare list in likes_and_reactions_1.json. */
export function readReactions(file: string, context: FacebookContext): AsyncIterable<ImportItem> {
  return readFileRecords(
    context.view,
    file,
    'Facebook',
    context.outcomes,
    records(['reactions_v2', 'reactions']),
    function* (item: Activity) {
      const reaction = item.data?.map((entry) => entry.reaction).find(isRecord);
      const date = epochDate(item.timestamp, context.timeZone);
      if (!date)
        return yield { type: 'skip', reason: 'reaction without a date', detail: item.title };
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

export interface FacebookEvent {
  name?: string;
  start_timestamp?: number;
  end_timestamp?: number;
  description?: string;
  place?: Record<string, unknown>;
}

/** An event's `start` and `end` (ISO 8601 in the archive's zone); Facebook writes 0 for no end. */
export function eventFields(
  event: FacebookEvent,
  timeZone: string,
): { start?: string; end?: string } {
  const start = epochDate(event.start_timestamp, timeZone);
  const end = epochDate(event.end_timestamp, timeZone);
  return { ...(start ? { start } : {}), ...(end && end !== start ? { end } : {}) };
}

/**
 * Events you joined (your_event_responses.json `{event_responses_v2: {events_joined,
 * events_declined, events_interested}}`) and hosted (your_events.json `{your_events_v2}`). Each
 * event is a record; the declined and merely interested are skipped and counted.
 */
export function readEvents(file: string, context: FacebookContext): AsyncIterable<ImportItem> {
  type Answered = FacebookEvent & { answer?: string };
  const eventsIn = (parsed: unknown): unknown[] => {
    const responses = isRecord(parsed)
      ? (parsed.event_responses_v2 ?? parsed.event_responses ?? parsed)
      : undefined;
    if (!isRecord(responses)) return listIn(parsed, ['your_events_v2', 'your_events']);
    const tagged = (key: string, answer: string) =>
      listIn(responses[key], []).map((event) => (isRecord(event) ? { ...event, answer } : event));
    return [
      ...tagged('events_joined', 'joined'),
      ...listIn(parsed, ['your_events_v2', 'your_events']).map((event) =>
        isRecord(event) ? { ...event, answer: 'hosted' } : event,
      ),
      ...tagged('events_declined', 'declined'),
      ...tagged('events_interested', 'interested'),
    ];
  };
  return readFileRecords(
    context.view,
    file,
    'Facebook',
    context.outcomes,
    eventsIn,
    function* (event: Answered) {
      if (event.answer === 'declined' || event.answer === 'interested')
        return yield {
          type: 'skip',
          reason:
            event.answer === 'declined'
              ? 'event you declined'
              : 'event you were only interested in',
          detail: event.name,
        };
      const date = epochDate(event.start_timestamp, context.timeZone);
      if (!date || !event.name)
        return yield { type: 'skip', reason: 'event without a name or date', detail: event.name };
      const data: ImportedData = {
        id: `facebook:event-${event.start_timestamp}-${shortHash(event.name, 6)}`,
        kind: 'event',
        date,
        title: event.name,
        ...eventFields(event, context.timeZone),
      };
      const place = isRecord(event.place) ? placeOf(event.place) : undefined;
      if (place) data.place = place;
      const body = event.description ? plainTextToMarkdown(event.description.trim()) : '';
      yield { type: 'entry', entry: { data, body, media: [], file } };
    },
  );
}

interface FacebookNote {
  title?: string;
  text?: string;
  created_timestamp?: number;
  updated_timestamp?: number;
  tags?: Tagged;
  media?: FacebookMedia[];
}

/** notes/notes.json: `{notes_v2: [{title, text, created_timestamp, updated_timestamp, tags, media}]}`. */
export function readNotes(file: string, context: FacebookContext): AsyncIterable<ImportItem> {
  return readFileRecords(
    context.view,
    file,
    'Facebook',
    context.outcomes,
    records(['notes_v2', 'notes']),
    function* (note: FacebookNote) {
      const date = epochDate(note.created_timestamp, context.timeZone);
      const title = note.title?.trim() ?? '';
      const text = note.text?.trim() ?? '';
      if (!date) return yield { type: 'skip', reason: 'note without a date', detail: title };
      const media = (Array.isArray(note.media) ? note.media : []).flatMap((item) =>
        isRecord(item) ? (mediaItem(item, context.root) ?? []) : [],
      );
      if (!title && !text && media.length === 0)
        return yield { type: 'skip', reason: 'note with nothing in it' };
      const data: ImportedData = {
        id: `facebook:note-${note.created_timestamp}-${shortHash(title, 6)}`,
        kind: 'note',
        date,
        ...tagsAndPeople(text, note.tags),
      };
      if (title) data.title = title;
      yield {
        type: 'entry',
        entry: { data, body: text ? plainTextToMarkdown(stripMentions(text)) : '', media, file },
      };
    },
  );
}

/** polls_you_voted_on.json: `{poll_votes_v2: [{timestamp, attachments: [{data: [{poll}]}], title}]}`. */
export function readPolls(file: string, context: FacebookContext): AsyncIterable<ImportItem> {
  return readFileRecords(
    context.view,
    file,
    'Facebook',
    context.outcomes,
    records(['poll_votes_v2', 'poll_votes']),
    function* (vote: Activity) {
      const date = epochDate(vote.timestamp, context.timeZone);
      if (!date)
        return yield { type: 'skip', reason: 'poll vote without a date', detail: vote.title };
      const poll = (vote.attachments ?? [])
        .flatMap((group) => group.data ?? [])
        .map((entry) => entry.poll)
        .find(isRecord);
      const body = poll ? pollMarkdown(poll) : '';
      if (!body && !vote.title)
        return yield { type: 'skip', reason: 'poll vote with nothing in it' };
      const data: ImportedData = {
        id: `facebook:vote-${vote.timestamp}-${shortHash(`${vote.title ?? ''}\n${body}`, 6)}`,
        kind: 'vote',
        date,
      };
      if (vote.title) data.title = vote.title;
      yield { type: 'entry', entry: { data, body, media: [], file } };
    },
  );
}

/**
 * your_uncategorized_photos.json `{other_photos_v2: [{uri, creation_timestamp, description}]}` and
 * your_videos.json `{videos_v2: [...]}`: photos and videos of no post or album. One already
 * shown by a post or an album is skipped as such.
 */
export function readLooseMedia(
  file: string,
  context: FacebookContext,
  shown: ReadonlySet<string>,
): AsyncIterable<ImportItem> {
  return readFileRecords(
    context.view,
    file,
    'Facebook',
    context.outcomes,
    records(['other_photos_v2', 'videos_v2', 'other_photos', 'videos']),
    function* (item: FacebookMedia) {
      const media = mediaItem(item, context.root);
      const date = epochDate(item.creation_timestamp, context.timeZone);
      if (!media || !date)
        return yield { type: 'skip', reason: 'photo or video without a file or a date' };
      if (shown.has(media.from))
        return yield { type: 'skip', reason: 'photo or video already in a post or an album' };
      const description = item.description?.trim() ?? '';
      const data: ImportedData = {
        id: `facebook:${media.type === 'video' ? 'video' : 'photo'}-${item.creation_timestamp}-${shortHash(media.from.split('/').pop()!, 6)}`,
        kind: media.type === 'video' ? 'video' : 'photo',
        date,
      };
      const body = description ? plainTextToMarkdown(stripMentions(description)) : '';
      yield { type: 'entry', entry: { data, body, media: [media], file } };
    },
  );
}

/** A poll's question and options as Markdown, the ones you voted for marked. */
export function pollMarkdown(poll: Record<string, unknown>): string {
  const options = listIn(poll.options, []).flatMap((option) =>
    isRecord(option) && typeof option.option === 'string' && option.option.trim()
      ? [`- ${plainTextToMarkdown(option.option.trim())}${option.voted ? ' (your vote)' : ''}`]
      : [],
  );
  const question =
    typeof poll.question === 'string' && poll.question.trim()
      ? plainTextToMarkdown(poll.question.trim())
      : '';
  return [question, options.join('\n')].filter(Boolean).join('\n\n');
}

/** A shared link: its page's name as the link's text when Facebook kept it. */
export function linkMarkdown(url: string, name?: string): string {
  if (!name) return `<${url}>`;
  return `[${escapeLabel(name)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
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

export type Place = { name?: string; address?: string; lat?: number; lon?: number };
export type Tagged = ({ name?: string } | string)[];

export function mediaItem(media: FacebookMedia, root: string): ImportedMedia | undefined {
  const from = exportPath(root, media.uri);
  return from ? { from, type: mediaType(from) } : undefined;
}

export function placeOf(place: FacebookPlace): Place | undefined {
  const result: Place = {};
  if (typeof place.name === 'string' && place.name.trim()) result.name = place.name.trim();
  // The street address a check-in named ("12 Broad Street, Hay-on-Wye"), kept beside the name.
  if (typeof place.address === 'string' && place.address.trim() && place.address !== place.name)
    result.address = place.address.trim();
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
  for (const tag of Array.isArray(tagged) ? tagged : []) {
    const name = typeof tag === 'string' ? tag : tag?.name;
    if (name) people.add(name);
  }
  return {
    ...(tags.length > 0 ? { tags } : {}),
    ...(people.size > 0 ? { people: [...people] } : {}),
  };
}
