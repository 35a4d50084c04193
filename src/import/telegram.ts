/**
 * Telegram Desktop's "Export chat history" / "Export Telegram data" in **JSON** (`result.json`):
 * the whole account (`chats.list`, `personal_information.user_id`) or one chat (the root is the
 * chat: `name`, `type`, `id`, `messages`). One entry per message, always private: `from` its
 * sender, `conversation` and `thread` its chat (so a chat reads as one conversation),
 * `inReplyTo` the message it answers (`reply_to_message_id`); the time from `date_unixtime`
 * (2023+), else `date`, which is the exporting computer's local time and is read in the
 * archive's zone. Photos and files that are in the export are media; "(File not included…)"
 * is noted. Service messages (joins, pins, group changes) are skipped with their action; calls
 * are kept.
 */
import { inZone, resolveDate } from '../archive/dates.ts';
import { telegramSource, type PartOf } from '../archive/sources.ts';
import { ImportInputError, type FileView } from './file-view.ts';
import { escapeMarkup, plainTextToMarkdown, escapeLabel } from './html.ts';
import { isRecord, mediaType } from './meta-export.ts';
import { eachRecord } from './records.ts';
import { markdownText } from './telegram-text.ts';
import type { ImportedData, ImportedMedia, Importer, ImportItem } from './types.ts';

const RESULT = /(^|\/)result\.json$/;

interface TelegramMessage {
  id?: number;
  type?: string;
  date?: string;
  date_unixtime?: string;
  from?: string | null;
  from_id?: string | number;
  actor_id?: string | number;
  actor?: string;
  action?: string;
  duration_seconds?: number;
  discard_reason?: string;
  text?: unknown;
  text_entities?: unknown;
  reply_to_message_id?: number;
  reply_to_peer_id?: unknown;
  forwarded_from?: string | null;
  saved_from?: string;
  photo?: string;
  file?: string;
  media_type?: string;
  contact_information?: { first_name?: string; last_name?: string };
  contact_vcard?: string;
  location_information?: { latitude?: number; longitude?: number };
  poll?: { question?: string; answers?: { text?: string; voters?: number }[] };
  todo_list?: { title?: string; answers?: { text?: string }[] };
  inline_bot_buttons?: { type?: string; text?: string; data?: string }[][];
}

interface Chat {
  id: string;
  name: string;
  messages: unknown[];
}

export const telegramImporter: Importer<PartOf<typeof telegramSource>> = {
  name: 'telegram',
  version: '1',

  async detect(view: FileView): Promise<number> {
    for (const file of await view.list()) {
      if (!/\.json$/i.test(file)) continue;
      const head = (await view.text(file)).slice(0, 4000);
      const chatLike = /"messages"\s*:/.test(head) || /"chats"\s*:\s*\{/.test(head);
      const telegramLike = /"(?:date_unixtime|text_entities|from_id|personal_information)"/.test(
        head,
      );
      if (chatLike && telegramLike) return RESULT.test(file) ? 0.9 : 0.7;
    }
    return 0;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = await view.list();
    const results = files.filter((file) => RESULT.test(file));
    const candidates = results.length > 0 ? results : files.filter((f) => /\.json$/i.test(f));
    let found = false;
    for (const file of candidates) {
      const parsed = await readJson(view, file);
      const chats = chatsOf(parsed);
      if (!chats) continue;
      found = true;
      const records = chats.reduce((sum, chat) => sum + chat.messages.length, 0);
      yield { type: 'file', account: { file, status: 'read', records } };
      const owner =
        isRecord(parsed) && isRecord(parsed.personal_information)
          ? userId(parsed.personal_information.user_id)
          : undefined;
      const root = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const present = new Set(files);
      for (const chat of chats)
        yield* readChat(chat, { file, root, present, owner, timeZone: options.config.timeZone });
    }
    if (!found)
      throw new ImportInputError(
        `${view.label}: no Telegram chats here (result.json with "chats" or "messages"): in Telegram Desktop, Settings → Advanced → Export Telegram data (or a chat's ⋮ → Export chat history), and choose Format: JSON`,
      );
  },
};

interface Context {
  file: string;
  root: string;
  present: Set<string>;
  owner?: string;
  timeZone: string;
}

async function readJson(view: FileView, file: string): Promise<unknown> {
  const text = await view.text(file);
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportInputError(
      `${view.label}/${file}: not valid JSON (${(error as Error).message}); the file is damaged or the export is incomplete`,
      { cause: error },
    );
  }
}

/** The chats of a full export, or the one chat a single-chat export is. */
function chatsOf(parsed: unknown): Chat[] | undefined {
  if (!isRecord(parsed)) return undefined;
  const lists = [parsed.chats, parsed.left_chats].flatMap((holder) =>
    isRecord(holder) && Array.isArray(holder.list) ? holder.list : [],
  );
  const raw = lists.length > 0 ? lists : Array.isArray(parsed.messages) ? [parsed] : undefined;
  if (!raw) return undefined;
  return raw.filter(isRecord).map((chat) => ({
    id: String(chat.id ?? 'chat'),
    name: typeof chat.name === 'string' && chat.name.trim() ? chat.name.trim() : 'Telegram chat',
    messages: Array.isArray(chat.messages) ? chat.messages : [],
  }));
}

/** `user11111111` and `11111111` (older exports) are one user. */
const userId = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value).replace(/^user/, '')
    : undefined;

