/**
 * Letterboxd's export (Settings → Data → Export your data: a zip of
 * `letterboxd-<user>-<date>-utc/`). Each diary entry (`diary.csv`: `Date, Name, Year, Letterboxd
 * URI, Rating, Rewatch, Tags, Watched Date`) is an entry of kind `film` on the day it was
 * *watched*, not logged (`logged` keeps that); its review (`reviews.csv`, joined by the entry's
 * URI) is its text, sanitized; the lists it is on (`lists/*.csv`) are tags. A review without a
 * diary entry is a film entry of its own. The watchlist and liked films only with `--include
 * watchlist` / `--include likes`, dated when added.
 */
import { notImportedAccount } from './coverage.ts';
import { parse } from 'csv-parse/sync';

import { resolveDate } from '../archive/dates.ts';
import { shortHash } from '../archive/paths.ts';
import { letterboxdSource, type PartOf } from '../archive/sources.ts';
import { cleanTags, headOf, recordsOf, where } from './item-helpers.ts';
import { dayOf } from './books/rows.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { htmlToMarkdown } from './html.ts';
import type { ImportedData, ImportItem, Importer, ImportOptions } from './types.ts';

type Row = Record<string, string>;
type Part = PartOf<typeof letterboxdSource>;

/** Files the export has that are not imported, with why. */
const LEFT_OUT: [RegExp, string][] = [
  [/^ratings\.csv$/, 'ratings without a diary entry have no day; the diary has the rest'],
  [/^watched\.csv$/, 'films marked watched without a diary entry have no day'],
  [/^profile\.csv$/, 'your profile'],
  [/^comments\.csv$/, 'comments on others’ reviews and lists'],
  [/^likes\/(reviews|lists)\.csv$/, 'reviews and lists you liked'],
  [/^(deleted|orphaned)\//, 'deleted on Letterboxd'],
];

export const letterboxdImporter: Importer<Part> = {
  name: 'letterboxd',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    const diary = diaryOf(files);
    if (!diary) return 0;
    const header = (await headOf(view, diary, 512)).split('\n')[0] ?? '';
    return /Letterboxd URI/.test(header) ? 1 : 0.3;
  },

  async *read(view: FileView, options: ImportOptions<Part>): AsyncIterable<ImportItem> {
    const files = await view.list();
    const diaryFile = diaryOf(files);
    if (!diaryFile)
      throw new ImportInputError(
        `${view.label}: no diary.csv here: is this a Letterboxd export? Point at the zip or its unzipped folder`,
      );
    const root = diaryFile.slice(0, -'diary.csv'.length);
    const inside = (file: string) => (file.startsWith(root) ? file.slice(root.length) : file);
    const rowsOf = async (file: string) => csvRows(await view.text(file), where(view.label, file));

    const lists = new Map<string, string[]>();
    const reviews = new Map<string, Row>();
    const reviewsFile = files.find((file) => inside(file) === 'reviews.csv');
    const reviewRows = reviewsFile ? await rowsOf(reviewsFile) : [];
    for (const row of reviewRows) reviews.set(uriOf(row), row);

    for (const file of files.filter((name) => /^lists\/[^/]+\.csv$/.test(inside(name)))) {
      let list: { name: string; films: Row[] };
      try {
        list = readList(await view.text(file), where(view.label, file));
      } catch (error) {
        if (!(error instanceof ImportInputError)) throw error;
        yield { type: 'warning', message: error.message };
        yield { type: 'file', account: { file, status: 'not-understood', reason: 'not a list' } };
        continue;
      }
      yield { type: 'file', account: { file, status: 'read', records: list.films.length } };
      for (const film of list.films) {
        const key = filmKey(film);
        lists.set(key, [...(lists.get(key) ?? []), list.name]);
        yield { type: 'skip', reason: 'a film on a list: the list is a tag of its entries', file };
      }
    }

    const diary = await rowsOf(diaryFile);
    yield { type: 'file', account: { file: diaryFile, status: 'read', records: diary.length } };
    const joined = new Set<string>();
    yield* recordsOf(diaryFile, diary, function* (row: Row) {
      const review = reviews.get(uriOf(row));
      if (review) joined.add(uriOf(row));
      yield film(row, review, lists, diaryFile, options);
    });

    if (reviewsFile) {
      yield {
        type: 'file',
        account: { file: reviewsFile, status: 'read', records: reviewRows.length },
      };
      yield* recordsOf(
        reviewsFile,
        reviewRows,
        function* (row: Row) {
          if (joined.has(uriOf(row)))
            return yield {
              type: 'skip',
              reason: 'review, the text of its diary entry',
              file: reviewsFile,
            };
          yield film(row, row, lists, reviewsFile, options);
        },
        (reason) => reason.startsWith('review, the text'),
      );
    }

    for (const [part, name] of [
      ['watchlist', 'watchlist.csv'],
      ['likes', 'likes/films.csv'],
    ] as const) {
      const file = files.find((candidate) => inside(candidate) === name);
      if (!file) continue;
      if (!options.include.has(part)) {
        yield {
          type: 'file',
          account: notImportedAccount(file, {
            reason: letterboxdSource.include[part],
            include: part,
          }),
        };
        continue;
      }
      const rows = await rowsOf(file);
      yield { type: 'file', account: { file, status: 'read', records: rows.length } };
      yield* recordsOf(file, rows, function* (row: Row) {
        yield shelved(row, part === 'watchlist' ? 'watchlist' : 'liked', file, options);
      });
    }

    for (const file of files) {
      const reason = LEFT_OUT.find(([pattern]) => pattern.test(inside(file)))?.[1];
      if (reason) yield { type: 'file', account: { file, status: 'not-imported', reason } };
    }
  },
};

