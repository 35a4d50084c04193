/**
 * Projections of the maps, computed at build time with `d3-geo`: the world in Equal Earth, and
 * a region (a country, a cluster of places) in an azimuthal equal-area projection centred on
 * it, which has no seam at the antimeridian (Fiji, Chukotka) and no blow-up near the poles.
 */
import {
  geoArea,
  geoAzimuthalEqualArea,
  geoCentroid,
  geoEqualEarth,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

import { describeProjection, type ProjectionKey } from './outline-cache.ts';

export interface Frame {
  width: number;
  height: number;
}

/** The whole world, fitted to the frame. */
export function worldProjection(frame: Frame): GeoProjection {
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [frame.width - 4, frame.height - 4],
    ],
    { type: 'Sphere' },
  );
  kinds.set(projection, 'equal-earth');
  return projection;
}

/** The d3 projection each map projection was made from: its parameters do not say it. */
const kinds = new WeakMap<GeoProjection, string>();

/** What finds a projection's outlines again (`outline-cache.ts`): its kind and parameters, as they are now. */
export function projectionKey(projection: GeoProjection): ProjectionKey {
  const kind = kinds.get(projection);
  return kind === undefined ? undefined : describeProjection(kind, projection);
}

/**
 * A projection showing `points` (and the outline `shape`, when given) in the frame, at least
 * `minSpan` degrees across so a single place still shows its surroundings. Geometry outside the
 * frame is clipped away, so a close map of Belgium does not carry the rest of Europe.
 */
export function regionProjection(
  frame: Frame,
  points: Position[],
  options: { shape?: Geometry; minSpan?: number; padding?: number } = {},
): GeoProjection {
  const { minSpan = 2, padding = 16 } = options;
  const parts: Geometry[] = [];
  if (options.shape) parts.push(options.shape);
  if (points.length) parts.push({ type: 'MultiPoint', coordinates: points });
  const collection = { type: 'GeometryCollection' as const, geometries: parts };
  const [lon, lat] = geoCentroid(collection);
  const half = minSpan / 2;
  const around: Position[] = [
    [lon - half, lat],
    [lon + half, lat],
    [lon, Math.max(-89, lat - half)],
    [lon, Math.min(89, lat + half)],
  ];
  // No adaptive resampling: the outlines' own points are close enough for a map this size,
  // and resampling was a fifth of the time of drawing thousands of closer maps.
  const projection = geoAzimuthalEqualArea()
    .precision(0)
    .rotate([-lon, -lat])
    .clipAngle(90)
    .fitExtent(
      [
        [padding, padding],
        [frame.width - padding, frame.height - padding],
      ],
      {
        type: 'GeometryCollection',
        geometries: [...parts, { type: 'MultiPoint', coordinates: around }],
      },
    );
  projection.clipExtent([
    [0, 0],
    [frame.width, frame.height],
  ]);
  kinds.set(projection, 'azimuthal-equal-area');
  return projection;
}

/**
 * A country's main land: its largest polygon, so France's map shows France, not French Guiana
 * and Réunion as well.
 */
export function mainland(country: Feature<Geometry>): Polygon | undefined {
  if (!mainlands.has(country)) mainlands.set(country, largestPolygon(country.geometry));
  return mainlands.get(country);
}

/** Each country's mainland, measured once per thread (the locators and country maps ask). */
const mainlands = new WeakMap<Feature<Geometry>, Polygon | undefined>();

function largestPolygon(geometry: Geometry): Polygon | undefined {
  if (geometry.type === 'Polygon') return geometry;
  if (geometry.type !== 'MultiPolygon') return undefined;
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/** Pixels per degree of longitude at the centre of a projection, to choose a cluster zoom. */
export function pixelsPerDegree(projection: GeoProjection): number {
  return (projection.scale() * Math.PI) / 180;
}

/**
 * The longitudes and latitudes a frame shows, as `[west, south, east, north]` (west > east
 * across the antimeridian), to ask for the clusters of a region only; the whole world when the
 * frame shows a hemisphere or more.
 */
export function viewBounds(
  projection: GeoProjection,
  frame: Frame,
): [number, number, number, number] {
  const world: [number, number, number, number] = [-180, -90, 180, 90];
  const invert = projection.invert;
  if (!invert) return world;
  const centre = -projection.rotate()[0];
  const lons: number[] = [];
  const lats: number[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [
      [(frame.width * i) / steps, 0],
      [(frame.width * i) / steps, frame.height],
      [0, (frame.height * i) / steps],
      [frame.width, (frame.height * i) / steps],
    ] as [number, number][]) {
      const point = invert([x, y]);
      if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return world;
      lons.push(((point[0] - centre + 540) % 360) - 180);
      lats.push(point[1]);
    }
  }
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  if (east - west >= 180) return world;
  // A pole inside the frame: every longitude.
  const north = projection([0, 90]);
  const south = projection([0, -90]);
  const shows = (xy: [number, number] | null) =>
    !!xy && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= frame.width && xy[1] <= frame.height;
  if (shows(north) || shows(south)) return world;
  return [centre + west, Math.min(...lats), centre + east, Math.max(...lats)];
}
