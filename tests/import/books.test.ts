import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ImportInputError } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { entriesOf, importTwiceKeepingEdits, kinds, readItems } from '../helpers/import-items.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const GOODREADS = path.join(SHARED_FIXTURES, 'goodreads', 'goodreads_library_export.csv');
const CASES = 'tests/import/cases/books';

/**
 * The real Goodreads library (its owner padded every field with spaces): 112 books, 80 on the
 * read shelf, 1 did-not-finish, 31 to-read; 39 of the read books have no Date Read. Counted
 * independently of the importer and of csv-parse: the Exclusive Shelf is the only field of each
 * line matching `, (read|to-read|did-not-finish) +,` (`grep -cE ', read +,' …` gives 80,
 * `', to-read +,'` 31, `', did-not-finish +,'` 1), as the test does below.
 */
describe(
  'the books importer, on a real Goodreads export',
  { skip: sharedFixturesMissing() },
  () => {
    const shelf = (name: string) =>
      readFileSync(GOODREADS, 'utf8')
        .split('\n')
        .filter((line) => new RegExp(`, ${name} +,`).test(line)).length;

    it('imports the 81 books read (80 read, 1 not finished) and leaves the 31 to-read out', async () => {
      assert.deepEqual([shelf('read'), shelf('did-not-finish'), shelf('to-read')], [80, 1, 31]);
      const items = await readItems('books', GOODREADS);
      assert.deepEqual(kinds(items), { book: 81 });
      const skips = items.filter((item) => item.type === 'skip');
      assert.equal(skips.length, 31);
      assert.ok(skips.every((item) => item.type === 'skip' && /to-read shelf/.test(item.reason)));
      const entries = entriesOf(items);
      assert.equal(entries.filter((entry) => entry.data.dateSource === 'date-added').length, 40);
      const raintree = entries.find((entry) => entry.data.title === 'Raintree County')!;
      assert.deepEqual(raintree.data, {
        id: 'books:goodreads-257233-2026-06-23',
        kind: 'book',
        date: '2026-06-23T00:00:00+00:00',
        title: 'Raintree County',
        author: 'Ross Lockridge Jr.',
        shelf: 'read',
        rating: 3,
        isbn: '9780140236668',
        pages: 1088,
        year: 1948,
      });
    });

    it('imports every shelf with --include shelves: 112 books', async () => {
      assert.deepEqual(kinds(await readItems('books', GOODREADS, ['shelves'])), { book: 112 });
    });

    it('a second import changes no byte, and an edit survives', async () => {
      const { added } = await importTwiceKeepingEdits('books', GOODREADS);
      assert.equal(added, 81);
    });
  },
);

describe('the books importer, on synthetic exports', () => {
  it('sanitizes a review, folds a spoiler and keeps the ISBN from its ="…" quoting', async () => {
    const [hobbit] = entriesOf(await readItems('books', `${CASES}/goodreads-review/input`));
    assert.equal(hobbit!.data.isbn, '9780261102217');
    assert.equal(hobbit!.data.contentWarning, 'spoilers');
    assert.doesNotMatch(hobbit!.body, /script|onerror|alert|Private note/);
    assert.match(hobbit!.body, /A \*\*comfort\*\* read/);
  });

  it('makes one entry per read of StoryGraph’s Dates Read', async () => {
    const entries = entriesOf(await readItems('books', `${CASES}/storygraph/input`));
    const leGuin = entries.filter((entry) => entry.data.title === 'The Left Hand of Darkness');
    assert.deepEqual(
      leGuin.map((entry) => entry.data.date.slice(0, 10)),
      ['2021-02-01', '2024-03-10'],
    );
    assert.equal(leGuin[1]!.data.rating, 4.75);
    assert.equal(leGuin[0]!.body, '', 'the review is the last read’s');
  });

  it('reads a Goodreads file without its header row by its shape', async () => {
    const [book] = entriesOf(await readItems('books', `${CASES}/goodreads-headerless/input`));
    assert.equal(book!.data.title, 'Headless Book');
    assert.equal(book!.data.isbn, '9780123456786');
  });

  it('names the file of a headerless CSV it cannot place, and of one it cannot read', async () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'library.csv');
    await writeFile(
      file,
      `${Array.from({ length: 21 }, (_, i) => (i === 5 ? '="1"' : 'x')).join(',')}\n`,
    );
    const archive = await newArchive();
    await assert.rejects(
      runImport(archive, file, { source: 'books' }),
      (error: Error) =>
        error instanceof ImportInputError &&
        /library\.csv: a Goodreads export without its header row/.test(error.message),
    );
    await writeFile(file, 'Book Id,Title,Exclusive Shelf\n1,"unclosed,read\n');
    await assert.rejects(runImport(archive, file, { source: 'books' }), (error: Error) =>
      /library\.csv: not a readable CSV/.test(error.message),
    );
  });
});

/**
 * No real StoryGraph export is in ../shared/fixtures, so the synthetic ones are checked column
 * for column against the headers people posted from their own exports: 23 columns in 2024
 * (openreads issue 525, the same as booklogr issue 108's sample row of 23 fields) and 2021's,
 * which said `Author` and `ISBN` (bookwyrm issue 1056).
 */
describe('the synthetic StoryGraph exports', () => {
  const real2024 =
    'Title,Authors,Contributors,ISBN/UID,Format,Read Status,Date Added,Last Date Read,Dates Read,Read Count,Moods,Pace,Character- or Plot-Driven?,Strong Character Development?,Loveable Characters?,Diverse Characters?,Flawed Characters?,Star Rating,Review,Content Warnings,Content Warning Description,Tags,Owned?'.split(
      ',',
    );
  const real2021 = real2024.map((name) =>
    name === 'Authors' ? 'Author' : name === 'ISBN/UID' ? 'ISBN' : name,
  );
  const headerOf = (file: string) => readFileSync(file, 'utf8').split('\n')[0]!.split(',');

  it('have the header of a real export, column for column', () => {
    assert.equal(real2024.length, 23);
    assert.deepEqual(
      headerOf(path.join(CASES, 'storygraph/input/storygraph_export.csv')),
      real2024,
    );
    assert.deepEqual(
      headerOf(path.join(CASES, 'storygraph-2021/input/storygraph_export.csv')),
      real2021,
    );
  });

  it("reads 2021's Author and ISBN columns as the later Authors and ISBN/UID", async () => {
    const items = await readItems('books', path.join(CASES, 'storygraph-2021/input'), ['shelves']);
    const wizard = entriesOf(items).filter((entry) => entry.data.title === 'A Wizard of Earthsea');
    assert.deepEqual(
      wizard.map((entry) => [
        String(entry.data.date).slice(0, 10),
        entry.data.isbn,
        entry.data.author,
      ]),
      [
        ['2019-07-20', '9780553262506', 'Ursula K. Le Guin'],
        ['2020-05-02', '9780553262506', 'Ursula K. Le Guin'],
      ],
      'a bare date and a range in Dates Read are two reads, each on the day it ended',
    );
  });
});
