// No real Letterboxd export is public: the export here is synthetic, made from the layout
// Letterboxd documents and export-formats.md lists (diary.csv, reviews.csv, ratings.csv,
// watched.csv, watchlist.csv, likes/films.csv, lists/*.csv with their preamble, deleted/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ImportInputError } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { entriesOf, importTwiceKeepingEdits, kinds, readItems } from '../helpers/import-items.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { makeZip } from '../helpers/zip.ts';

const EXPORT = 'tests/import/cases/letterboxd/export/input';
const DIARY = path.join(EXPORT, 'letterboxd-robin-2024-03-02-10-15-utc', 'diary.csv');

describe('the Letterboxd importer', () => {
  it('imports each diary entry on the day it was watched, and a review without one', async () => {
    // Counted independently: diary.csv has 5 lines after its header (`tail -n +2 | wc -l`), one
    // without a film name; reviews.csv 2 reviews, one of a diary entry.
    const lines = readFileSync(DIARY, 'utf8').trim().split('\n').slice(1);
    assert.equal(lines.length, 5);
    const items = await readItems('letterboxd', EXPORT);
    assert.deepEqual(kinds(items), { film: 5 });
    const films = new Map(entriesOf(items).map((entry) => [entry.data.title, entry]));
    const paris = films.get('Paris, Texas')!.data;
    assert.equal(paris.date, '2023-12-29T00:00:00+00:00', 'the watched date, not the logged');
    assert.equal(paris.logged, '2024-01-03');
    assert.equal(paris.rating, 4.5);
    assert.deepEqual(paris.tags, ['road trip', 'wim wenders']);
    const stalker = films.get('Stalker')!;
    assert.equal(stalker.data.rewatch, true);
    assert.deepEqual(stalker.data.tags, ['Slow cinema'], 'a list is a tag');
    assert.doesNotMatch(stalker.body, /script|alert/);
    assert.match(stalker.body, /_Still_ the best \*\*ending\*\*/);
    assert.equal(
      films.get('An Untitled Home Movie')!.data.year,
      undefined,
      'a film without a year',
    );
    assert.doesNotMatch(films.get('Aftersun')!.body, /javascript/);
    assert.equal(films.get('Deleted Film'), undefined, 'deleted/ is left out');
  });

  it('imports the watchlist and likes only when asked', async () => {
    const items = await readItems('letterboxd', EXPORT, ['watchlist', 'likes']);
    const shelves = entriesOf(items).flatMap((entry) =>
      entry.data.shelf ? [entry.data.shelf] : [],
    );
    assert.deepEqual(shelves.sort(), ['liked', 'watchlist']);
    const without = await readItems('letterboxd', EXPORT);
    assert.ok(
      without.some(
        (item) =>
          item.type === 'file' &&
          item.account.status === 'not-imported' &&
          item.account.include === 'watchlist',
      ),
    );
  });

  it('a second import changes no byte, and an edit survives', async () => {
    const { added } = await importTwiceKeepingEdits('letterboxd', EXPORT);
    assert.equal(added, 5);
  });

  it('reads the zip Letterboxd sends as it reads the folder', async () => {
    const root = 'letterboxd-robin-2024-03-02-10-15-utc';
    const zip = path.join(temporaryFolder(), 'letterboxd-robin-2024-03-02-10-15-utc.zip');
    await writeFile(
      zip,
      makeZip(
        ['diary.csv', 'reviews.csv', 'lists/slow-cinema.csv'].map((name) => ({
          name: `${root}/${name}`,
          data: readFileSync(path.join(EXPORT, root, name)),
        })),
      ),
    );
    const fromZip = entriesOf(await readItems('letterboxd', zip));
    const fromFolder = entriesOf(await readItems('letterboxd', EXPORT));
    assert.deepEqual(
      fromZip.map((entry) => entry.data),
      fromFolder.map((entry) => entry.data),
    );
  });

  it('names the file of a diary that cannot be read', async () => {
    const folder = temporaryFolder();
    await writeFile(
      path.join(folder, 'diary.csv'),
      'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2024-01-01,"unclosed,2001\n',
    );
    const archive = await newArchive();
    await assert.rejects(
      runImport(archive, folder, { source: 'letterboxd' }),
      (error: Error) =>
        error instanceof ImportInputError && /diary\.csv: not a readable CSV/.test(error.message),
    );
  });
});
