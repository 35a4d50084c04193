import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { decodeDocList } from '../../src/search/doc-lists.ts';
import {
  joinPostings,
  REST_DOCS,
  restInOrder,
  splitDocs,
  splitPostings,
} from '../../src/search/dense-terms.ts';

/** Postings as Part keeps them, from [document, field, count, length] rows in order. */
function flatOf(rows: [number, number, number, number][]): number[] {
  let previous = 0;
  return rows.flatMap(([doc, field, tf, length]) => {
    const gap = doc - previous;
    previous = doc;
    return [gap, field, tf, length];
  });
}

describe('split postings of common terms', () => {
  const every = Array.from({ length: 70_000 }, (_, doc): [number, number, number, number] => [
    doc,
    1,
    1 + (doc % 7),
    10 + (doc % 300),
  ]);
  const cases: [string, [number, number, number, number][]][] = [
    ['no documents', []],
    ['one document, in the text', [[0, 1, 1, 5]]],
    ['one document, in the title', [[12, 0, 2, 3]]],
    [
      'one document, in the title and the text',
      [
        [0, 0, 1, 3],
        [0, 1, 4, 40],
      ],
    ],
    ['every document past 65,535, in the text', every],
    [
      'documents past 65,535 in several fields, the first and last strong',
      [
        [0, 0, 1, 2],
        [0, 1, 3, 9],
        [65_535, 1, 1, 7],
        [65_536, 2, 1, 2],
        [65_537, 1, 2, 30],
        [99_999, 1, 1, 1],
        [1_000_000, 3, 1, 2],
        [1_000_000, 4, 1, 3],
      ],
    ],
    [
      'two shards, the second holding earlier years',
      [
        [500, 1, 1, 4],
        [501, 0, 1, 2],
        [900, 1, 2, 7],
        [0, 1, 1, 3],
        [2, 0, 1, 2],
        [2, 1, 1, 9],
        [499, 1, 3, 12],
      ],
    ],
  ];
  for (const [name, rows] of cases)
    it(`give back the same postings once joined: ${name}`, () => {
      const flat = flatOf(rows);
      const { term, rest } = splitPostings(flat);
      assert.equal(term.postings, rows.length);
      assert.deepEqual(term.docs.flatMap(decodeDocList), [...new Set(rows.map(([doc]) => doc))]);
      assert.deepEqual(joinPostings(term, restInOrder(splitDocs(term).textOnly, rest)), flat);
    });

  it('keep in the part only the documents holding the term outside the text', () => {
    const { term } = splitPostings(
      flatOf([
        [3, 1, 1, 5],
        [7, 0, 1, 2],
        [7, 1, 2, 8],
        [9, 2, 1, 1],
      ]),
    );
    assert.deepEqual(term.strong, [7, 0, 1, 2, 0, 1, 2, 8, 2, 2, 1, 1]);
    assert.deepEqual(splitDocs(term), { docs: [3, 7, 9], textOnly: [3] });
  });

  it('refuse a rest file of another length', () => {
    const { term } = splitPostings(flatOf([[3, 1, 1, 5]]));
    assert.throws(() => joinPostings(term, []), /Expected 1 text-only postings/);
    assert.throws(() => joinPostings(term, [NaN, NaN]), /Expected 1 text-only postings/);
  });

  it("file each text-only document under its range of documents, in the postings' order", () => {
    const { term, rest } = splitPostings(
      flatOf([
        [REST_DOCS + 1, 1, 2, 20],
        [REST_DOCS * 3, 1, 3, 30],
        [1, 1, 1, 10],
        [REST_DOCS - 1, 1, 4, 40],
      ]),
    );
    assert.deepEqual(
      [...rest],
      [
        [1, [2, 20]],
        [3, [3, 30]],
        [0, [1, 10, 4, 40]],
      ],
    );
    const { textOnly } = splitDocs(term);
    assert.deepEqual(restInOrder(textOnly, new Map([[0, [1, 10, 4, 40]]])), [
      NaN,
      NaN,
      NaN,
      NaN,
      1,
      10,
      4,
      40,
    ]);
  });
});
