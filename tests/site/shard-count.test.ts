import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { PARALLEL_THRESHOLD, shardCount } from '../../src/site/shard-pool.ts';

describe('shardCount', () => {
  afterEach(() => {
    delete process.env.INHALE_SHARDS;
  });

  it('keeps a small archive in the main thread and gives a large one a worker per core', () => {
    assert.equal(shardCount(PARALLEL_THRESHOLD - 1), 1);
    assert.ok(shardCount(PARALLEL_THRESHOLD) >= 1);
  });

  it('takes the count INHALE_SHARDS gives, at most 8, whatever the archive’s size', () => {
    for (const [value, files, expected] of [
      ['2', 10, 2],
      ['1', 100_000, 1],
      ['20', 10, 8],
    ] as const) {
      process.env.INHALE_SHARDS = value;
      assert.equal(shardCount(files), expected, `INHALE_SHARDS=${value}, ${files} files`);
    }
  });

  it('ignores an INHALE_SHARDS that is not a whole number of at least 1', () => {
    for (const value of ['0', '-1', '1.5', 'two', '']) {
      process.env.INHALE_SHARDS = value;
      assert.equal(shardCount(10), 1, `INHALE_SHARDS=${JSON.stringify(value)}`);
    }
  });
});
