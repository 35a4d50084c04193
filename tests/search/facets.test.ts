import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { countFacets, decodeGroups, decodeMeta, passes } from '../../src/search/facets.ts';
import { parseQuery } from '../../src/search/query-syntax.ts';

/** Four documents: 0 tagged Travel, 1 travel, 2 both, 3 walking. */
function decoded() {
  const base = decodeMeta({
    sources: ['journal'],
    kinds: ['note'],
    source: [0, 0, 0, 0],
    kind: [0, 0, 0, 0],
    day: [18000, 1, 1, 1],
  });
  // Document numbers as deltas: Travel → 0, 2; travel → 1, 2; walking → 3.
  return {
    ...base,
    ...decodeGroups({ tags: { Travel: [0, 2], travel: [1, 1], walking: [3] }, people: {} }),
  };
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
    const meta = {
      ...decodeMeta({
        sources: ['journal'],
        kinds: ['note'],
        source: [0],
        kind: [0],
        day: [18000],
      }),
      ...decodeGroups({ tags: { travel: [0] }, people: { Ana: [0] } }),
    };
    assert.deepEqual(countFacets(meta, [0]).person, [{ value: 'Ana', count: 1 }]);
  });
});
