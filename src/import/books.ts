/**
 * Reading logs as CSV: Goodreads' "Export Library" (`goodreads_library_export.csv`) and
 * StoryGraph's export. Each read of a book is an entry of kind `book` on the day it was finished
 * (StoryGraph's `Dates Read` holds several: one entry each; Goodreads keeps only the last), with
 * its shelf, rating, author, ISBN, pages and year; the review, sanitized, is its text. A book on
 * the read shelf without a date is dated when added (`dateSource: date-added`). The to-read and
 * currently-reading shelves are not things that happened: only `--include shelves` imports them,
 * dated when added.
 */
import { parse } from 'csv-parse/sync';

import { resolveDate } from '../archive/dates.ts';
import { booksSource, type PartOf } from '../archive/sources.ts';
import { cleanTags, headOf, recordsOf, where } from './item-helpers.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { htmlToMarkdown } from './html.ts';
import type { ImportedData, ImportItem, Importer, ImportOptions } from './types.ts';
import { GOODREADS_COLUMNS, GOODREADS_OLD_COLUMNS, readingOf, type Reading } from './books/rows.ts';

type Row = Record<string, string>;

/** Shelves of books not (yet) read: only `--include shelves` imports them. */
const SHELVES = new Set(['to-read', 'currently-reading']);

export const booksImporter: Importer<PartOf<typeof booksSource>> = {
  name: 'books',
  version: '1',

  async detect(view: FileView): Promise<number> {
    for (const file of (await view.list()).filter((name) => name.endsWith('.csv')).slice(0, 5)) {
      const head = await headOf(view, file, 2048);
      const header = head.split('\n')[0] ?? '';
      if (/\bBook Id\s*,\s*Title\b/.test(header) && /Exclusive Shelf/.test(header)) return 1;
      // StoryGraph: `Authors` since 2022, `Author` in the 2021 export.
      if (/^\uFEFF?Title,Authors?,/.test(header) && /Read Status/.test(header)) return 1;
      if (/goodreads_library_export/.test(file)) return 0.7;
      // A Goodreads file without its header row: its shape.
      if (/(^|,)\s*"?="/.test(header)) {
        try {
          if ((readRows(header, file)?.length ?? 0) > 0) return 0.6;
        } catch {
          // Not the shape after all.
        }
      }
    }
    return 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const csvs = (await view.list()).filter((name) => name.endsWith('.csv'));
    if (csvs.length === 0)
      throw new ImportInputError(
        `${view.label}: no CSV here: expected Goodreads' goodreads_library_export.csv or StoryGraph's export`,
      );
    for (const file of csvs) {
      const rows = readRows(await view.text(file), where(view.label, file));
      if (!rows) {
        yield {
          type: 'file',
          account: { file, status: 'not-understood', reason: 'not a Goodreads or StoryGraph CSV' },
        };
        continue;
      }
      // A record is a read: StoryGraph's row of a book read three times gives three entries.
      const items: ImportItem[] = [];
      for await (const item of recordsOf(
        file,
        rows,
        (row: Row) => bookItems(row, file, options),
        (reason) => reason.startsWith('on the '),
      ))
        items.push(item);
      const records = items.filter(
        (item) => item.type === 'entry' || item.type === 'skip' || item.type === 'unknown-record',
      ).length;
      yield { type: 'file', account: { file, status: 'read', records } };
      yield* items;
    }
  },
};

/**
 * The rows of a Goodreads or StoryGraph CSV, by column name; undefined for another CSV. A
 * Goodreads file whose header row was cut off is recognised by its shape (23 or 24 columns, the
 * ISBNs written `="…"`) and read with Goodreads' column names.
 */
export function readRows(text: string, where: string): Row[] | undefined {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      // Goodreads' ="…" ISBNs, when a spreadsheet wrote them without quotes around.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    throw new ImportInputError(`${where}: not a readable CSV (${(error as Error).message})`, {
      cause: error,
    });
  }
  const [first, ...rest] = records;
  if (!first) return [];
  let header: string[];
  let body: string[][];
  if (
    first.includes('Title') &&
    (first.includes('Exclusive Shelf') || first.includes('Read Status'))
  )
    [header, body] = [first, rest];
  else if (first.length === 23 && /^=".*"$/.test(first[5] ?? ''))
    [header, body] = [GOODREADS_COLUMNS, records];
  else if (first.length === 24 && /^=".*"$/.test(first[5] ?? ''))
    [header, body] = [GOODREADS_OLD_COLUMNS, records];
  else if (first.length >= 20 && records.some((row) => row.some((cell) => /^=".*"$/.test(cell))))
    throw new ImportInputError(
      `${where}: a Goodreads export without its header row, and with ${first.length} columns where Goodreads writes 23 or 24: put back the first line (Book Id,Title,Author,…)`,
    );
  else return undefined;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

function* bookItems(row: Row, file: string, options: ImportOptions): Iterable<ImportItem> {
  const book = readingOf(row);
  if (!book.title) return yield { type: 'skip', reason: 'book without a title', file };
  if (SHELVES.has(book.shelf) && !options.include.has('shelves'))
    return yield {
      type: 'skip',
      reason: `on the ${book.shelf} shelf (--include shelves imports it)`,
      file,
    };
  const { timeZone } = options.config;
  const body = book.review ? htmlToMarkdown(book.review) : '';
  const reads = SHELVES.has(book.shelf) ? [] : book.reads;
  if (reads.length === 0) {
    if (!book.added)
      return yield { type: 'skip', reason: 'book without a date read or added', file };
    return yield entry(book, book.key, day(book.added, timeZone), body, file, 'date-added');
  }
  // One entry per read; the review is the last one's text.
  for (const [index, read] of reads.entries())
    yield entry(
      book,
      `${book.key}-${read}`,
      day(read, timeZone),
      index === reads.length - 1 ? body : '',
      file,
    );
}

function entry(
  book: Reading,
  key: string,
  date: string,
  body: string,
  file: string,
  dateSource?: 'date-added',
): ImportItem {
  const data: ImportedData = {
    id: `books:${key}`,
    kind: 'book',
    date,
    title: book.title,
    ...(book.author ? { author: book.author } : {}),
    shelf: book.shelf,
    ...(book.rating !== undefined ? { rating: book.rating } : {}),
    ...(book.isbn ? { isbn: book.isbn } : {}),
    ...(book.pages ? { pages: book.pages } : {}),
    ...(book.year ? { year: book.year } : {}),
    ...(cleanTags(book.tags) ? { tags: cleanTags(book.tags) } : {}),
    ...(book.spoiler && body ? { contentWarning: 'spoilers' } : {}),
    ...(dateSource ? { dateSource } : {}),
  };
  return { type: 'entry', entry: { data, body, media: [], file } };
}

/** A day (`2024-06-28`) as the start of that day in the archive's zone. */
const day = (date: string, timeZone: string) => resolveDate(date, timeZone);
