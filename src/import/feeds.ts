/**
 * Feeds: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed, one entry per item. Ids come from the
 * guid (else link and date), relative URLs are resolved against xml:base and the feed, HTML is
 * sanitized into Markdown. The XML parser never reads a DTD: the DOCTYPE is removed first, so
 * external entities and entity bombs have nothing to expand.
 */
import { createHash } from 'node:crypto';

import chardet from 'chardet';
import { XMLParser } from 'fast-xml-parser';

import { inZone, parseRfc822Date, resolveDate } from '../archive/dates.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { escapeMarkup, htmlToMarkdown, htmlToText } from './html.ts';
import { damagedFile } from './coverage.ts';
import { eachFile, oneRecord } from './records.ts';
import type { ImportedData, ImportItem, Importer, ImportOptions } from './types.ts';
import { feedSource, type PartOf } from '../archive/sources.ts';

export interface ParsedFeed {
  title?: string;
  /** The feed's own date, for items that have none. */
  feedDate?: string;
  items: FeedItem[];
}

/** A feed item in a common shape, before it becomes an entry. */
export interface FeedItem {
  /** Why the item cannot be read (a JSON Feed item that is not an object). */
  problem?: string;
  guid?: string;
  link?: string;
  title?: string;
  html?: string;
  text?: string;
  date?: string;
  tags: string[];
  enclosures: { url: string; type?: string }[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) =>
    ['item', 'entry', 'link', 'category', 'enclosure', 'dc:subject'].includes(name),
});

/** Decodes feed bytes: BOM, then the XML declaration's encoding, else UTF-8, else windows-1252. */
export function decodeFeed(bytes: Buffer): { text: string; warning?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8') };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const declared = /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(
    bytes.subarray(0, 200).toString('latin1'),
  )?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes) };
    } catch {
      return {
        text: bytes.toString('utf8'),
        warning: `unknown encoding "${declared}", read as UTF-8`,
      };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // No declaration and not UTF-8 (Latin-1 served without a header, Big5, Shift_JIS…): guess.
    const guess = chardet.detect(bytes) ?? 'windows-1252';
    try {
      return {
        text: new TextDecoder(guess).decode(bytes),
        warning: `no encoding declared and not UTF-8; read as ${guess} (a guess)`,
      };
    } catch {
      return {
        text: new TextDecoder('windows-1252').decode(bytes),
        warning: 'no encoding declared and not UTF-8; read as windows-1252',
      };
    }
  }
}

const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && '#text' in (value as object))
    return String((value as Record<string, unknown>)['#text']);
  if (typeof value === 'number') return String(value);
  return undefined;
};

function resolve(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return /^https?:\/\//i.test(url) ? url : undefined;
  }
}

/** Resolves relative href and src attributes in HTML against `base`. */
function absolutize(html: string, base: string | undefined): string {
  if (!base) return html;
  return html.replace(
    /\b(href|src)=(["'])([^"']*)\2/gi,
    (match, name: string, quote: string, url: string) => {
      const absolute = resolve(url, base);
      return absolute ? `${name}=${quote}${absolute}${quote}` : match;
    },
  );
}

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value ? [value] : []) as Node[];

/** Parses feed text (XML or JSON Feed) into items. Throws ImportInputError naming `label`. */
export function parseFeed(source: string, label: string, feedUrl?: string): ParsedFeed {
  const trimmed = source.trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, label, feedUrl);
  const start = trimmed.search(/<(rss|feed|rdf:RDF|RDF)\b/);
  if (start < 0)
    throw new ImportInputError(
      `${label}: not a feed (no <rss>, <feed> or <rdf:RDF> element); is it an HTML page?`,
    );
  // Everything before the root element goes, the XML declaration and any DOCTYPE with it.
  const xml = trimmed.slice(start);
  let document: Node;
  try {
    document = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new ImportInputError(
      `${label}: not well-formed XML (${(error as Error).message.split('\n')[0]})`,
      { cause: error },
    );
  }
  const feed = document.feed as Node | undefined;
  if (feed) return parseAtom(feed, feedUrl);
  const rss = document.rss as Node | undefined;
  const rdf = (document['rdf:RDF'] ?? document.RDF) as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
  const items = nodes(rss ? channel?.item : rdf?.item);
  const base = resolve(text(nodes(channel?.link)[0]), feedUrl) ?? feedUrl;
  const feedDate = parseRfc822Date(
    text(channel?.pubDate) ?? text(channel?.lastBuildDate) ?? text(channel?.['dc:date']),
  );
  return {
    title: text(channel?.title),
    feedDate,
    items: items.map((item) => {
      const link = resolve(
        text(nodes(item.link)[0]) ?? (item['@rdf:about'] as string | undefined),
        base,
      );
      const html = text(item['content:encoded']) ?? text(item.description);
      return {
        guid: text(item.guid) ?? (item['@rdf:about'] as string | undefined),
        link,
        title: text(item.title),
        html: html === undefined ? undefined : absolutize(html, link ?? base),
        date: parseRfc822Date(text(item.pubDate) ?? text(item['dc:date'])),
        tags: [...nodes(item.category), ...nodes(item['dc:subject'])]
          .map(text)
          .filter((tag): tag is string => !!tag),
        enclosures: [...nodes(item.enclosure), ...nodes(item['enc:enclosure'])]
          .map((enclosure) => ({
            url: resolve((enclosure['@url'] ?? enclosure['@rdf:resource']) as string, base) ?? '',
            type: (enclosure['@type'] ?? enclosure['@enc:type']) as string | undefined,
          }))
          .filter((enclosure) => enclosure.url),
      };
    }),
  };
}

