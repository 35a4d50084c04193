/**
 * Pocket's exports (the service closed in 2025), both generations: the old `ril_export.html`
 * (an "Unread" and a "Read Archive" list of `<a href time_added tags>`) and the 2025 zip of
 * `part_NNNNNN.csv` (`title,url,time_added,tags,status`, tags `|`-separated) with highlights in
 * `annotations/part_NNNNNN.json`, each quoted in its bookmark's text. One entry of kind
 * `bookmark` per saved link, dated when it was saved; `readingStatus` says unread or read.
 */
import { parse } from 'csv-parse/sync';
import { Parser } from 'htmlparser2';

import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { pocketSource, type PartOf } from '../archive/sources.ts';
import {
  bookmarkId,
  cleanTags,
  epochDate,
  headOf,
  recordsOf,
  webAddress,
  where,
} from './item-helpers.ts';
import type { ImportedData, ImportItem, Importer, ImportOptions } from './types.ts';

const CSV_PART = /(^|\/)part_\d+\.csv$/;
const ANNOTATIONS = /(^|\/)annotations\/[^/]+\.json$/;
const HTML_EXPORT = /(^|\/)ril_export\.html?$/i;
const CSV_HEADER = /^\uFEFF?title,url,time_added,(?:[a-z_]+,)*tags,status\s*$/m;

interface SavedLink {
  url: string;
  title: string;
  timeAdded?: string;
  tags: string[];
  read: boolean;
}

export const pocketImporter: Importer<PartOf<typeof pocketSource>> = {
  name: 'pocket',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    if (files.some((file) => HTML_EXPORT.test(file))) return 1;
    for (const file of files.filter((name) => name.endsWith('.csv')).slice(0, 5)) {
      const head = await headOf(view, file, 512);
      if (CSV_HEADER.test(head.split('\n')[0] ?? '')) return CSV_PART.test(file) ? 1 : 0.8;
    }
    for (const file of files.filter((name) => /\.html?$/i.test(name)).slice(0, 5)) {
      const head = await headOf(view, file, 1024);
      if (/<title>\s*Pocket Export\s*<\/title>/i.test(head)) return 1;
    }
    return 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const { timeZone } = options.config;
    const files = await view.list();
    const csvs: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.csv')))
      if (CSV_HEADER.test((await view.text(file)).split('\n')[0] ?? '')) csvs.push(file);
    const htmls = files.filter(
      (file) => HTML_EXPORT.test(file) || (/\.html?$/i.test(file) && files.length === 1),
    );
    if (csvs.length === 0 && htmls.length === 0)
      throw new ImportInputError(
        `${view.label}: no Pocket export here: expected ril_export.html or part_000000.csv (with the header title,url,time_added,tags,status)`,
      );
    const highlights = new Map<string, string[]>();
    for (const file of files.filter((name) => ANNOTATIONS.test(name)))
      yield* readAnnotations(view, file, highlights);
    for (const file of htmls) {
      const links = parseRilExport(await view.text(file), file, view.label);
      yield { type: 'file', account: { file, status: 'read', records: links.length } };
      yield* entries(file, links, highlights, timeZone);
    }
    for (const file of csvs) {
      const links = parsePocketCsv(await view.text(file), file, view.label);
      yield { type: 'file', account: { file, status: 'read', records: links.length } };
      yield* entries(file, links, highlights, timeZone);
    }
    for (const url of highlights.keys())
      yield { type: 'warning', message: `highlights of ${url}, which the export does not list` };
  },
};

function entries(
  file: string,
  links: SavedLink[],
  highlights: Map<string, string[]>,
  timeZone: string,
): AsyncGenerator<ImportItem> {
  return recordsOf(file, links, function* (link: SavedLink) {
    const url = webAddress(link.url);
    if (!url) return yield { type: 'skip', reason: 'saved link that is not a web address', file };
    const date = epochDate(link.timeAdded, timeZone);
    if (!date) return yield { type: 'skip', reason: 'saved link without time_added', file };
    const tags = cleanTags(link.tags);
    // Pocket writes the URL as the title of a page it could not read.
    const title = link.title.trim() && link.title.trim() !== url ? link.title.trim() : undefined;
    const data: ImportedData = {
      id: bookmarkId('pocket', url),
      kind: 'bookmark',
      date,
      ...(title ? { title } : {}),
      ...(tags ? { tags } : {}),
      url,
      readingStatus: link.read ? 'read' : 'unread',
    };
    const quotes = highlights.get(url) ?? [];
    highlights.delete(url);
    const body = quotes.map((quote) => quote.replace(/^/gm, '> ')).join('\n\n');
    yield { type: 'entry', entry: { data, body, media: [], file } };
  });
}

