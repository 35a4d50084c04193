import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import {
  analyzeRecord,
  buildSearchIndex,
  postingsOf,
  unwrap,
  type IndexFiles,
} from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import {
  countFacets,
  decodeGroups,
  decodeMeta,
  type DecodedMeta,
  type Facets,
} from '../../src/search/facets.ts';
import { COUNTED_FROM_DOCS, type Groups, type Meta } from '../../src/search/index-format.ts';
import type { AnalyzedDoc, EntryRecord } from '../../src/shared/entry-types.ts';
import { demoRecords, indexOf, memoryReader } from '../helpers/search-index.ts';

/** The filter counts the facet and groups files give for every match of `query`. */
async function countedFromFacetFiles(
  files: IndexFiles,
  query: string,
  typing = false,
): Promise<Facets> {
  const engine = new SearchEngine(memoryReader(files));
  const all = await engine.search(query, { typing, limit: Infinity });
  const decoded: DecodedMeta = {
    ...decodeMeta(unwrap(files.get('search/meta.js')!) as Meta),
    ...decodeGroups(unwrap(files.get('search/groups.js')!) as Groups),
  };
  return countFacets(
    decoded,
    all.hits.map((hit) => hit.doc),
  );
}

/** The counts a fresh engine gives, and the index files it read for them. */
async function firstQuery(files: IndexFiles, query: string, typing = false) {
  const read: string[] = [];
  const engine = new SearchEngine(memoryReader(files, (name) => read.push(name)));
  const results = await engine.search(query, { typing, limit: 10, facets: true });
  return { results, read, kinds: new Set(read.map((name) => name.split('/')[0])) };
}

describe('filter counts of the demo archive', () => {
  let files: IndexFiles;
  before(async () => {
    files = indexOf(await demoRecords(), 2000);
  });

  it('are the same from counts files, stored documents and the facet files', async () => {
    for (const query of [
      'walk',
      'harbour',
      'lisbon',
      'skye',
      'zanzibarish',
      'trav',
      'walk harbour',
    ]) {
      for (const typing of [false, true]) {
        const { results } = await firstQuery(files, query, typing);
        assert.deepEqual(
          results.facets,
          await countedFromFacetFiles(files, query, typing),
          `${query}${typing ? ' (typing)' : ''}: ${results.total} matches`,
        );
      }
    }
  });

  it('for one word in many entries load its counts file, not the facet files', async () => {
    const { results, kinds } = await firstQuery(files, 'walk');
    assert.ok(results.total > COUNTED_FROM_DOCS, `${results.total} matches`);
    assert.ok(kinds.has('counts'), [...kinds].join(' '));
    assert.ok(!kinds.has('meta') && !kinds.has('groups'), [...kinds].join(' '));
  });

  it('for a few matches come from their stored documents, and for none load nothing', async () => {
    const few = await firstQuery(files, 'isle');
    assert.ok(few.results.total > 0 && few.results.total <= COUNTED_FROM_DOCS);
    assert.deepEqual([...few.kinds].sort(), ['docs', 'manifest', 'terms']);
    const none = await firstQuery(files, 'zqxjvw');
    assert.equal(none.results.total, 0);
    assert.deepEqual(none.results.facets!.tag, []);
    assert.deepEqual([...none.kinds].sort(), ['manifest', 'terms']);
  });

  it('for two words or a filter still come from the facet files', async () => {
    const { results, kinds } = await firstQuery(files, 'from:journal walk');
    assert.ok(results.total > COUNTED_FROM_DOCS);
    assert.ok(kinds.has('meta') && kinds.has('groups'));
    assert.deepEqual(results.facets, await countedFromFacetFiles(files, 'from:journal walk'));
  });

  it('for two words or a filter, without groups, leave tags and people out and load no groups file', async () => {
    for (const query of ['day -coffee', 'from:journal walk', 'before:2030 day']) {
      const read: string[] = [];
      const engine = new SearchEngine(memoryReader(files, (name) => read.push(name)));
      const first = await engine.search(query, { limit: 10, facets: true, groups: false });
      assert.ok(first.total > COUNTED_FROM_DOCS, `${query}: ${first.total} matches`);
      assert.equal(first.groupsLeftOut, true, query);
      assert.deepEqual([first.facets!.tag, first.facets!.person], [[], []], query);
      assert.ok(read.includes('meta') && !read.includes('groups'), `${query}: ${read.join(' ')}`);
      assert.equal(
        read.includes('days'),
        query.startsWith('before:'),
        `${query}: ${read.join(' ')}`,
      );
      const expected = await countedFromFacetFiles(files, query);
      assert.deepEqual(first.facets, { ...expected, tag: [], person: [] }, query);
      // Opening the filters counts them all: the same as the facet files give.
      const later = await engine.search(query, { limit: 0, facets: true });
      assert.equal(later.groupsLeftOut, undefined);
      assert.ok(later.facets!.tag.length > 0, query);
      assert.deepEqual(later.facets, expected, query);
    }
  });

  it('for a tag filter count tags and people at once, as the filter loads the groups file', async () => {
    const engine = new SearchEngine(memoryReader(files));
    const results = await engine.search('tag:travel walk', { facets: true, groups: false });
    assert.equal(results.groupsLeftOut, undefined);
    assert.deepEqual(results.facets, await countedFromFacetFiles(files, 'tag:travel walk'));
  });
});

