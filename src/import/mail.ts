/**
 * Mail: mbox files (Google Takeout's multi-gigabyte "All mail" included: read as a stream,
 * one message at a time), single .eml files and Maildir folders. MIME is parsed by postal-mime;
 * plain text is preferred, HTML is sanitized into Markdown (remote images become links, so
 * opening a mail never pings a tracker). Every mail is private; threads follow In-Reply-To.
 */
import { createHash } from 'node:crypto';

import PostalMime from 'postal-mime';

import { inZone, parseIsoParts, parseRfc822Date } from '../archive/dates.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { damagedFile } from './coverage.ts';
import { FileTooLargeError } from './view-limits.ts';
import { oneRecord, tooLarge } from './records.ts';
import { htmlToMarkdown, plainTextToMarkdown } from './html.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer } from './types.ts';
import { mailSource, type PartOf } from '../archive/sources.ts';

/** How often a mailbox's progress is told, in bytes read. */
const PROGRESS_BYTES = 8 << 20;

/** Largest message read; a larger one is skipped with a warning. @default 100 MiB */
export const MAX_MESSAGE_BYTES = 100 * 1024 ** 2;

const MBOX = /\.mbox$/i;
const ENVELOPE =
  /^From \S*\s+(\w{3} \w{3}\s+\d{1,2} \d{1,2}:\d{2}|\w{3},? \d{1,2} \w{3} \d{4}|\d{4}-\d{2}-\d{2})/;
const EML = /\.eml$/i;
const MAILDIR = /(^|\/)(cur|new)\/[^/]+$/;

/**
 * Splits an mbox stream into messages: a message starts at a `From ` line at the start of the
 * file or after an empty line (the Content-Length header is not trusted). `>From ` lines lose
 * one `>` (mboxrd; for mboxo the result is the same for the usual single `>`).
 */
export async function* splitMbox(
  chunks: AsyncIterable<Buffer>,
): AsyncIterable<{ envelope: string; raw: Buffer } | { tooLarge: string }> {
  let pending: Buffer = Buffer.alloc(0);
  let lines: Buffer[] = [];
  let size = 0;
  let envelope: string | undefined;
  let previousBlank = true;
  let tooLarge = false;
  const flush = function* () {
    if (envelope !== undefined) {
      if (tooLarge) yield { tooLarge: envelope };
      else yield { envelope, raw: Buffer.concat(lines) };
    }
    lines = [];
    size = 0;
    tooLarge = false;
  };
  const take = function* (line: Buffer) {
    // An envelope line: `From <sender> <asctime date>`; a body line "From here on…" is not one.
    const isFrom =
      line.length >= 5 &&
      line[0] === 0x46 &&
      ENVELOPE.test(line.subarray(0, 200).toString('latin1'));
    if (isFrom && previousBlank) {
      yield* flush();
      envelope = line.toString('latin1').trimEnd();
      previousBlank = false;
      return;
    }
    const stripped = line.toString('latin1').replace(/\r?\n$/, '');
    previousBlank = stripped === '';
    if (envelope === undefined) return; // text before the first From line is not a message
    const unescaped = /^>+From /.test(stripped) ? line.subarray(1) : line;
    size += unescaped.length;
    if (size > MAX_MESSAGE_BYTES) tooLarge = true;
    else lines.push(unescaped);
  };
  for await (const chunk of chunks) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (
      let newline = pending.indexOf(0x0a, start);
      newline >= 0;
      newline = pending.indexOf(0x0a, start)
    ) {
      yield* take(pending.subarray(start, newline + 1));
      start = newline + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length) yield* take(pending); // a missing final newline
  yield* flush();
}

const idOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20);
const messageKey = (id: string) => id.trim().replace(/^<|>$/g, '').toLowerCase();

/** Mail text as Markdown: line breaks kept, an empty line still separating paragraphs. */
const escapeMarkdown = (text: string) =>
  plainTextToMarkdown(text.replace(/\r\n?/g, '\n')).replace(/\\\n\\\n/g, '\n\n');

export interface MailOptions {
  timeZone: string;
  /** The owner's addresses, lower case. */
  addresses: string[];
  skipLists: boolean;
  maxAttachmentBytes: number;
  includeSpam: boolean;
  /** The archive's people file: address → name. */
  people: Map<string, string>;
}