async function* readChat(chat: Chat, context: Context): AsyncIterable<ImportItem> {
  const conversation = `telegram:chat-${chat.id}`;
  const ids = new Set(
    chat.messages.flatMap((m) => (isRecord(m) && typeof m.id === 'number' ? [m.id] : [])),
  );
  const senders = new Set<string>();
  for (const message of chat.messages)
    if (
      isRecord(message) &&
      message.type === 'message' &&
      userId(message.from_id) !== context.owner
    )
      senders.add(senderOf(message as TelegramMessage));
  const people = [...senders].filter(Boolean);
  for await (const item of eachRecord(context.file, chat.messages, (message: TelegramMessage) => [
    messageItem(message, { ...context, chat, conversation, ids, people }),
  ]))
    // Every skip counts against result.json in the coverage report.
    yield item.type === 'skip' ? { ...item, file: context.file } : item;
}

const senderOf = (message: TelegramMessage): string =>
  (typeof message.from === 'string' && message.from.trim()) ||
  (typeof message.actor === 'string' && message.actor.trim()) ||
  (userId(message.from_id) ?? '');

function dateOf(message: TelegramMessage, timeZone: string): string | undefined {
  const seconds = Number(message.date_unixtime);
  if (message.date_unixtime !== undefined && Number.isFinite(seconds) && seconds > 0)
    return inZone(new Date(seconds * 1000).toISOString(), timeZone);
  if (typeof message.date === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(message.date))
    return resolveDate(message.date, timeZone);
  return undefined;
}

function messageItem(
  message: TelegramMessage,
  context: Context & { chat: Chat; conversation: string; ids: Set<number>; people: string[] },
): ImportItem {
  if (typeof message.id !== 'number') return { type: 'skip', reason: 'message without an id' };
  const call = message.type === 'service' && /call/.test(message.action ?? '');
  if (message.type === 'service' && !call)
    return {
      type: 'skip',
      reason: 'Telegram service message (joins, pins, group changes)',
      detail: message.action ?? 'service',
    };
  if (message.type !== 'message' && !call)
    return { type: 'skip', reason: 'Telegram record that is not a message', detail: message.type };
  const date = dateOf(message, context.timeZone);
  if (!date) return { type: 'skip', reason: 'message without a date' };
  const media: ImportedMedia[] = [];
  const notes: string[] = [];
  for (const [field, path] of [
    ['photo', message.photo],
    [message.media_type ?? 'file', message.file],
    ['contact', message.contact_vcard],
  ] as const) {
    if (typeof path !== 'string' || !path) continue;
    const from = `${context.root}${path}`;
    // Only a file of the export's own listing: a path that climbs out of it is never read.
    if (!path.startsWith('(') && context.present.has(from))
      media.push({ from, type: mediaType(from) });
    else notes.push(`(${field.replace(/_/g, ' ')} not included in the export)`);
  }
  const parts: string[] = [];
  const forwarded = message.forwarded_from ?? message.saved_from;
  if (typeof forwarded === 'string' && forwarded.trim())
    parts.push(plainTextToMarkdown(`Forwarded from ${forwarded.trim()}:`));
  const text = markdownText(message);
  if (text) parts.push(text);
  parts.push(...extrasOf(message).map(plainTextToMarkdown));
  // A bot's link buttons, as links (http and https only).
  for (const button of (message.inline_bot_buttons ?? []).flat())
    if (button?.type === 'url' && /^https?:\/\//.test(button.data ?? ''))
      parts.push(
        `[${escapeLabel(button.text ?? button.data!)}](<${button.data!.replace(/[<>\s]/g, encodeURIComponent)}>)`,
      );
  if (call)
    parts.push(
      plainTextToMarkdown(
        `${message.action === 'phone_call' ? 'Call' : 'Group call'}${message.duration_seconds ? `, ${message.duration_seconds} s` : ''}${message.discard_reason === 'missed' ? ' (missed)' : ''}`,
      ),
    );
  parts.push(...notes.map(plainTextToMarkdown));
  if (parts.length === 0 && media.length === 0)
    return { type: 'skip', reason: 'message without words or media' };
  const data: ImportedData = {
    id: `telegram:${context.chat.id}-${message.id}`,
    kind: 'message',
    date,
    // Messages are private whatever the archive's default.
    visibility: 'private',
    conversation: context.conversation,
    thread: context.conversation,
    title: context.chat.name,
  };
  const from = senderOf(message);
  if (from) data.from = from;
  const sender = userId(message.from_id ?? message.actor_id);
  if (context.owner && sender) data.direction = sender === context.owner ? 'sent' : 'received';
  if (context.people.length > 0) data.people = context.people;
  if (
    typeof message.reply_to_message_id === 'number' &&
    message.reply_to_peer_id === undefined &&
    context.ids.has(message.reply_to_message_id)
  )
    data.inReplyTo = `telegram:${context.chat.id}-${message.reply_to_message_id}`;
  return {
    type: 'entry',
    entry: { data, body: parts.join('\n\n'), media, file: context.file },
  };
}

/** A shared contact, a location, a poll or a to-do list, as lines of text. */
function extrasOf(message: TelegramMessage): string[] {
  const lines: string[] = [];
  const contact = message.contact_information;
  if (contact) {
    const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ').trim();
    lines.push(`Contact: ${name || 'no name'}`);
  }
  const place = message.location_information;
  if (typeof place?.latitude === 'number' && typeof place.longitude === 'number')
    lines.push(`Location: ${place.latitude}, ${place.longitude}`);
  if (message.poll?.question)
    lines.push(
      [
        `Poll: ${message.poll.question}`,
        ...(message.poll.answers ?? []).map(
          (answer) => `- ${answer.text ?? ''} (${answer.voters ?? 0})`,
        ),
      ].join('\n'),
    );
  if (message.todo_list)
    lines.push(
      [
        `To do: ${message.todo_list.title ?? ''}`,
        ...(message.todo_list.answers ?? []).map((item) => `- ${item.text ?? ''}`),
      ].join('\n'),
    );
  return lines;
}
