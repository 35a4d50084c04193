/**
 * Where a track says the person was at an instant: the points around it, interpolated by time
 * when both are within the window, else the nearer one within it, else nothing. Pure; the
 * points come from src/import/location-history.ts.
 */

/** Timed points sorted by time: three columns, so a month of a dense history stays small. */
export interface TimedPoints {
  /** Epoch milliseconds, ascending. */
  times: Float64Array;
  lats: Float64Array;
  lons: Float64Array;
}

/** Columns from `[ms, lat, lon]` triples in any order. */
export function timedPoints(triples: readonly (readonly [number, number, number])[]): TimedPoints {
  const sorted = [...triples].sort((a, b) => a[0] - b[0]);
  return {
    times: Float64Array.from(sorted, (point) => point[0]),
    lats: Float64Array.from(sorted, (point) => point[1]),
    lons: Float64Array.from(sorted, (point) => point[2]),
  };
}

/** Index of the first point at or after `ms` (`times.length` when none is). */
function firstAtOrAfter(times: Float64Array, ms: number): number {
  let [low, high] = [0, times.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

const six = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The place at `ms`: between a point before and one after, each at most `windowMs` away, the
 * place on the line between them at that time; with only one of them near enough, that one.
 * Coordinates to 6 decimals (about 10 cm), as photos' own GPS is written.
 */
export function placeAt(
  points: TimedPoints,
  ms: number,
  windowMs: number,
): { lat: number; lon: number } | undefined {
  const { times, lats, lons } = points;
  const after = firstAtOrAfter(times, ms);
  const before = times[after] === ms ? after : after - 1;
  const hasBefore = before >= 0 && ms - times[before]! <= windowMs;
  const hasAfter = after < times.length && times[after]! - ms <= windowMs;
  if (hasBefore && hasAfter && before !== after) {
    const share = (ms - times[before]!) / (times[after]! - times[before]!);
    return {
      lat: six(lats[before]! + share * (lats[after]! - lats[before]!)),
      lon: six(lons[before]! + share * (lons[after]! - lons[before]!)),
    };
  }
  const nearest =
    hasBefore && (!hasAfter || ms - times[before]! <= times[after]! - ms)
      ? before
      : hasAfter
        ? after
        : -1;
  return nearest < 0 ? undefined : { lat: six(lats[nearest]!), lon: six(lons[nearest]!) };
}
