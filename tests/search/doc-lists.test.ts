import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  decodeDocList,
  decodeNumbers,
  encodeDocList,
  encodeNumbers,
} from '../../src/search/doc-lists.ts';

describe('document lists as text', () => {
  const cases: [string, number[]][] = [
    ['no documents', []],
    ['one document, the first', [0]],
    ['one document far in', [99_999]],
    ['neighbours', [0, 1, 2, 3, 4]],
    ['gaps of one character and of two', [5, 37, 38, 1000, 1031]],
    ['numbers past 65,535', [65_534, 65_535, 65_536, 70_000, 1_048_575, 1_048_576, 3_000_000]],
  ];
  for (const [name, docs] of cases)
    it(`give back the same numbers: ${name}`, () => {
      assert.deepEqual(decodeDocList(encodeDocList(docs)), docs);
    });

  it('write neighbouring documents one character each', () => {
    assert.equal(encodeDocList([0, 1, 2, 33]).length, 4);
    assert.equal(encodeDocList([0, 34]).length, 3);
    assert.equal(encodeDocList([]), '');
  });

  it('need no escaping in a JSON string', () => {
    const text = encodeDocList(Array.from({ length: 2000 }, (_, index) => index * index));
    assert.equal(JSON.stringify(text), `"${text}"`);
  });

  it('refuse numbers out of order, and text that is not theirs', () => {
    assert.throws(() => encodeDocList([3, 3]), /increasing/);
    assert.throws(() => encodeDocList([4, 2]), /increasing/);
    assert.throws(() => decodeDocList('W'), /ends inside a number/);
    assert.throws(() => decodeDocList('0"'), /Unexpected/);
  });
});

describe('numbers as text', () => {
  it('give back any non-negative integer', () => {
    const values = [0, 1, 31, 32, 1023, 1024, 65_535, 65_536, 2 ** 31, Number.MAX_SAFE_INTEGER];
    assert.deepEqual(decodeNumbers(encodeNumbers(values)), values);
  });

  it('refuse negative and fractional numbers', () => {
    assert.throws(() => encodeNumbers([-1]), /non-negative integer, got -1/);
    assert.throws(() => encodeNumbers([1.5]), /got 1.5/);
  });
});
