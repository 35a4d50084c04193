/**
 * Robin's reading and watching, written as the exports their services give: a Goodreads
 * library CSV, a Letterboxd export folder and a Pocket 2025 CSV with highlights. The days are
 * fixed by hand (no Calendar), so adding them changes no other source's days.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Book {
  id: number;
  title: string;
  author: string;
  isbn13: string;
  rating: number;
  pages: number;
  year: number;
  read?: string;
  added: string;
  shelf: 'read' | 'to-read' | 'currently-reading';
  shelves?: string;
  review?: string;
}

export const BOOKS: Book[] = [
  {
    id: 101,
    title: 'The Wild Places',
    author: 'Robert Macfarlane',
    isbn13: '9780141015620',
    rating: 5,
    pages: 340,
    year: 2007,
    read: '2019/09/02',
    added: '2019/08/10',
    shelf: 'read',
    shelves: 'walking',
    review: 'Read on Skye, which was <i>cheating</i>. The chapter on the holloways stays with me.',
  },
  {
    id: 102,
    title: 'Bridges: The Science and Art of the World’s Most Inspiring Structures',
    author: 'David Blockley',
    isbn13: '9780199543595',
    rating: 4,
    pages: 336,
    year: 2010,
    read: '2021/03/14',
    added: '2021/01/20',
    shelf: 'read',
    shelves: 'bridges, work',
  },
  {
    id: 103,
    title: 'The Left Hand of Darkness',
    author: 'Ursula K. Le Guin',
    isbn13: '9780441478125',
    rating: 5,
    pages: 304,
    year: 1969,
    read: '2024/02/11',
    added: '2023/12/26',
    shelf: 'read',
    review: 'Lena lent me this. Cold, slow and then not slow at all.',
  },
  {
    id: 104,
    title: 'Flour Water Salt Yeast',
    author: 'Ken Forkish',
    isbn13: '9781607742739',
    rating: 3,
    pages: 272,
    year: 2012,
    read: '2020/04/19',
    added: '2020/03/28',
    shelf: 'read',
    shelves: 'baking',
  },
  {
    id: 105,
    title: 'Middlemarch',
    author: 'George Eliot',
    isbn13: '9780141439549',
    rating: 0,
    pages: 880,
    year: 1871,
    added: '2026/09/01',
    shelf: 'currently-reading',
  },
];

interface Film {
  code: string;
  name: string;
  year?: number;
  rating?: number;
  rewatch?: boolean;
  logged: string;
  watched: string;
  tags?: string;
  review?: string;
}

export const FILMS: Film[] = [
  {
    code: 'aB1',
    name: 'Paris, Texas',
    year: 1984,
    rating: 4.5,
    logged: '2019-11-03',
    watched: '2019-11-02',
    tags: 'watershed',
  },
  {
    code: 'aB2',
    name: 'Stalker',
    year: 1979,
    rating: 5,
    rewatch: true,
    logged: '2022-01-09',
    watched: '2022-01-08',
    review: 'Third time. The room is still <b>the room</b>.',
  },
  {
    code: 'aB3',
    name: 'Aftersun',
    year: 2022,
    rating: 4,
    logged: '2023-02-12',
    watched: '2023-02-11',
    tags: 'watershed',
  },
  {
    code: 'aB4',
    name: 'Perfect Days',
    year: 2023,
    rating: 4.5,
    logged: '2024-03-20',
    watched: '2024-03-17',
    review: 'Wanted to clean a public toilet afterwards. Nearly did.',
  },
  {
    code: 'aB5',
    name: 'Holiday film, Porto',
    logged: '2025-06-30',
    watched: '2025-06-29',
    tags: 'home movies',
  },
];

interface SavedLink {
  title: string;
  url: string;
  added: string;
  tags: string[];
  read: boolean;
  highlights?: string[];
}

export const SAVED: SavedLink[] = [
  {
    title: 'Why old bridges sing',
    url: 'https://engineering.example/why-old-bridges-sing',
    added: '2019-05-21T07:40:00Z',
    tags: ['bridges'],
    read: true,
    highlights: ['A bridge that hums is a bridge that is talking to you about its damping.'],
  },
  {
    title: 'The quiet joy of allotments',
    url: 'https://gardens.example/allotment-joy',
    added: '2021-04-11T19:05:00Z',
    tags: ['allotment', 'longread'],
    read: true,
  },
  {
    title: 'https://trains.example/sleeper-to-fort-william',
    url: 'https://trains.example/sleeper-to-fort-william',
    added: '2023-08-02T21:30:00Z',
    tags: ['travel'],
    read: false,
  },
];

const csvCell = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
export const csvLine = (cells: (string | number | undefined)[]) => cells.map(csvCell).join(',');
const epoch = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

/** `goodreads_library_export.csv`, in Goodreads' columns and its `="…"` ISBNs. */
export async function writeGoodreadsExport(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const lines = [
    'Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies',
    ...BOOKS.map((book) => {
      const [first, ...rest] = book.author.split(' ').reverse();
      return csvLine([
        book.id,
        book.title,
        book.author,
        `${first}, ${rest.reverse().join(' ')}`,
        '',
        '=""',
        `="${book.isbn13}"`,
        book.rating,
        '4.00',
        '',
        'Paperback',
        book.pages,
        book.year,
        book.year,
        book.read ?? '',
        book.added,
        book.shelves ?? '',
        '',
        book.shelf,
        book.review ?? '',
        '',
        '',
        book.read ? 1 : 0,
        1,
      ]);
    }),
  ];
  await writeFile(path.join(folder, 'goodreads_library_export.csv'), `${lines.join('\n')}\n`);
}

