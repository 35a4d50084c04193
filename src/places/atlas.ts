/**
 * The world's outlines from Natural Earth (public domain), as `world-atlas` bundles them in
 * TopoJSON: 1:110m for the world map, 1:50m for the closer maps. Each is read once, when a map
 * first needs it.
 */
import { createRequire } from 'node:module';

import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Resolution = '110m' | '50m';

export interface Atlas {
  countries: Feature<Geometry, { name: string }>[];
  /** Borders between countries, as one line (drawn hairline). */
  borders: MultiLineString;
  /** Outlines by ISO 3166-1 numeric code (`250` France); Kosovo and a few others have none. */
  byNumber: Map<string, Feature<Geometry, { name: string }>>;
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
    byNumber: new Map(
      countries.filter((country) => country.id !== undefined).map((c) => [String(c.id), c]),
    ),
  };
  atlases.set(resolution, loaded);
  return loaded;
}