/** One message as an entry, or the reason it is skipped. */
export async function mailEntry(
  raw: Buffer,
  file: string,
  options: MailOptions,
  envelope?: string,
  /** The file's modification time (ms), the last clue to a date-less message's date. */
  fileTime?: number,
): Promise<
  | { data: ImportedData; body: string; media: ImportedMedia[]; warnings: string[] }
  | { skip: string }
> {
  const { timeZone } = options;
  let mail: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    mail = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    return { skip: `unreadable message (${(error as Error).message})` };
  }
  const header = (name: string) =>
    mail.headers.find((item) => item.key === name.toLowerCase())?.value;
  // Gmail labels: comma-separated, a label with a comma in double quotes.
  const labels = [...(header('x-gmail-labels') ?? '').matchAll(/"([^"]*)"|([^,]+)/g)]
    .map((match) => (match[1] ?? match[2] ?? '').trim())
    .filter(Boolean);
  if (!options.includeSpam && labels.some((label) => /^(spam|trash)$/i.test(label)))
    return { skip: 'in Spam or Trash' };
  if (options.skipLists && header('list-id')) return { skip: 'mailing-list mail (mail.skipLists)' };
  const envelopeDate = envelope ? /From \S+\s+(.+)$/.exec(envelope)?.[1] : undefined;
  // A missing or broken Date: the envelope's From line, else the Received hops (the first that
  // has a date), else the file's time; flagged in `dateSource`. A message is never lost for it.
  const sent = realDate(parseRfc822Date(header('date')));
  const fallback = sent
    ? undefined
    : (datedBy(
        'mbox-envelope',
        realDate(parseRfc822Date(envelopeDate ? toRfc822(envelopeDate) : undefined)),
      ) ??
      mail.headers
        .filter((item) => item.key === 'received')
        .map((item) =>
          datedBy(
            'received-header',
            realDate(parseRfc822Date(item.value.split(';').pop()?.trim())),
          ),
        )
        .find(Boolean) ??
      datedBy(
        'file-time',
        fileTime === undefined || !Number.isFinite(fileTime) || fileTime <= 0
          ? undefined
          : inZone(new Date(fileTime).toISOString(), timeZone),
      ));
  const date = sent ?? fallback?.date;
  if (!date) return { skip: 'message without any date (no Date, envelope, Received or file time)' };
  const messageId = mail.messageId ? messageKey(mail.messageId) : undefined;
  const key = messageId ?? `${header('from')}\n${header('date')}\n${mail.subject}`;
  const data: ImportedData = {
    id: `mail:${idOf(key)}`,
    kind: 'email',
    date: /[+-]\d{2}:\d{2}$/.test(date) ? inZone(date, timeZone) : date,
    visibility: 'private',
  };
  if (mail.subject) data.title = mail.subject;
  const people = [mail.from, ...(mail.to ?? []), ...(mail.cc ?? [])]
    .flatMap((address) =>
      address && 'group' in address && address.group ? address.group : address ? [address] : [],
    )
    // The owner is not a correspondent; the people file names everyone it knows.
    .filter((address) => !options.addresses.includes((address.address ?? '').toLowerCase()))
    .map((address) =>
      (
        options.people.get((address.address ?? '').toLowerCase()) ||
        address.name ||
        address.address ||
        ''
      ).trim(),
    )
    .filter(Boolean);
  if (people.length > 0) data.people = [...new Set(people)];
  // Sender and recipients as the mail names them, `Name <address>`, for its header block.
  const sender = mailboxesOf([mail.from])[0];
  if (sender) data.from = sender;
  const to = mailboxesOf(mail.to ?? []);
  if (to.length > 0) data.to = to;
  const cc = mailboxesOf(mail.cc ?? []);
  if (cc.length > 0) data.cc = cc;
  const tags = labels.filter(
    (label) =>
      !/^(inbox|sent|important|opened|unread|starred|archived)$/i.test(label) &&
      !label.startsWith('Category '),
  );
  if (tags.length > 0) data.tags = [...new Set(tags)];
  // The parent: In-Reply-To, else the last of References; the conversation: Gmail's thread id,
  // else the first of References (the message that started it).
  const references = (mail.references ?? '').split(/\s+/).filter(Boolean);
  const parent = mail.inReplyTo?.split(/\s+/).filter(Boolean).pop() ?? references.at(-1);
  if (parent) data.inReplyTo = `mail:${idOf(messageKey(parent))}`;
  const gmailThread = header('x-gm-thrid')?.trim();
  if (gmailThread && /^\d+$/.test(gmailThread)) data.thread = `gmail:${gmailThread}`;
  else if (references[0]) data.thread = `mail:${idOf(messageKey(references[0]))}`;
  if (messageId) data.messageId = messageId;
  if (fallback) data.dateSource = fallback.source;
  const body = mail.text?.trim()
    ? escapeMarkdown(mail.text.trim())
    : mail.html
      ? htmlToMarkdown(mail.html)
      : '';
  const from = mail.from && 'address' in mail.from ? (mail.from.address ?? '').toLowerCase() : '';
  if (options.addresses.length > 0)
    data.direction = options.addresses.includes(from) ? 'sent' : 'received';
  const media: ImportedMedia[] = [];
  const warnings: string[] = [];
  // A charset no decoder knows is decoded best-effort by the MIME parser: say so.
  const unknown = charsetsOf(raw).filter((charset) => !knownCharset(charset));
  if (unknown.length > 0)
    warnings.push(`${data.id}: unknown charset ${unknown.join(', ')}; decoded best-effort`);
  for (const attachment of mail.attachments) {
    const bytes = new Uint8Array(attachment.content as ArrayBuffer);
    if (bytes.length > options.maxAttachmentBytes) {
      warnings.push(
        `${data.id}: attachment ${attachment.filename ?? ''} (${bytes.length} bytes) is over mail.maxAttachmentBytes; not kept`,
      );
      continue;
    }
    const name = (attachment.filename ?? 'attachment').replace(/[^\w.-]+/g, '_');
    // The declared Content-Type and name are the sender's word: the writer types it by its bytes.
    media.push({ from: name.includes('.') ? name : `${name}.bin`, bytes, type: 'file' });
  }
  return { data, body, media, warnings };
}

