/** One row of a Goodreads or StoryGraph CSV, read by column name into one shape. */
import { shortHash } from '../../archive/paths.ts';

/** Goodreads' columns since about 2023 (no "Average Rating"), for a file without its header. */
export const GOODREADS_COLUMNS = [
  'Book Id',
  'Title',
  'Author',
  'Author l-f',
  'Additional Authors',
  'ISBN',
  'ISBN13',
  'My Rating',
  'Publisher',
  'Binding',
  'Number of Pages',
  'Year Published',
  'Original Publication Year',
  'Date Read',
  'Date Added',
  'Bookshelves',
  'Bookshelves with positions',
  'Exclusive Shelf',
  'My Review',
  'Spoiler',
  'Private Notes',
  'Read Count',
  'Owned Copies',
];

/** The older 24 columns, with "Average Rating" after "My Rating". */
export const GOODREADS_OLD_COLUMNS = [
  ...GOODREADS_COLUMNS.slice(0, 8),
  'Average Rating',
  ...GOODREADS_COLUMNS.slice(8),
];

export interface Reading {
  /** What tells this book from others in the export: `goodreads-257233`, `storygraph-…`. */
  key: string;
  title: string;
  author?: string;
  isbn?: string;
  rating?: number;
  shelf: string;
  pages?: number;
  year?: number;
  tags: string[];
  review?: string;
  spoiler: boolean;
  /** Days it was finished (`2024-06-28`), oldest first. */
  reads: string[];
  added?: string;
}

type Row = Record<string, string>;

/** `="9780140236668"` (Excel's formula quoting) → `9780140236668`. */
const unformula = (value: string | undefined) =>
  (value ?? '')
    .replace(/^="(.*)"$/, '$1')
    .replace(/[^0-9Xx]/g, '')
    .toUpperCase();

/** `2024/06/28` or `2024-06-28` → `2024-06-28`; anything else undefined. */
export function dayOf(value: string | undefined): string | undefined {
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec((value ?? '').trim());
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

const positive = (value: string | undefined) => {
  const number = Number((value ?? '').trim());
  return (value ?? '').trim() !== '' && Number.isFinite(number) && number > 0 ? number : undefined;
};

export function readingOf(row: Row): Reading {
  return 'Exclusive Shelf' in row ? goodreads(row) : storygraph(row);
}

function goodreads(row: Row): Reading {
  const title = (row['Title'] ?? '').trim();
  const authors = [row['Author'], ...(row['Additional Authors'] ?? '').split(',')]
    .map((name) => (name ?? '').trim())
    .filter(Boolean);
  const shelf = (row['Exclusive Shelf'] ?? '').trim() || 'read';
  const read = dayOf(row['Date Read']);
  const rating = positive(row['My Rating']);
  const pages = positive(row['Number of Pages']);
  const year = positive(row['Original Publication Year']) ?? positive(row['Year Published']);
  return {
    key: row['Book Id']?.trim()
      ? `goodreads-${row['Book Id'].trim()}`
      : `goodreads-${shortHash(`${title}|${authors.join(',')}`, 10)}`,
    title,
    ...(authors.length > 0 ? { author: [...new Set(authors)].join(', ') } : {}),
    ...(isbnOf(row['ISBN13'], row['ISBN']) ? { isbn: isbnOf(row['ISBN13'], row['ISBN']) } : {}),
    ...(rating !== undefined && rating <= 5 ? { rating } : {}),
    shelf,
    ...(pages ? { pages: Math.round(pages) } : {}),
    ...(year ? { year: Math.round(year) } : {}),
    // The exclusive shelf is the shelf; the other shelves are tags.
    tags: (row['Bookshelves'] ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag && tag !== shelf),
    ...(row['My Review']?.trim() ? { review: row['My Review'] } : {}),
    spoiler: /^true$/i.test((row['Spoiler'] ?? '').trim()),
    reads: read ? [read] : [],
    ...(dayOf(row['Date Added']) ? { added: dayOf(row['Date Added']) } : {}),
  };
}

/**
 * StoryGraph: `Title, Authors, Contributors, ISBN/UID, Format, Read Status, Date Added, Last
 * Date Read, Dates Read, Read Count, …, Star Rating, Review, …, Tags, Owned?` (23 columns, as
 * people's real exports show them in openreads issue 525 and booklogr issue 108; `Author` and
 * `ISBN` in 2021's, bookwyrm issue 1056). `Dates Read`
 * holds every read, `2023/01/15, 2024/02/01` or ranges `2023/01/02-2023/01/15` (the end is
 * when it was finished).
 */
function storygraph(row: Row): Reading {
  const title = (row['Title'] ?? '').trim();
  // Exports of 2021 named these two columns `Author` and `ISBN` (bookwyrm issue 1056).
  const author = (row['Authors'] ?? row['Author'] ?? '').trim();
  const uid = (row['ISBN/UID'] ?? row['ISBN'] ?? '').trim();
  const rating = positive(row['Star Rating']);
  const reads = (row['Dates Read'] ?? '')
    .split(',')
    .map((part) => dayOf(part.match(/\d{4}[/-]\d{1,2}[/-]\d{1,2}/g)?.at(-1)))
    .filter((read): read is string => read !== undefined);
  const last = dayOf(row['Last Date Read']);
  if (last && !reads.includes(last)) reads.push(last);
  return {
    key: `storygraph-${/^[0-9Xx-]{10,17}$/.test(uid) ? unformula(uid) : shortHash(uid || `${title}|${author}`, 10)}`,
    title,
    ...(author ? { author } : {}),
    ...(isbnOf(uid) ? { isbn: isbnOf(uid) } : {}),
    ...(rating !== undefined && rating <= 5 ? { rating } : {}),
    shelf: (row['Read Status'] ?? '').trim() || 'read',
    tags: (row['Tags'] ?? '').split(',').map((tag) => tag.trim()),
    ...(row['Review']?.trim() ? { review: row['Review'] } : {}),
    spoiler: false,
    reads: [...new Set(reads)].sort(),
    ...(dayOf(row['Date Added']) ? { added: dayOf(row['Date Added']) } : {}),
  };
}

/** The first value that is an ISBN of 13 or 10 characters. */
function isbnOf(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const isbn = unformula(value);
    if (isbn.length === 13 || isbn.length === 10) return isbn;
  }
  return undefined;
}
