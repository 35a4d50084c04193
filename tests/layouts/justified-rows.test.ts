import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { clampRatio, justifiedRows, ROW_STEPS } from '../../layouts/justified-rows.ts';

/** Ratios of a believable camera roll: landscapes, portraits, squares, a panorama, 16:9. */
const ROLL = [
  1.5, 0.67, 1, 3, 1.78, 1.5, 1.5, 0.75, 1.33, 1, 0.56, 2.4, 1.5, 0.67, 1.5, 1.78, 1.33,
];

/** A row's height over the container's width, photo by photo: equal when the row is justified. */
const heightsOf = (ratios: number[], row: number[], widths: number[]) =>
  row.map((index) => widths[index]! / ROW_STEPS / clampRatio(ratios[index]!));

describe('justified rows', () => {
  for (const target of [2.75, 5.5])
    it(`place every photo once, in order, in rows that fill the width (target ${target})`, () => {
      const { rows, widths, lastRowFilled } = justifiedRows(ROLL, { target });
      assert.deepEqual(
        rows.flat(),
        ROLL.map((_, index) => index),
      );
      const full = lastRowFilled ? rows : rows.slice(0, -1);
      assert.ok(full.length >= 2, `${full.length} full rows`);
      for (const row of full) {
        // Whole tenths of a percent that add up to the width exactly: the row ends where the build says.
        assert.equal(
          row.reduce((sum, index) => sum + widths[index]!, 0),
          ROW_STEPS,
        );
        const heights = heightsOf(ROLL, row, widths);
        const [low, high] = [Math.min(...heights), Math.max(...heights)];
        // Rounding to a tenth of a percent moves a photo's height by a percent at most.
        assert.ok(high / low < 1.01, `heights ${heights.map((h) => h.toFixed(3)).join(', ')}`);
        // Each row's ratios come within a factor of two of the target.
        const sum = row.reduce((total, index) => total + clampRatio(ROLL[index]!), 0);
        assert.ok(sum > target / 2 && sum < target * 2, `row of ${sum} for ${target}`);
      }
    });

  it('leaves a lone last photo at the row height instead of stretching it across', () => {
    const ratios = [1.5, 1.5, 1.5, 1.5, 1.5];
    const { rows, widths, lastRowFilled } = justifiedRows(ratios, { target: 4.5 });
    assert.deepEqual(rows, [
      [0, 1, 2],
      [3, 4],
    ]);
    assert.equal(lastRowFilled, false);
    // 1.5 of a 4.5 row: a third of the width each, as in the full rows.
    assert.deepEqual([widths[3], widths[4]], [333, 333]);
    assert.deepEqual(
      rows[0]!.map((index) => widths[index]),
      [334, 333, 333],
    );
    const lone = justifiedRows([1.5, 1.5, 1.5, 1], { target: 4.5 });
    assert.deepEqual(lone.rows.at(-1), [3]);
    assert.equal(lone.widths[3], 222);
  });

  it('stretches a last row that is nearly full, and takes a panorama whole', () => {
    const nearly = justifiedRows([1.5, 1.5, 1.5, 1.2], { target: 3 });
    assert.deepEqual(nearly.rows, [
      [0, 1],
      [2, 3],
    ]);
    assert.equal(nearly.lastRowFilled, true);
    assert.equal(nearly.widths[2]! + nearly.widths[3]!, ROW_STEPS);
    const panorama = justifiedRows([12, 1, 1], { target: 2.75 });
    // A 12:1 panorama counts as 4:1 and gets a row of its own, the whole width.
    assert.deepEqual(panorama.rows, [[0], [1, 2]]);
    assert.equal(panorama.widths[0], ROW_STEPS);
  });

  it('takes a broken size as square and an empty list as no rows', () => {
    assert.equal(clampRatio(Number.NaN), 1);
    assert.equal(clampRatio(0), 1);
    assert.equal(clampRatio(Infinity), 1);
    assert.deepEqual(justifiedRows([], { target: 3 }), {
      rows: [],
      widths: [],
      lastRowFilled: true,
    });
  });
});
