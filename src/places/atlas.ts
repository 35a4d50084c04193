/**
 * The world's outlines from Natural Earth (public domain), as `world-atlas` bundles them in
 * TopoJSON: 1:110m for the world map, 1:50m for the closer maps. Each is read once, when a map
 * first needs it.
 */
import { createRequire } from 'node:module';

import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { geoBounds } from 'd3-geo';
import { clipPolygon, type Point } from 'lineclip';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { outlineKey, outlineOf } from './outline-cache.ts';

export type Resolution = '110m' | '50m';

export interface Atlas {
  countries: Feature<Geometry, { name: string }>[];
  /** Borders between countries, as one line (drawn hairline). */
  borders: MultiLineString;
  /** Outlines by ISO 3166-1 numeric code (`250` France); Kosovo and a few others have none. */
  byNumber: Map<string, Feature<Geometry, { name: string }>>;
  /** Each country's `[west, south, east, north]` (west > east across the antimeridian); `get` only. */
  bounds: Map<Feature, [number, number, number, number]>;
  /** Each country's polygons with their own bounds, so a map draws only the ones it shows; `get` only. */
  polygons: Map<Feature, Polygon[]>;
}

type Box = [number, number, number, number];

interface Polygon {
  rings: Position[][];
  box: Box;
  /** Whether it crosses the antimeridian or spans half the globe: never cut in longitude. */
  wide: boolean;
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
  let borders: MultiLineString | undefined;
  // Measured per country when a map first asks: a thread drawing only locator maps, or maps of
  // a few countries, never walks the points of the other 230 (geoBounds was most of a load).
  const loaded: Atlas = {
    countries,
    get borders() {
      return (borders ??= mesh(topology, topology.objects.countries, (a, b) => a !== b));
    },
    // Kept with the outlines between builds: the same atlas has the same bounds.
    bounds: new Computed((country) => {
      const kept = outlineOf(outlineKey('bounds', resolution, country), () => {
        const [[west, south], [east, north]] = geoBounds(country);
        return JSON.stringify([west, south, east, north]);
      });
      return JSON.parse(kept!) as Box;
    }),
    polygons: new Computed((country) => polygonsOf(country.geometry)),
    byNumber: new Map(
      countries.filter((country) => country.id !== undefined).map((c) => [String(c.id), c]),
    ),
  };
  atlases.set(resolution, loaded);
  return loaded;
}

/** A map whose value for a key is made on the first `get`, then kept. */
class Computed<K, V> extends Map<K, V> {
  constructor(private readonly make: (key: K) => V) {
    super();
  }

  override get(key: K): V {
    if (!super.has(key)) super.set(key, this.make(key));
    return super.get(key)!;
  }
}

function polygonsOf(geometry: Geometry): Polygon[] {
  const polygons =
    geometry.type === 'MultiPolygon'
      ? geometry.coordinates
      : geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : [];
  return polygons.map((rings) => {
    const [[west, south], [east, north]] = geoBounds({ type: 'Polygon', coordinates: rings });
    const wide =
      east < west ||
      east - west >= 180 ||
      rings.some((ring) =>
        ring.some((point, index) => index > 0 && Math.abs(point[0]! - ring[index - 1]![0]!) > 180),
      );
    return { rings, box: [west, south, east, north], wide };
  });
}

/** A polygon a map draws; `cut` when cut to the frame's box, within a hemisphere of its centre. */
export interface ShownPolygon {
  rings: Position[][];
  cut: boolean;
}

/**
 * What of a country a map showing `shown` (`[west, south, east, north]`) draws: only its
 * polygons that meet the frame, each cut to the frame's box and a margin around it, so a map
 * of Moscow projects a few hundred of Russia's points rather than all of them (the projection's
 * own clipping then cuts at the frame's edge, well inside the margin). Undefined when nothing
 * of it is in the frame. Cutting in longitude and latitude is exact enough for boxes of less
 * than a quarter of the globe; wider frames, and frames across the antimeridian, are not cut.
 */
export function shapeIn(shapes: Atlas, country: Feature, shown: Box): ShownPolygon[] | undefined {
  if (!boxesMeet(shown, shapes.bounds.get(country)!)) return undefined;
  const [west, south, east, north] = shown;
  const marginX = Math.max(1, (east - west) / 4);
  const marginY = Math.max(1, (north - south) / 4);
  const box: Box = [
    west - marginX,
    Math.max(-90, south - marginY),
    east + marginX,
    Math.min(90, north + marginY),
  ];
  // The frame's box is sampled along its edges: the margin holds what bulges past it.
  const polygons = shapes.polygons.get(country)!.filter((polygon) => boxesMeet(box, polygon.box));
  if (polygons.length === 0) return undefined;
  const cut = west < east && east - west < 90 && box[0] >= -180 && box[2] <= 180;
  const drawn: ShownPolygon[] = [];
  for (const polygon of polygons) {
    if (!cut || polygon.wide) {
      drawn.push({ rings: polygon.rings, cut: false });
      continue;
    }
    // A ring cut down to a line along the box's edge has no area; to the sphere, whose polygons
    // are read by their winding, it would be everything but that line: it is dropped.
    const rings = polygon.rings
      .map((ring) => closed(alongEdges(clipPolygon(ring as Point[], box), box)))
      .map((ring) => (ring.length >= 4 && Math.abs(planarArea(ring)) > 1e-9 ? ring : []));
    // The outer ring outside the box: the polygon is not shown; a hole outside it is dropped.
    if (rings[0]!.length === 0) continue;
    drawn.push({ rings: rings.filter((ring) => ring.length > 0), cut: true });
  }
  return drawn.length > 0 ? drawn : undefined;
}

/** Steps along a cut edge, in degrees: the sphere draws a long edge as a great circle. */
const EDGE_STEP = 0.25;

/**
 * The cut ring with points every EDGE_STEP along the box's edges, where the cut runs: on the
 * sphere an edge is a great circle, which strays from a parallel and could reach into the frame.
 */
function alongEdges(ring: Point[], box: Box): Point[] {
  const onEdge = (point: Point) =>
    point[0] === box[0] || point[0] === box[2] || point[1] === box[1] || point[1] === box[3];
  const out: Point[] = [];
  for (let index = 0; index < ring.length; index++) {
    const point = ring[index]!;
    const next = ring[(index + 1) % ring.length]!;
    out.push(point);
    if (!onEdge(point) || !onEdge(next)) continue;
    const steps = Math.floor(
      Math.max(Math.abs(next[0] - point[0]), Math.abs(next[1] - point[1])) / EDGE_STEP,
    );
    for (let step = 1; step < steps; step++)
      out.push([
        point[0] + ((next[0] - point[0]) * step) / steps,
        point[1] + ((next[1] - point[1]) * step) / steps,
      ]);
  }
  return out;
}

/** Twice the signed area of a ring in the plane of longitude and latitude (shoelace). */
function planarArea(ring: Position[]): number {
  let area = 0;
  for (let index = 1; index < ring.length; index++) {
    const [x0, y0] = ring[index - 1]!;
    const [x1, y1] = ring[index]!;
    area += x0! * y1! - x1! * y0!;
  }
  return area;
}

const closed = (ring: Point[]): Position[] =>
  ring.length > 0 && (ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1])
    ? [...ring, ring[0]!]
    : ring;

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