/** The charsets a raw message names, found without turning the whole message into a string. */
function charsetsOf(raw: Buffer): string[] {
  const found = new Set<string>();
  for (const spelling of ['charset', 'Charset', 'CHARSET']) {
    for (let at = raw.indexOf(spelling); at >= 0; at = raw.indexOf(spelling, at + 7)) {
      const match = /^\s*=\s*"?([\w.:+-]+)/.exec(raw.toString('latin1', at + 7, at + 80));
      if (match) found.add(match[1]!);
    }
  }
  return [...found];
}

function knownCharset(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return /^(utf-?7|x-user-defined|us-ascii|ascii|iso-2022-\w+)$/i.test(charset);
  }
}

/**
 * `Fri Sep 20 12:27:56 2019` (asctime, in mbox From lines) → RFC 822 in UTC; Gmail's Takeout
 * writes `Mon Jan 01 10:00:00 +0000 2024`, with the offset before the year.
 */
function toRfc822(asctime: string): string {
  const match =
    /^\w{3}\s+(\w{3})\s+(\d{1,2})\s+(\d{2}:\d{2}:\d{2})\s+(?:([+-]\d{4})\s+)?(\d{4})/.exec(
      asctime.trim(),
    );
  return match ? `${match[2]} ${match[1]} ${match[5]} ${match[3]} ${match[4] ?? '+0000'}` : asctime;
}