/** `letterboxd-robin-…-utc/` with diary.csv, reviews.csv and an empty watchlist. */
export async function writeLetterboxdExport(folder: string): Promise<void> {
  const root = path.join(folder, 'letterboxd-robinashby-2026-11-20-09-00-utc');
  await mkdir(root, { recursive: true });
  // reviews.csv is diary.csv with each film's review before its tags.
  const line = (film: Film, review?: string) =>
    csvLine([
      film.logged,
      film.name,
      film.year,
      `https://boxd.it/${film.code}`,
      film.rating,
      film.rewatch ? 'Yes' : '',
      ...(review === undefined ? [] : [review]),
      film.tags,
      film.watched,
    ]);
  const diary = [
    'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date',
    ...FILMS.map((film) => line(film)),
  ];
  const reviews = [
    'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date',
    ...FILMS.filter((film) => film.review).map((film) => line(film, film.review)),
  ];
  await writeFile(path.join(root, 'diary.csv'), `${diary.join('\n')}\n`);
  await writeFile(path.join(root, 'reviews.csv'), `${reviews.join('\n')}\n`);
  await writeFile(path.join(root, 'watchlist.csv'), 'Date,Name,Year,Letterboxd URI\n');
}

/** Pocket's 2025 zip, unzipped: `part_000000.csv` and `annotations/part_000000.json`. */
export async function writePocketExport(folder: string): Promise<void> {
  await mkdir(path.join(folder, 'annotations'), { recursive: true });
  const lines = [
    'title,url,time_added,tags,status',
    ...SAVED.map((link) =>
      csvLine([
        link.title,
        link.url,
        epoch(link.added),
        link.tags.join('|'),
        link.read ? 'archive' : 'unread',
      ]),
    ),
  ];
  await writeFile(path.join(folder, 'part_000000.csv'), `${lines.join('\n')}\n`);
  const annotations = SAVED.filter((link) => link.highlights).map((link) => ({
    url: link.url,
    title: link.title,
    highlights: link.highlights!.map((quote) => ({
      quote,
      created_at: Number(epoch(link.added)) + 3600,
    })),
  }));
  await writeFile(
    path.join(folder, 'annotations', 'part_000000.json'),
    `${JSON.stringify(annotations, null, 2)}\n`,
  );
}
