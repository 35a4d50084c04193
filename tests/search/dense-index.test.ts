import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { generateArchive } from '../../scripts/generate-archive.ts';
import { SearchEngine, type SearchOptions } from '../../src/search/engine.ts';
import {
  analyzeRecord,
  buildSearchIndex,
  postingsOf,
  type IndexFiles,
  type IndexOptions,
} from '../../src/search/build-index.ts';
import type { EntryRecord } from '../../src/shared/entry-types.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { demoRecords, indexOf, memoryReader } from '../helpers/search-index.ts';

/** The index of `records` from two pieces, the later entries' first, as two shards holding years may give them. */
function shardedIndexOf(
  records: EntryRecord[],
  options: IndexOptions & { pairedPostings?: number },
): IndexFiles {
  const middle = Math.floor(records.length / 2);
  const piece = (from: number, to: number) =>
    postingsOf(
      records.slice(from, to).map((record, index) => [from + index, analyzeRecord(record)]),
      options.pairedPostings,
    );
  return buildSearchIndex(
    records.map((record) => ({ ...record, url: `${record.id}/` })),
    [piece(middle, records.length), piece(0, middle)],
    options,
  );
}

/** What a person sees of a search: the count, the results in order with their scores, the filters. */
async function seen(engine: SearchEngine, query: string, options: SearchOptions) {
  const results = await engine.search(query, { ...options, facets: true });
  return {
    total: results.total,
    hits: results.hits.map((hit) => [hit.doc, hit.score]),
    facets: results.facets,
    groupsLeftOut: results.groupsLeftOut,
  };
}

const OPTIONS: [string, SearchOptions][] = [
  ['a first page', { limit: 20, groups: false }],
  ['the second page', { offset: 20, limit: 20 }],
  ['while typing', { typing: true, limit: 10 }],
  ['a hundred results', { limit: 100 }],
];

/** Checks that an index with common terms split answers every query as one without. */
function sameAnswers(queries: string[], files: () => { split: IndexFiles; whole: IndexFiles }) {
  for (const [name, options] of OPTIONS)
    it(`gives the same results, counts and filters as without splitting: ${name}`, async () => {
      const { split, whole } = files();
      for (const query of queries) {
        // A fresh engine per query, as a first visit to the page.
        const splitEngine = new SearchEngine(memoryReader(split));
        const wholeEngine = new SearchEngine(memoryReader(whole));
        assert.deepEqual(
          await seen(splitEngine, query, options),
          await seen(wholeEngine, query, options),
          query,
        );
      }
    });
}

describe('common terms split from their text-only documents', () => {
  describe('on the demo archive, every term split', () => {
    let split: IndexFiles;
    let whole: IndexFiles;
    before(async () => {
      const records = await demoRecords();
      split = indexOf(records, undefined, { densePostings: 1, pairedPostings: 1 });
      whole = indexOf(records, undefined, { densePostings: Infinity });
    });
    sameAnswers(
      [
        'walking notes',
        'skye plan',
        '"isle of skye"',
        'walk',
        '"walking notes"',
        '"notes walking"',
        'the',
        'coffee -rain',
        'gardening ten steps',
        'from:mastodon walk',
        'year:2014..2016 walk',
        '-walk',
        'zqxjv',
        'w',
      ],
      () => ({ split, whole }),
    );
  });

  describe('on a generated archive of 3,000 entries (words in half of them)', () => {
    let split: IndexFiles;
    let whole: IndexFiles;
    before(async () => {
      const archive = path.join(temporaryFolder(), 'archive');
      await generateArchive(archive, 3000);
      const records = await demoRecords(archive);
      // Small rest files, so that loading some of them is not loading all.
      split = shardedIndexOf(records, { restDocs: 256, pairedPostings: 256 });
      whole = shardedIndexOf(records, { densePostings: Infinity });
    });

    it('splits the common words', () => {
      assert.ok([...split.keys()].some((file) => file.startsWith('search/rest/')));
      assert.ok(![...whole.keys()].some((file) => file.startsWith('search/rest/')));
    });

    sameAnswers(
      [
        'harbour bridge',
        'harbour bridge coffee',
        '"morning walk"',
        '"walk morning"',
        '"walk walk"',
        '"harbour the bridge"',
        '"morning walk harbour"',
        'coffee -"morning walk"',
        '"coffee"',
        '-"coffee" walk',
        '"harbour bridge" -coffee',
        'coffee',
        'harb',
        'concer',
        'from:twitter year:2014 music',
        'tag:music-3 walk',
        'coffee -harbour',
      ],
      () => ({ split, whole }),
    );

    /** A query's results on the split index, and the names of the index files it read. */
    const searchReading = async (query: string, options: { limit: number }) => {
      const read: string[] = [];
      const engine = new SearchEngine(memoryReader(split, (name) => read.push(name)));
      return { results: await engine.search(query, options), read };
    };

    it('answers a common word without its text-only documents', async () => {
      const { results, read } = await searchReading('coffee', { limit: 20 });
      assert.ok(results.total > 1000);
      assert.deepEqual(
        read.filter((name) => name.startsWith('rest/')),
        [],
      );
    });

    it('answers a phrase of two common words from their pair, without positions', async () => {
      const { results, read } = await searchReading('"morning walk"', { limit: 10 });
      assert.ok(results.total > 50);
      assert.ok(read.some((name) => name.startsWith('pairs/')));
      assert.deepEqual(
        read.filter((name) => name.startsWith('positions/')),
        [],
      );
    });

    it('loads the text-only documents of two common words only where they may rank', async () => {
      const { results, read } = await searchReading('harbour bridge', { limit: 10 });
      assert.ok(results.total > 1000);
      const rest = read.filter((name) => name.startsWith('rest/'));
      const all = [...split.keys()].filter((file) => file.startsWith('search/rest/'));
      assert.ok(rest.length < all.length / 4, `${rest.length} of ${all.length} rest files`);
    });
  });
});