function parseAtom(feed: Node, feedUrl: string | undefined): ParsedFeed {
  const feedBase = resolve(feed['@xml:base'] as string | undefined, feedUrl) ?? feedUrl;
  const alternate = (links: Node[], base: string | undefined) =>
    resolve(
      (links.find((link) => !link['@rel'] || link['@rel'] === 'alternate')?.['@href'] as
        string | undefined) ?? undefined,
      base,
    );
  return {
    title: text(feed.title),
    feedDate: parseRfc822Date(text(feed.updated)),
    items: nodes(feed.entry).map((entry) => {
      const base = resolve(entry['@xml:base'] as string | undefined, feedBase) ?? feedBase;
      const links = nodes(entry.link);
      const link = alternate(links, base);
      const content = (entry.content ?? entry.summary) as Node | string | undefined;
      const type =
        typeof content === 'object' ? (content['@type'] as string | undefined) : undefined;
      const body = text(content);
      const html =
        body === undefined
          ? undefined
          : type === 'text' || type === undefined
            ? undefined
            : absolutize(body, link ?? base);
      return {
        guid: text(entry.id),
        link,
        title: text(entry.title),
        html,
        text: html === undefined ? body : undefined,
        date: parseRfc822Date(
          text(entry.published) ?? text(entry.updated) ?? text(entry['dc:date']),
        ),
        tags: nodes(entry.category)
          .map((category) => (category['@term'] as string | undefined) ?? text(category))
          .filter((tag): tag is string => !!tag),
        enclosures: links
          .filter((item) => item['@rel'] === 'enclosure')
          .map((item) => ({
            url: resolve(item['@href'] as string, base) ?? '',
            type: item['@type'] as string | undefined,
          }))
          .filter((item) => item.url),
      };
    }),
  };
}

function parseJsonFeed(source: string, label: string, feedUrl: string | undefined): ParsedFeed {
  let feed: { version?: string; title?: string; home_page_url?: string; items?: Node[] };
  try {
    feed = JSON.parse(source) as typeof feed;
  } catch (error) {
    throw new ImportInputError(
      `${label}: not valid JSON (${(error as Error).message}); the feed may be cut off`,
      { cause: error },
    );
  }
  if (
    typeof feed.version !== 'string' ||
    !feed.version.startsWith('https://jsonfeed.org/version/') ||
    !Array.isArray(feed.items)
  ) {
    throw new ImportInputError(
      `${label}: JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/…" and "items")`,
    );
  }
  const base = feedUrl ?? feed.home_page_url;
  return {
    title: feed.title,
    items: feed.items.map((item) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        return {
          problem: `item is ${item === null ? 'null' : 'not an object'}`,
          tags: [],
          enclosures: [],
        };
      const link = resolve((item.url ?? item.external_url) as string | undefined, base);
      return {
        guid: item.id === undefined ? undefined : String(item.id),
        link,
        title: item.title as string | undefined,
        html:
          typeof item.content_html === 'string'
            ? absolutize(item.content_html, link ?? base)
            : undefined,
        text: (item.content_text ?? item.summary) as string | undefined,
        date: parseRfc822Date((item.date_published ?? item.date_modified) as string | undefined),
        tags: Array.isArray(item.tags) ? (item.tags as unknown[]).map(String) : [],
        enclosures: nodes(item.attachments)
          .map((attachment) => ({
            url: resolve(attachment.url as string, base) ?? '',
            type: attachment.mime_type as string | undefined,
          }))
          .filter((attachment) => attachment.url),
      };
    }),
  };
}

