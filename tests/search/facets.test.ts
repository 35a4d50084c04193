import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { encodeDocList, encodeNumbers } from '../../src/search/doc-lists.ts';
import { countFacets, decodeGroups, decodeMeta, passes } from '../../src/search/facets.ts';
import { parseQuery } from '../../src/search/query-syntax.ts';

/** The facet file of `count` journal notes of 2019. */
const notes = (count: number) =>
  decodeMeta({
    sources: ['journal'],
    kinds: ['note'],
    pairs: [0, 0],
    pair: encodeNumbers(Array(count).fill(0)),
    years: encodeNumbers([2019, count]),
  });

/** The groups file of these tags and people, each with its documents. */
const groups = (tags: Record<string, number[]>, people: Record<string, number[]> = {}) => {
  const encode = (named: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(named).map(([name, docs]) => [name, encodeDocList(docs)]));
  return decodeGroups({ tags: encode(tags), people: encode(people) });
};

/** Four documents: 0 tagged Travel, 1 travel, 2 both, 3 walking. */
function decoded() {
  return { ...notes(4), ...groups({ Travel: [0, 2], travel: [1, 2], walking: [3] }) };
}

describe('tag facets', () => {
  it('count names that differ in case as one facet, as tag: matches them, each result once', () => {
    const meta = decoded();
    const facets = countFacets(meta, [0, 1, 2, 3]);
    assert.deepEqual(facets.tag, [
      { value: 'Travel', count: 3 },
      { value: 'walking', count: 1 },
    ]);
    const query = parseQuery('tag:travel');
    const matching = [0, 1, 2, 3].filter((doc) => passes(meta, query, doc));
    assert.equal(matching.length, facets.tag[0]!.count, 'the facet counts what its filter finds');
  });

  it('counts only the results', () => {
    assert.deepEqual(countFacets(decoded(), [1, 3]).tag, [
      { value: 'Travel', count: 1 },
      { value: 'walking', count: 1 },
    ]);
  });
});

describe('person facets', () => {
  it('count an entry that has a tag too (the tag count once hid it from the person count)', () => {
    const meta = { ...notes(1), ...groups({ travel: [0] }, { Ana: [0] }) };
    assert.deepEqual(countFacets(meta, [0]).person, [{ value: 'Ana', count: 1 }]);
  });
});

describe('the facet file', () => {
  it('gives each document its source and kind from their pair, and its year from the runs', () => {
    const meta = decodeMeta({
      sources: ['journal', 'twitter'],
      kinds: ['note', 'photo'],
      pairs: [0, 0, 1, 0, 1, 1],
      pair: encodeNumbers([0, 1, 2, 0, 1]),
      years: encodeNumbers([2013, 2, 2014, 1, 2013, 1, 2014, 1]),
    });
    assert.deepEqual([...meta.years], [2013, 2013, 2014, 2013, 2014]);
    assert.deepEqual(countFacets({ ...meta, ...groups({}) }, [0, 1, 2, 3, 4]).year, [
      { value: '2014', count: 2 },
      { value: '2013', count: 3 },
    ]);
    assert.deepEqual(meta.source, [0, 1, 1, 0, 1]);
    assert.deepEqual(meta.kind, [0, 0, 1, 0, 0]);
  });

  it('of no documents holds none', () => {
    const meta = notes(0);
    assert.equal(meta.years.length, 0);
    assert.deepEqual(countFacets({ ...meta, ...groups({}) }, []).from, []);
  });
});
