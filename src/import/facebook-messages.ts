/**
 * Messenger, with --include messages: `messages/inbox/<thread>/message_1.json` (`_2`, … for long
 * threads; also archived_threads/, filtered_threads/, message_requests/, e2ee_cutover/), in
 * the 2020–2022 layout and under `your_facebook_activity/messages/` (2024+), each
 * `{participants, messages: [{sender_name, timestamp_ms, content, photos, …}], title}`; and
 * the end-to-end encrypted chats' export (`{participants: [names], threadName, messages:
 * [{senderName, timestamp, text, media, reactions, isUnsent}]}`). One entry per message, always
 * private, each answering the one before it in its thread: its words, photos, videos, files,
 * sticker, shared link, call and reactions; unsent messages are skipped. Only those fields are
 * read (never `ip`). The messenger source (messenger.ts) reads a Messenger-only download.
 */
import { inZone } from '../archive/dates.ts';
import { shortHash } from '../archive/paths.ts';
import type { FacebookContext } from './facebook-activity.ts';
import { plainTextToMarkdown } from './html.ts';
import {
  exportPath,
  isRecord,
  listIn,
  mediaType,
  readFileRecords,
  readMetaJson,
} from './meta-export.ts';
import type { ImportedData, ImportedMedia, ImportItem } from './types.ts';
import { oneRecord } from './records.ts';

interface Message {
  sender_name?: string;
  timestamp_ms?: number;
  content?: string;
  /** The end-to-end encrypted export's names for the same. */
  senderName?: string;
  timestamp?: number;
  text?: string;
  media?: { uri?: string }[];
  isUnsent?: boolean;
  is_unsent?: boolean;
  call_duration?: number;
  reactions?: { reaction?: string; actor?: string }[];
  photos?: { uri?: string }[];
  videos?: { uri?: string }[];
  audio_files?: { uri?: string }[];
  files?: { uri?: string }[];
  gifs?: { uri?: string }[];
  sticker?: { uri?: string };
  share?: { link?: string; share_text?: string };
}

/** How the messenger and Instagram sources differ: their ids' prefix, their name, their owner. */
export interface MessagesOptions {
  /** @default 'facebook' */
  prefix?: string;
  /** The export's name in messages about its files. @default 'Facebook' */
  label?: string;
  /** The account's name as the export writes senders, for `direction`; else found in `files`. */
  owner?: string;
}

/** Every message of every thread, in time order within a thread. */
export async function* readMessages(
  threadFiles: string[],
  files: string[],
  context: FacebookContext,
  options: MessagesOptions = {},
): AsyncIterable<ImportItem> {
  const owner = options.owner ?? (await ownerName(context, files));
  const label = options.label ?? 'Facebook';
  const threads = new Map<string, string[]>();
  for (const file of threadFiles) {
    // A thread is its folder; a file at the export's root is a thread of its own.
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : file;
    (threads.get(folder) ?? threads.set(folder, []).get(folder)!).push(file);
  }
  for (const [folder, parts] of threads) {
    const messages: { message: Message; file: string; index: number }[] = [];
    let title = folder.split('/').pop()!;
    let participants: string[] = [];
    for (const file of parts) {
      let thread: Record<string, unknown> = {};
      // The file is accounted for, and a message that is not an object is skipped and named
      // here; the rest are sorted below.
      yield* readFileRecords(
        context.view,
        file,
        label,
        context.outcomes,
        (parsed) => {
          thread = isRecord(parsed) ? parsed : {};
          return listIn(thread.messages, []);
        },
        (message: Message, index) => {
          messages.push({ message, file, index });
          return [];
        },
      );
      if (typeof thread.title === 'string') title = thread.title;
      else if (typeof thread.threadName === 'string') title = thread.threadName;
      const names = listIn(thread.participants, [])
        .map((person) =>
          typeof person === 'string'
            ? person
            : isRecord(person) && typeof person.name === 'string'
              ? person.name
              : '',
        )
        .filter(Boolean);
      if (names.length > 0) participants = names;
    }
    messages.sort((a, b) => timeOf(a.message) - timeOf(b.message));
    const prefix = options.prefix ?? 'facebook';
    const conversation = `${prefix}:thread-${shortHash(folder.split('/').pop()!, 10)}`;
    let previous: string | undefined;
    for (const { message, file, index } of messages)
      for await (const item of oneRecord(file, index, message, (message: Message) => {
        const item = messageItem(message, file, context, {
          prefix,
          conversation,
          title,
          participants,
          owner,
          previous,
        });
        if (item.type === 'entry') previous = item.entry.data.id;
        return [item];
      }))
        yield item.type === 'skip' ? { ...item, file } : item;
  }
}