export const feedImporter: Importer<PartOf<typeof feedSource>> = {
  name: 'feed',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    if (files.length !== 1) return 0;
    const head = (await view.buffer(files[0]!)).subarray(0, 1024).toString('latin1');
    return /<(rss|feed|rdf:RDF)\b/.test(head) ||
      /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head)
      ? 0.9
      : 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const { timeZone } = options.config;
    const files = await view.list();
    yield* eachFile(files, async function* (file) {
      const { text: source, warning } = decodeFeed(await view.buffer(file));
      if (warning) yield { type: 'warning', message: `${view.label}: ${warning}` };
      const feedUrl = /^https?:\/\//.test(view.label) ? view.label : undefined;
      let parsed: ParsedFeed;
      try {
        parsed = parseFeed(source, view.label, feedUrl);
      } catch (error) {
        // One feed is the export: it is refused whole. Of several, a broken one is damaged.
        if (files.length === 1 || !(error instanceof ImportInputError)) throw error;
        return void (yield damagedFile(file, error.message.replace(`${view.label}: `, '')));
      }
      const { items, feedDate } = parsed;
      // Every item is one record: an entry or a skip, counted against the feed's file.
      yield { type: 'file', account: { file, status: 'read', records: items.length } };
      for (const [index, item] of items.entries())
        yield* oneRecord(
          view.label,
          index,
          item,
          () => feedItemItems(item, { label: view.label, file, feedDate, timeZone }),
          file,
        );
    });
  },
};

/** One feed item as an entry, or why it is skipped. */
function* feedItemItems(
  item: FeedItem,
  {
    label,
    file,
    feedDate,
    timeZone,
  }: { label: string; file: string; feedDate?: string; timeZone: string },
): Iterable<ImportItem> {
  if (item.problem) throw new Error(item.problem);
  // Stable ids: the guid, else link and date, else what the item says.
  const key =
    item.guid ??
    (item.link
      ? `${item.link} ${item.date ?? ''}`
      : item.title || item.html || item.text
        ? `${item.title ?? ''}\n${item.html ?? item.text ?? ''}`
        : undefined);
  if (!key) {
    yield {
      type: 'skip',
      reason: 'feed item without a guid or a link',
      detail: `${label}: ${item.title ?? ''}`,
      file,
    };
    return;
  }
  const date = item.date ?? feedDate;
  if (!date) {
    yield {
      type: 'skip',
      reason: 'feed item without a date (nor a date of the feed)',
      detail: `${label}: ${item.title ?? key}`,
      file,
    };
    return;
  }
  if (!item.date)
    yield {
      type: 'warning',
      message: `${label}: "${item.title ?? key}" has no date; the feed's date is used`,
    };
  const body = [
    item.html !== undefined ? htmlToMarkdown(item.html) : escapeMarkup(item.text ?? ''),
  ];
  for (const enclosure of item.enclosures)
    body.push(`Enclosure: <${enclosure.url}>${enclosure.type ? ` (${enclosure.type})` : ''}`);
  const data: ImportedData = {
    id: `feed:${createHash('sha256').update(key).digest('hex').slice(0, 20)}`,
    kind: item.title?.trim() ? 'article' : 'post',
    date: /[+-]\d{2}:\d{2}$|Z$/.test(date) ? inZone(date, timeZone) : resolveDate(date, timeZone),
  };
  const title = item.title ? htmlToText(item.title) : '';
  if (title) data.title = title;
  if (item.tags.length > 0)
    data.tags = [...new Set(item.tags.map((tag) => tag.trim()).filter(Boolean))];
  if (item.link && /^https?:/.test(item.link)) data.url = item.link;
  yield {
    type: 'entry',
    entry: { data, body: body.filter(Boolean).join('\n\n'), media: [], file },
  };
}