/** ril_export.html: the links under "Unread", then under "Read Archive". */
export function parseRilExport(text: string, file: string, label: string): SavedLink[] {
  const links: SavedLink[] = [];
  let section = '';
  let heading: string | undefined;
  let current: SavedLink | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'h1') heading = '';
        else if (name === 'a' && attributes.href !== undefined) {
          current = {
            url: attributes.href.trim(),
            title: '',
            timeAdded: attributes.time_added,
            tags: (attributes.tags ?? '').split(','),
            read: /read archive/i.test(section),
          };
          links.push(current);
        }
      },
      ontext(data) {
        if (heading !== undefined) heading += data;
        else if (current) current.title += data;
      },
      onclosetag(name) {
        if (name === 'h1' && heading !== undefined)
          [section, heading] = [heading.trim(), undefined];
        else if (name === 'a') current = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  parser.end();
  if (links.length === 0 && !/<h1>\s*(Unread|Read Archive)\s*<\/h1>/i.test(text))
    throw new ImportInputError(
      `${where(label, file)}: not a Pocket export: no "Unread" or "Read Archive" list`,
    );
  return links.map((link) => ({ ...link, title: link.title.replace(/\s+/g, ' ') }));
}

/** A part_NNNNNN.csv: columns by their header's names. */
export function parsePocketCsv(text: string, file: string, label: string): SavedLink[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw new ImportInputError(
      `${where(label, file)}: not a readable CSV (${(error as Error).message})`,
      { cause: error },
    );
  }
  return rows.map((row) => ({
    url: (row.url ?? '').trim(),
    title: (row.title ?? '').replace(/\s+/g, ' '),
    timeAdded: row.time_added,
    tags: (row.tags ?? '').split('|'),
    read: (row.status ?? '').trim() === 'archive',
  }));
}

/**
 * annotations/part_NNNNNN.json: a list of `{ url, title, highlights: [{ quote, created_at }] }`.
 * Each highlight is quoted in the text of its link's bookmark.
 */
async function* readAnnotations(
  view: FileView,
  file: string,
  highlights: Map<string, string[]>,
): AsyncGenerator<ImportItem> {
  let list: unknown;
  try {
    list = JSON.parse(await view.text(file));
  } catch (error) {
    throw new ImportInputError(
      `${where(view.label, file)}: not valid JSON (${(error as Error).message})`,
      { cause: error },
    );
  }
  if (!Array.isArray(list))
    throw new ImportInputError(`${where(view.label, file)}: expected a list of annotated links`);
  yield { type: 'file', account: { file, status: 'read', records: list.length } };
  for (const [index, item] of list.entries()) {
    const quotes = quotesOf(item);
    if (quotes.length === 0) {
      yield {
        type: 'skip',
        reason: 'annotation without a url or a quote',
        detail: `${file}: record ${index + 1}`,
        file,
      };
      continue;
    }
    const url = (item as { url: string }).url;
    highlights.set(url, [...(highlights.get(url) ?? []), ...quotes]);
    // Counted in its file: its highlights are part of their bookmark's entry.
    yield { type: 'skip', reason: 'highlights, quoted in the text of their bookmark', file };
  }
}

/** The quotes of one annotated link, when it has a url. */
function quotesOf(item: unknown): string[] {
  if (typeof item !== 'object' || item === null) return [];
  const { url, highlights } = item as { url?: unknown; highlights?: unknown };
  if (typeof url !== 'string' || !Array.isArray(highlights)) return [];
  return highlights
    .map((highlight: unknown) =>
      typeof highlight === 'object' && highlight !== null
        ? (highlight as { quote?: unknown }).quote
        : undefined,
    )
    .filter((quote): quote is string => typeof quote === 'string' && quote.trim() !== '')
    .map((quote) => quote.trim());
}
