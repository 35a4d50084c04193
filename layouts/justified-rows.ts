/**
 * The rows of a justified grid, computed at build time from the photos' aspect ratios: each row
 * holds photos whose ratios add up to about the row's target (its width over its height), and
 * each photo gets its share of the row's width in percent, so the row fills any width with
 * photos of one height. A last row far short of the target is not stretched: its photos keep the
 * target height. Percentages, not pixels: the same markup fits a phone and a wide screen.
 */

/** Each photo's width in tenths of a percent of the container (0–1000), and where rows end. */
export interface RowLayout {
  /** Photo indexes, row by row, in order. */
  rows: number[][];
  /** Per photo: its width, in tenths of a percent of the container's (1000 is the whole width). */
  widths: number[];
  /** Whether the last row fills the width (false when it is left short). */
  lastRowFilled: boolean;
}

export interface RowOptions {
  /** The row's width over its height: how many 1:1 photos fill a row. */
  target: number;
  /** A last row is stretched to fill the width only when its ratios add up to this share of the target. @default 0.75 */
  fillLastRow?: number;
}

/** Tenths of a percent: the width of the whole row (a pixel or so on a wide screen). */
export const ROW_STEPS = 1000;

export function justifiedRows(ratios: number[], options: RowOptions): RowLayout {
  const { target } = options;
  const rows: number[][] = [];
  let row: number[] = [];
  let sum = 0;
  for (const [index, raw] of ratios.entries()) {
    const ratio = clampRatio(raw);
    if (row.length > 0 && sum + ratio > target) {
      // Break where the row comes closest to the target: with this photo, or before it.
      const withIt = Math.abs(Math.log((sum + ratio) / target));
      const without = Math.abs(Math.log(sum / target));
      if (withIt < without) {
        row.push(index);
        rows.push(row);
        row = [];
        sum = 0;
        continue;
      }
      rows.push(row);
      row = [];
      sum = 0;
    }
    row.push(index);
    sum += ratio;
  }
  const lastRowFilled = row.length === 0 || sum >= target * (options.fillLastRow ?? 0.75);
  if (row.length > 0) rows.push(row);
  const widths = new Array<number>(ratios.length).fill(0);
  rows.forEach((indexes, rowIndex) => {
    const isShortLast = rowIndex === rows.length - 1 && !lastRowFilled;
    const ratiosOfRow = indexes.map((index) => clampRatio(ratios[index]!));
    const total = ratiosOfRow.reduce((a, b) => a + b, 0);
    const steps = isShortLast
      ? ratiosOfRow.map((ratio) =>
          Math.max(1, Math.min(ROW_STEPS, Math.floor((ratio / target) * ROW_STEPS))),
        )
      : apportion(
          ratiosOfRow.map((ratio) => (ratio / total) * ROW_STEPS),
          ROW_STEPS,
        );
    indexes.forEach((index, position) => (widths[index] = steps[position]!));
  });
  return { rows, widths, lastRowFilled };
}

/** Ratios past 1:4 or 4:1 are taken as 1:4 and 4:1; a broken size counts as square. */
export function clampRatio(ratio: number): number {
  return Number.isFinite(ratio) && ratio > 0 ? Math.min(4, Math.max(0.25, ratio)) : 1;
}

/** Whole steps adding up to `total` exactly, each the floor of its share or one more (largest remainders). */
function apportion(shares: number[], total: number): number[] {
  const floors = shares.map((share) => Math.max(1, Math.floor(share)));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (let i = 0; left > 0 && i < order.length; i++, left--) floors[order[i]!.index]!++;
  return floors;
}