export const mailImporter: Importer<PartOf<typeof mailSource>> = {
  name: 'mail',
  version: '2',

  async detect(view: FileView): Promise<number> {
    return (await view.list()).some(
      (file) => MBOX.test(file) || EML.test(file) || MAILDIR.test(file),
    )
      ? 0.8
      : 0;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = await view.list();
    const messages = files.filter(
      (file) => MBOX.test(file) || EML.test(file) || MAILDIR.test(file),
    );
    if (messages.length === 0)
      throw new ImportInputError(
        `${view.label}: no .mbox, .eml or Maildir (cur/, new/) files here`,
      );
    const settings: MailOptions = {
      timeZone: options.config.timeZone,
      addresses: options.config.mail.addresses.map((address) => address.toLowerCase()),
      skipLists: options.config.mail.skipLists,
      maxAttachmentBytes: options.config.mail.maxAttachmentBytes,
      includeSpam: options.include.has('spam'),
      people: options.people,
    };
    for (const file of messages) {
      const fileTime = await view.modified(file);
      if (MBOX.test(file)) {
        const head = (await view.stream(file))[Symbol.asyncIterator]();
        const first = await head.next();
        const start = first.done ? Buffer.alloc(0) : first.value;
        if (start.toString('latin1').trim() === '') {
          yield* emptyFile(file);
          continue;
        }
        if (!start.subarray(0, 5).equals(Buffer.from('From '))) {
          // Named in the report and skipped; the other mailboxes are still imported.
          yield damagedFile(file, 'not an mbox (it does not start with a "From " line)');
          continue;
        }
        const rest = { [Symbol.asyncIterator]: () => head };
        let read = 0;
        const stream = (async function* () {
          if (!first.done) yield ((read += first.value.length), first.value);
          for await (const chunk of rest) yield ((read += chunk.length), chunk);
        })();
        const total = await view.size(file);
        let reported = 0;
        let count = 0;
        for await (const message of splitMbox(stream)) {
          count++;
          if (read - reported >= PROGRESS_BYTES) {
            reported = read;
            yield { type: 'progress', done: read, total, unit: 'bytes' };
          }
          if ('tooLarge' in message) {
            yield {
              type: 'skip',
              reason: `message over ${MAX_MESSAGE_BYTES} bytes`,
              detail: `${file}: ${message.tooLarge}`,
              file,
            };
            continue;
          }
          yield* oneRecord(file, count - 1, message, async function* () {
            yield* toItem(
              await mailEntry(message.raw, file, settings, message.envelope, fileTime),
              `${file} #${count}`,
              file,
            );
          });
        }
        // Every message between "From " lines is one record: an entry or a skip, each counted.
        yield { type: 'file', account: { file, status: 'read', records: count } };
      } else {
        let raw: Buffer;
        try {
          raw = await view.buffer(file);
        } catch (error) {
          if (!(error instanceof FileTooLargeError)) throw error;
          yield tooLarge(error, file);
          yield { type: 'file', account: { file, status: 'read', records: 1 } };
          continue;
        }
        if (raw.toString('latin1').trim() === '') {
          yield* emptyFile(file);
          continue;
        }
        yield { type: 'file', account: { file, status: 'read', records: 1 } };
        yield* oneRecord(file, 0, {}, async function* () {
          yield* toItem(await mailEntry(raw, file, settings, undefined, fileTime), file, file);
        });
      }
    }
  },
};

type DateClue = 'mbox-envelope' | 'received-header' | 'file-time';
const datedBy = (source: DateClue, date: string | undefined) =>
  date ? { date, source } : undefined;

/** The date, unless no calendar has it (31 February, year 0): then the next clue is used. */
const realDate = (date: string | undefined) => (date && parseIsoParts(date) ? date : undefined);

function* toItem(
  result: Awaited<ReturnType<typeof mailEntry>>,
  where: string,
  file: string,
): Iterable<ImportItem> {
  if ('skip' in result)
    return void (yield { type: 'skip', reason: result.skip, detail: where, file });
  for (const message of result.warnings) yield { type: 'warning', message };
  yield {
    type: 'entry',
    entry: { data: result.data, body: result.body, media: result.media, file },
  };
}

/** An empty mailbox or .eml: the one kind of file mail skips whole; said in the report. */
function* emptyFile(file: string): Iterable<ImportItem> {
  yield { type: 'file', account: { file, status: 'not-imported', reason: 'an empty file' } };
  yield { type: 'skip', reason: 'empty file', detail: file, file };
}

type Mailbox = { name?: string; address?: string; group?: Mailbox[] };

/** `Name <address>` for each mailbox, groups opened; an address or a name alone when that is all. */
function mailboxesOf(list: (Mailbox | undefined)[]): string[] {
  return list
    .flatMap((item) => (item?.group ? item.group : item ? [item] : []))
    .map((item) => {
      const name = (item.name ?? '').replace(/[\r\n]+/g, ' ').trim();
      const address = (item.address ?? '').trim();
      return name && address ? `${name} <${address}>` : name || address;
    })
    .filter(Boolean);
}
