/**
 * Messenger, with --include messages: `messages/inbox/<thread>/message_1.json` (`_2`, … for long
 * threads; also archived_threads/, filtered_threads/, message_requests/, e2ee_cutover/), each
 * `{participants, messages: [{sender_name, timestamp_ms, content, photos, …}], title}`. One
 * entry per message, always private, each answering the one before it in its thread.
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
  ofFile,
  readFileRecords,
  readMetaJson,
} from './meta-export.ts';
import type { ImportedData, ImportedMedia, ImportItem } from './types.ts';
import { oneRecord } from './records.ts';

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

/** Every message of every thread, in time order within a thread. */
export async function* readMessages(
  threadFiles: string[],
  context: FacebookContext,
  options: {
    /** Whose export it is: the prefix of ids. @default 'facebook' */
    source?: 'facebook' | 'instagram';
    /** The account's name as the export writes senders, for `direction` and people. */
    owner?: string;
  } = {},
): AsyncIterable<ImportItem> {
  const source = options.source ?? 'facebook';
  const label = source === 'facebook' ? 'Facebook' : 'Instagram';
  const threads = new Map<string, string[]>();
  for (const file of threadFiles) {
    const folder = file.slice(0, file.lastIndexOf('/'));
    (threads.get(folder) ?? threads.set(folder, []).get(folder)!).push(file);
  }
  for (const [folder, parts] of threads) {
    const messages: { message: Message; file: string; index: number }[] = [];
    let title = folder.split('/').pop()!;
    let participants: string[] = [];
    for (const file of parts) {
      let thread: Record<string, unknown> = {};
      // A message that is not an object is skipped and named here; the rest are sorted below.
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
      const names = listIn(thread.participants, [])
        .map((person) => (isRecord(person) && typeof person.name === 'string' ? person.name : ''))
        .filter(Boolean);
      if (names.length > 0) participants = names;
    }
    messages.sort((a, b) => (a.message.timestamp_ms ?? 0) - (b.message.timestamp_ms ?? 0));
    const conversation = `${source}:thread-${shortHash(folder.split('/').pop()!, 10)}`;
    let previous: string | undefined;
    for (const { message, file, index } of messages)
      for await (const item of oneRecord(file, index, message, (message: Message) => {
        const item = messageItem(message, file, context, {
          source,
          conversation,
          title,
          participants,
          owner: options.owner,
          previous,
        });
        if (item.type === 'entry') previous = item.entry.data.id;
        return [item];
      }))
        yield ofFile(item, file);
  }
}

function messageItem(
  message: Message,
  file: string,
  context: FacebookContext,
  thread: {
    source: string;
    conversation: string;
    title: string;
    participants: string[];
    owner?: string;
    previous?: string;
  },
): ImportItem {
  if (typeof message.timestamp_ms !== 'number' || message.timestamp_ms <= 0)
    return { type: 'skip', reason: 'message without a date', file };
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
    return { type: 'skip', reason: 'message without words or media', file };
  const key = `${thread.conversation}\n${message.sender_name ?? ''}\n${message.content ?? ''}`;
  const data: ImportedData = {
    id: `${thread.source}:message-${message.timestamp_ms}-${shortHash(key, 6)}`,
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
  if (thread.owner && message.sender_name)
    data.direction = message.sender_name === thread.owner ? 'sent' : 'received';
  if (thread.previous) data.inReplyTo = thread.previous;
  return { type: 'entry', entry: { data, body: plainTextToMarkdown(text), media, file } };
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
