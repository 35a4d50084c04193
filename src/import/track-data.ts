/**
 * A track as importers hold it (points with times) and what they write of it: its distance,
 * duration and climb, a simplified route for the page (an encoded polyline in front matter),
 * and the whole track as one GeoJSON file in the entry's media. Shared by the location history
 * and the GPX/TCX/Strava importers.
 */
import { encodePolyline } from '../shared/polyline.ts';
import type { ImportedMedia } from './types.ts';

export interface TrackPoint {
  lat: number;
  lon: number;
  /** Milliseconds since the epoch, when the point has a time. */
  time?: number;
  /** Metres above sea level. */
  ele?: number;
}

/** Most points the drawn route keeps; the GeoJSON file keeps them all. */
export const ROUTE_POINTS = 300;

const RADIUS = 6_371_008.8;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in metres. */
export function metresBetween(a: TrackPoint, b: TrackPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The track's length in metres, to the metre. */
export function distanceOf(points: readonly TrackPoint[]): number {
  let sum = 0;
  for (let index = 1; index < points.length; index++)
    sum += metresBetween(points[index - 1]!, points[index]!);
  return Math.round(sum);
}

/** Seconds from the first timed point to the last, when there are two. */
export function durationOf(points: readonly TrackPoint[]): number | undefined {
  let [first, last, timed] = [Infinity, -Infinity, 0];
  for (const point of points) {
    if (point.time === undefined) continue;
    first = Math.min(first, point.time);
    last = Math.max(last, point.time);
    timed++;
  }
  return timed < 2 ? undefined : Math.round((last - first) / 1000);
}

/** The sum of the rises between points with an elevation, in metres; undefined without any. */
export function elevationGainOf(points: readonly TrackPoint[]): number | undefined {
  let gain = 0;
  let last: number | undefined;
  let seen = false;
  for (const point of points) {
    if (point.ele === undefined) continue;
    if (last !== undefined && point.ele > last) gain += point.ele - last;
    last = point.ele;
    seen = true;
  }
  return seen ? Math.round(gain) : undefined;
}

/**
 * The route to draw: the points simplified (Douglas–Peucker, widening the tolerance until at
 * most `max` remain) and encoded. Deterministic, so a re-import writes the same line.
 */
export function routeOf(points: readonly TrackPoint[], max = ROUTE_POINTS): string {
  const pairs = points.map((point) => [point.lon, point.lat] as [number, number]);
  let kept = pairs;
  // About a metre, doubled until the route is short enough.
  for (let tolerance = 1e-5; kept.length > max; tolerance *= 2) kept = simplify(pairs, tolerance);
  return encodePolyline(kept);
}

function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let [worst, at] = [0, -1];
    for (let index = first + 1; index < last; index++) {
      const distance = offLine(points[index]!, points[first]!, points[last]!);
      if (distance > worst) [worst, at] = [distance, index];
    }
    if (at !== -1 && worst > tolerance) {
      keep[at] = 1;
      stack.push([first, at], [at, last]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

/** Distance of `p` from the segment `a`–`b`, in degrees (good enough to simplify a drawing). */
function offLine(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

const seven = (value: number) => Math.round(value * 1e7) / 1e7;

/**
 * The whole track as a GeoJSON Feature (a LineString, `[lon, lat(, ele)]` to 7 decimals, the
 * points' times as `properties.coordTimes` when every point has one), as the media file of its
 * entry. Its bytes start with `{"type":"Feature"`, which is how the writer knows it
 * (src/archive/file-kind.ts) and stores it as an inert `.geojson` download.
 */
export function trackMedia(
  name: string,
  points: readonly TrackPoint[],
  properties: Record<string, string | number> = {},
): ImportedMedia {
  const timed = points.every((point) => point.time !== undefined);
  const feature = {
    type: 'Feature',
    properties: {
      ...properties,
      ...(timed && points.length > 0
        ? { coordTimes: points.map((point) => new Date(point.time!).toISOString()) }
        : {}),
    },
    geometry: {
      type: 'LineString',
      coordinates: points.map((point) =>
        point.ele === undefined
          ? [seven(point.lon), seven(point.lat)]
          : [seven(point.lon), seven(point.lat), Math.round(point.ele * 10) / 10],
      ),
    },
  };
  return {
    from: name,
    bytes: new TextEncoder().encode(`${JSON.stringify(feature)}\n`),
    type: 'file',
    alt: 'The track as GeoJSON',
  };
}

/** The facts a track writes in front matter: distance, duration, climb, points and route. */
export function trackFields(points: readonly TrackPoint[]): {
  distance: number;
  duration?: number;
  elevationGain?: number;
  points: number;
  route: string;
} {
  const duration = durationOf(points);
  const gain = elevationGainOf(points);
  return {
    distance: distanceOf(points),
    ...(duration !== undefined ? { duration } : {}),
    ...(gain !== undefined ? { elevationGain: gain } : {}),
    points: points.length,
    route: routeOf(points),
  };
}