describe('counts files', () => {
  /** 30 entries, all with the word `walk`, tagged Travel (23), travel (15) or both; half with Ana. */
  function records(): EntryRecord[] {
    const demo = (index: number): Partial<EntryRecord> => ({
      id: `journal:${index}`,
      title: '',
      text: `A walk number ${index}`,
      date: `20${10 + (index % 5)}-03-0${1 + (index % 9)}T10:00:00+01:00`,
      source: index % 3 ? 'journal' : 'twitter',
      kind: 'note',
      tags: [['Travel'], ['travel'], ['Travel', 'travel'], ['Travel']][index % 4]!,
      people: index % 2 ? ['Ana Kovač'] : [],
    });
    return Array.from({ length: 30 }, (_, index) => demo(index) as EntryRecord);
  }

  it('count tags that differ in case as one, shown as the most used spelling, each entry once', async () => {
    const files = indexOf(records());
    const { results, kinds } = await firstQuery(files, 'walk');
    assert.ok(kinds.has('counts'));
    assert.deepEqual(results.facets!.tag, [{ value: 'Travel', count: 30 }]);
    assert.deepEqual(results.facets!.person, [{ value: 'Ana Kovač', count: 15 }]);
    assert.deepEqual(results.facets, await countedFromFacetFiles(files, 'walk'));
  });

  it('count a term whose postings come from shards holding alternate entries', async () => {
    const entries = records();
    // Even entries in one shard, odd in the other: the merged postings step back and forth.
    const files = buildSearchIndex(
      entries.map((record) => ({ ...record, url: `${record.id}/` })),
      [0, 1].map((shard) =>
        postingsOf(
          entries.flatMap((record, index) =>
            index % 2 === shard ? [[index, analyzeRecord(record)] as [number, AnalyzedDoc]] : [],
          ),
        ),
      ),
    );
    const { results, kinds } = await firstQuery(files, 'walk');
    assert.ok(kinds.has('counts'));
    assert.equal(results.total, 30);
    assert.deepEqual(results.facets, await countedFromFacetFiles(files, 'walk'));
  });

  it('hold only the terms in more entries than a page of results counts', () => {
    const files = indexOf(records());
    const counted = [...files]
      .filter(([name]) => name.startsWith('search/counts/'))
      .flatMap(([, text]) => Object.keys(unwrap(text) as object));
    assert.ok(counted.includes('walk') && counted.includes('number'), counted.join(' '));
    assert.ok(!counted.includes('17'), 'a number in one entry is counted from its document');
  });
});
