/**
 * WhatsApp's "Export chat": one text file per chat (`_chat.txt` on iOS, `WhatsApp Chat with
 * X.txt` on Android) with the chat's media beside it when "Attach media" was chosen, as a zip,
 * a folder or the text file alone. One entry per message, always private, each answering the
 * one before it in its chat; WhatsApp's own notices (encryption, members, settings) and deleted
 * messages are skipped with a reason. Times have no zone: the archive's is applied.
 */
import { resolveDate } from '../archive/dates.ts';
import { shortHash } from '../archive/paths.ts';
import { whatsappSource, type PartOf } from '../archive/sources.ts';
import { ImportInputError, type FileView } from './file-view.ts';
import { plainTextToMarkdown } from './html.ts';
import { mediaType } from './meta-export.ts';
import type { ImportedData, ImportedMedia, Importer, ImportItem } from './types.ts';
import { parseChat, stripMarks, type ChatLine, type DateOrder } from './whatsapp-chat.ts';

/** A chat file's first lines: a message's start within them makes it a chat. */
const HEAD_LINES = 6;

/** Notices WhatsApp writes into the chat (English exports; Android's have no sender at all). */
const NOTICE =
  /end-to-end encrypted|changed (?:their phone number|the subject|this group's icon|the group description|to|their)|created (?:group|this group)|^\S.* (?:added|removed|left|joined using this group's invite link)\b|security code (?:with .* )?changed|is a contact|updated the message timer|turned (?:on|off) disappearing messages|pinned a message|^You (?:added|removed|left|joined|created|changed)|^Waiting for this message/i;
const DELETED = /^(?:You deleted this message|This message was deleted)\.?$/i;
const EDITED = /\s*<This message was edited>$/;
/** iOS: `<attached: 00000012-PHOTO-2022-03-27-21-41-55.jpg>` (the word is the phone's language). */
const IOS_ATTACHMENT = /<([^<>:]{1,40}):\s([^<>/\\]+\.[A-Za-z0-9]{1,6})>/;
/** Android: `IMG-20220323-WA0002.jpg (file attached)` on the message's first line. */
const ANDROID_ATTACHMENT = /^([^/\\\n]+\.[A-Za-z0-9]{1,6}) \(([^()\n]{1,40})\)(?:\n|$)/;

export const whatsappImporter: Importer<PartOf<typeof whatsappSource>> = {
  name: 'whatsapp',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const chats = await chatFiles(view);
    if (chats.length === 0) return 0;
    return chats.some((file) => /(^|\/)_chat\.txt$|whatsapp/i.test(file)) ? 0.9 : 0.6;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = await view.list();
    const chats = await chatFiles(view);
    if (chats.length === 0)
      throw new ImportInputError(
        `${view.label}: no WhatsApp chat here (_chat.txt, or "WhatsApp Chat with ….txt" whose lines start with a date and time): export a chat from WhatsApp (the chat → ⋮ or its name → Export chat) and point at the .zip, its folder or the .txt`,
      );
    const order: DateOrder | undefined = options.include.has('date-order-mdy')
      ? 'mdy'
      : options.include.has('date-order-dmy')
        ? 'dmy'
        : undefined;
    const owner = options.config.owner.trim();
    yield {
      type: 'warning',
      message: `WhatsApp writes times without a time zone: they are read in the archive's (${options.config.timeZone})`,
    };
    for (const file of chats) {
      const chat = parseChat(await view.text(file), order);
      yield {
        type: 'file',
        account: { file, status: 'read', records: chat.messages.length + chat.bad.length },
      };
      if (chat.ambiguous)
        yield {
          type: 'warning',
          message: `${file}: no date settles whether the day or the month comes first; read day first (--date-order mdy reads month first)`,
        };
      for (const bad of chat.bad)
        yield {
          type: 'skip',
          reason: 'message with an impossible date',
          detail: `${file}: line ${bad.line}: ${bad.reason}: ${bad.text}`,
          file,
        };
      const name = chatName(file, view.label);
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const present = new Set(files.filter((other) => other.startsWith(folder)));
      const conversation = `whatsapp:chat-${shortHash(`${folder}${name}`, 10)}`;
      const senders = [...new Set(chat.messages.flatMap((m) => m.sender ?? []))];
      const people = senders.filter((sender) => sender !== owner);
      // In time order; a stable sort keeps the file's order within a minute.
      const messages = [...chat.messages].sort((a, b) =>
        a.local < b.local ? -1 : a.local > b.local ? 1 : 0,
      );
      const seen = new Map<string, number>();
      let previous: string | undefined;
      for (const [index, message] of messages.entries()) {
        const item = messageItem(message, {
          file,
          folder,
          present,
          conversation,
          name,
          people,
          owner,
          first: index === 0,
          previous,
          seen,
          timeZone: options.config.timeZone,
        });
        if (item.type === 'entry') previous = item.entry.data.id;
        yield item;
      }
    }
  },
};