/** A diary entry (or a review without one) as a film entry. */
function film(
  row: Row,
  review: Row | undefined,
  lists: Map<string, string[]>,
  file: string,
  options: ImportOptions,
): ImportItem {
  const name = (row['Name'] ?? '').trim();
  if (!name) return { type: 'skip', reason: 'diary entry without a film name', file };
  const watched = dayOf(row['Watched Date']);
  const logged = dayOf(row['Date']);
  if (!watched && !logged) return { type: 'skip', reason: 'diary entry without a date', file };
  const rating = ratingOf(row['Rating']);
  const year = yearOf(row['Year']);
  const uri = uriOf(row);
  const tags = cleanTags([
    ...(row['Tags'] ?? '').split(','),
    ...(review?.['Tags'] ?? '').split(','),
    ...(lists.get(filmKey(row)) ?? []),
  ]);
  const data: ImportedData = {
    id: `letterboxd:${/^https:\/\/boxd\.it\/\w+$/.test(uri) ? uri.slice('https://boxd.it/'.length) : shortHash(`${name}|${year ?? ''}|${watched ?? logged}`, 10)}`,
    kind: 'film',
    date: resolveDate((watched ?? logged)!, options.config.timeZone),
    title: name,
    ...(year ? { year } : {}),
    ...(rating !== undefined ? { rating } : {}),
    ...(/^yes$/i.test((row['Rewatch'] ?? '').trim()) ? { rewatch: true } : {}),
    ...(tags ? { tags } : {}),
    ...(/^https?:\/\//.test(uri) ? { url: uri } : {}),
    ...(logged && logged !== watched ? { logged } : {}),
    ...(!watched ? { dateSource: 'date-added' as const } : {}),
  };
  const body = review?.['Review']?.trim() ? htmlToMarkdown(review['Review']) : '';
  return { type: 'entry', entry: { data, body, media: [], file } };
}

/** A film on the watchlist or liked: dated when it was added. */
function shelved(row: Row, shelf: string, file: string, options: ImportOptions): ImportItem {
  const name = (row['Name'] ?? '').trim();
  const added = dayOf(row['Date']);
  if (!name || !added) return { type: 'skip', reason: 'film without a name or a date', file };
  const year = yearOf(row['Year']);
  const uri = uriOf(row);
  const data: ImportedData = {
    id: `letterboxd:${shelf}-${shortHash(uri || `${name}|${year ?? ''}`, 10)}`,
    kind: 'film',
    date: resolveDate(added, options.config.timeZone),
    title: name,
    ...(year ? { year } : {}),
    shelf,
    ...(/^https?:\/\//.test(uri) ? { url: uri } : {}),
    dateSource: 'date-added',
  };
  return { type: 'entry', entry: { data, body: '', media: [], file } };
}

/** The export's diary.csv: the one nearest the top (deleted/diary.csv is another). */
const diaryOf = (files: string[]) =>
  files
    .filter((file) => /(^|\/)diary\.csv$/.test(file) && !/(^|\/)(deleted|orphaned)\//.test(file))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];

const uriOf = (row: Row) => (row['Letterboxd URI'] ?? row['URL'] ?? '').trim();

/** Lists name films by their page, the diary by its entry: they meet on name and year. */
const filmKey = (row: Row) =>
  `${(row['Name'] ?? '').trim().toLowerCase()}|${(row['Year'] ?? '').trim()}`;

/** `3.5` → 3.5 (half stars); empty or out of 0.5–5 → undefined. */
function ratingOf(value: string | undefined): number | undefined {
  const rating = Number((value ?? '').trim());
  return (value ?? '').trim() && rating >= 0.5 && rating <= 5 ? rating : undefined;
}

function yearOf(value: string | undefined): number | undefined {
  const year = Number((value ?? '').trim());
  return /^\d{4}$/.test((value ?? '').trim()) ? year : undefined;
}

function csvRows(text: string, where: string): Row[] {
  try {
    return parse(text, {
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as Row[];
  } catch (error) {
    throw new ImportInputError(`${where}: not a readable CSV (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/**
 * A list's CSV: a preamble (`Letterboxd list export v7`, then `Date,Name,Tags,URL,Description`
 * and the list's row), a blank line, then its films (`Position,Name,Year,URL,Description`).
 */
export function readList(text: string, where: string): { name: string; films: Row[] } {
  const parts = text.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  const [preamble, ...rest] = parts;
  const head = csvRows(
    (preamble ?? '').replace(/^\uFEFF?Letterboxd list export[^\n]*\n/, ''),
    where,
  );
  const name = (head[0]?.['Name'] ?? '').trim();
  if (!name || rest.length === 0)
    throw new ImportInputError(
      `${where}: not a Letterboxd list (expected "Letterboxd list export", the list's row, a blank line, then its films)`,
    );
  return { name, films: csvRows(rest.join('\n\n'), where) };
}
