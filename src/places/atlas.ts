/**
 * The world's outlines from Natural Earth (public domain), as `world-atlas` bundles them in
 * TopoJSON: 1:110m for the world map, 1:50m for the closer maps. Each is read once, when a map
 * first needs it.
 */
import { createRequire } from 'node:module';

import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { geoBounds } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Resolution = '110m' | '50m';

export interface Atlas {
  countries: Feature<Geometry, { name: string }>[];
  /** Borders between countries, as one line (drawn hairline). */
  borders: MultiLineString;
  /** Outlines by ISO 3166-1 numeric code (`250` France); Kosovo and a few others have none. */
  byNumber: Map<string, Feature<Geometry, { name: string }>>;
  /** Each country's `[west, south, east, north]` (west > east across the antimeridian). */
  bounds: Map<Feature, [number, number, number, number]>;
}

const atlases = new Map<Resolution, Atlas>();

export function atlas(resolution: Resolution): Atlas {
  const cached = atlases.get(resolution);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = require(`world-atlas/countries-${resolution}.json`) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const countries = collection.features;
  const loaded: Atlas = {
    countries,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    bounds: new Map(
      countries.map((country) => {
        const [[west, south], [east, north]] = geoBounds(country);
        return [country, [west, south, east, north]];
      }),
    ),
    byNumber: new Map(
      countries.filter((country) => country.id !== undefined).map((c) => [String(c.id), c]),
    ),
  };
  atlases.set(resolution, loaded);
  return loaded;
}

/** Whether two `[west, south, east, north]` boxes meet, on a globe where longitude wraps. */
export function boxesMeet(
  a: [number, number, number, number],
  b: [number, number, number, number],
): boolean {
  if (a[1] > b[3] || b[1] > a[3]) return false;
  const width = (box: [number, number, number, number]) =>
    box[2] - box[0] >= 360 ? 360 : (((box[2] - box[0]) % 360) + 360) % 360;
  const [widthA, widthB] = [width(a), width(b)];
  if (widthA >= 360 || widthB >= 360) return true;
  const shift = (((b[0] - a[0]) % 360) + 360) % 360;
  return shift <= widthA || shift + widthB >= 360;
}