function messageItem(
  message: Message,
  file: string,
  context: FacebookContext,
  thread: {
    prefix: string;
    conversation: string;
    title: string;
    participants: string[];
    owner?: string;
    previous?: string;
  },
): ImportItem {
  const time = timeOf(message);
  if (time <= 0) return { type: 'skip', reason: 'message without a date' };
  if (message.is_unsent || message.isUnsent)
    return { type: 'skip', reason: 'message unsent by its sender' };
  const media: ImportedMedia[] = [];
  for (const item of [
    ...(message.photos ?? []),
    ...(message.videos ?? []),
    ...(message.audio_files ?? []),
    ...(message.files ?? []),
    ...(message.gifs ?? []),
    ...(message.media ?? []),
    ...(message.sticker ? [message.sticker] : []),
  ]) {
    const from = exportPath(context.root, item?.uri);
    if (from) media.push({ from, type: mediaType(from) });
  }
  const content = (message.content ?? message.text)?.trim();
  const link = message.share?.link;
  const shared = message.share?.share_text?.trim();
  const parts = [
    content ? plainTextToMarkdown(content) : '',
    // A shared link only when it is the web's: Messenger also shares `facebook.com/…` paths.
    link && /^https?:\/\//.test(link) && !content?.includes(link) ? `<${link}>` : '',
    shared && shared !== content ? plainTextToMarkdown(shared) : '',
    typeof message.call_duration === 'number'
      ? plainTextToMarkdown(
          message.call_duration > 0 ? `Call, ${message.call_duration} s` : 'Missed call',
        )
      : '',
    reactionsLine(message.reactions),
  ].filter(Boolean);
  if (parts.length === 0 && media.length === 0)
    return { type: 'skip', reason: 'message without words or media' };
  const sender = message.sender_name ?? message.senderName;
  // The id's key as it always was, so a re-import finds the same messages.
  const key = `${thread.conversation}\n${sender ?? ''}\n${message.content ?? message.text ?? ''}`;
  const data: ImportedData = {
    id: `${thread.prefix}:message-${time}-${shortHash(key, 6)}`,
    kind: 'message',
    date: inZone(new Date(time).toISOString(), context.timeZone),
    // Messages are private whatever the archive's default.
    visibility: 'private',
    conversation: thread.conversation,
    title: thread.title,
  };
  const people = thread.participants.filter((name) => name !== thread.owner);
  if (people.length > 0) data.people = people;
  if (sender) data.from = sender;
  if (sender && thread.owner) data.direction = sender === thread.owner ? 'sent' : 'received';
  if (thread.previous) data.inReplyTo = thread.previous;
  return { type: 'entry', entry: { data, body: parts.join('\n\n'), media, file } };
}

/** Milliseconds since the epoch: `timestamp_ms`, or the encrypted export's `timestamp`. */
function timeOf(message: Message): number {
  const time = message.timestamp_ms ?? message.timestamp;
  return typeof time === 'number' && Number.isFinite(time) ? time : 0;
}

/** `Reactions: ❤ Sam Ortega, 👍 Ana` (the encrypted export's reactions have `actor` too). */
function reactionsLine(reactions: Message['reactions']): string {
  const named = (reactions ?? []).flatMap((item) =>
    isRecord(item) && typeof item.reaction === 'string'
      ? [`${item.reaction}${typeof item.actor === 'string' ? ` ${item.actor}` : ''}`]
      : [],
  );
  return named.length > 0 ? plainTextToMarkdown(`Reactions: ${named.join(', ')}`) : '';
}

/** The account's name, from profile_information.json, to leave it out of a thread's people. */
export async function ownerName(
  context: FacebookContext,
  files: string[],
): Promise<string | undefined> {
  const file = files.find((name) =>
    /(^|\/)profile_information\/profile_information\.json$/.test(name),
  );
  if (!file) return undefined;
  const parsed = await readMetaJson(context.view, file, 'Facebook').catch(() => undefined);
  const profile = isRecord(parsed) ? (parsed.profile_v2 ?? parsed.profile) : undefined;
  const name = isRecord(profile) && isRecord(profile.name) ? profile.name.full_name : undefined;
  return typeof name === 'string' ? name : undefined;
}