interface ChatContext {
  file: string;
  folder: string;
  present: Set<string>;
  conversation: string;
  name: string;
  people: string[];
  owner: string;
  first: boolean;
  previous?: string;
  /** How often each stamp, sender and text came before: two same photos in a minute are two. */
  seen: Map<string, number>;
  timeZone: string;
}

function messageItem(message: ChatLine, chat: ChatContext): ImportItem {
  const where = `${chat.file}: line ${message.line}`;
  const skip = (reason: string): ImportItem => ({
    type: 'skip',
    reason,
    detail: `${where}: ${message.text.slice(0, 80)}`,
    file: chat.file,
  });
  if (!message.sender) return skip('WhatsApp notice (encryption, members, settings)');
  let text = message.text.replace(EDITED, '').trim();
  if (message.generated && NOTICE.test(text))
    return skip('WhatsApp notice (encryption, members, settings)');
  if (DELETED.test(text)) return skip('message deleted before the export');
  if (text === 'null') return skip('message WhatsApp exported as "null" (a view-once message)');
  const media: ImportedMedia[] = [];
  const missing: string[] = [];
  const attach = (name: string) => {
    const from = `${chat.folder}${name.trim()}`;
    if (chat.present.has(from)) media.push({ from, type: mediaType(from) });
    else missing.push(name.trim());
  };
  const ios = IOS_ATTACHMENT.exec(text);
  const android = ios ? null : ANDROID_ATTACHMENT.exec(text);
  if (ios && (chat.present.has(`${chat.folder}${ios[2]!.trim()}`) || /attached/i.test(ios[1]!))) {
    attach(ios[2]!);
    text = text.replace(ios[0], '').trim();
  } else if (
    android &&
    (chat.present.has(`${chat.folder}${android[1]!.trim()}`) || /file attached/i.test(android[2]!))
  ) {
    attach(android[1]!);
    text = text.slice(android[0].length).trim();
  }
  // WhatsApp's first line in a language other than English: its encryption notice.
  if (chat.first && message.generated && media.length === 0 && missing.length === 0)
    return skip('WhatsApp notice (encryption, members, settings)');
  const notes = missing.map((name) => `(${name}: not in the export)`);
  const body = [text, ...notes].filter(Boolean).join('\n\n');
  if (!body && media.length === 0) return skip('message without words or media');
  const key = `${message.local}\n${message.sender}\n${message.text}`;
  const occurrence = chat.seen.get(key) ?? 0;
  chat.seen.set(key, occurrence + 1);
  const data: ImportedData = {
    id: `whatsapp:${chat.conversation.slice('whatsapp:chat-'.length)}-${message.local.replace(/\D/g, '')}-${shortHash(`${key}\n${occurrence}`, 6)}`,
    kind: 'message',
    date: resolveDate(message.local, chat.timeZone),
    // Messages are private whatever the archive's default.
    visibility: 'private',
    conversation: chat.conversation,
    title: chat.name,
    from: message.sender,
  };
  if (chat.owner) data.direction = message.sender === chat.owner ? 'sent' : 'received';
  if (chat.people.length > 0) data.people = chat.people;
  if (chat.previous) data.inReplyTo = chat.previous;
  return {
    type: 'entry',
    entry: { data, body: plainTextToMarkdown(body), media, file: chat.file },
  };
}

/**
 * The chat's name: from its file (`WhatsApp Chat with Ana.txt`, `WhatsApp Chat - Ana.txt`), or
 * for `_chat.txt` from its folder or the zip it came in.
 */
export function chatName(file: string, label: string): string {
  const parts = file.split('/');
  let name = parts.pop()!;
  if (name === '_chat.txt')
    name = parts.pop() ?? label.replace(/\\/g, '/').split('/').pop() ?? 'WhatsApp chat';
  name = stripMarks(name)
    .replace(/\.(txt|zip)$/i, '')
    .replace(/^WhatsApp Chat(?: with| -)?\s*/i, '')
    .trim();
  return name || 'WhatsApp chat';
}

/** The text files of the view whose first lines hold a message's start. */
async function chatFiles(view: FileView): Promise<string[]> {
  const chats: string[] = [];
  for (const file of await view.list()) {
    if (!/\.txt$/i.test(file)) continue;
    const head = (await view.text(file))
      .slice(0, 4000)
      .split(/\r\n|\r|\n/, HEAD_LINES)
      .join('\n');
    if (parseChat(head).messages.length > 0) chats.push(file);
  }
  return chats;
}
