/**
 * Countries' outlines as SVG paths, kept between builds (issue 22): the same outline drawn in
 * the same projection is the same path, and projecting and clipping them was a third of the
 * demo's CPU. A path is found by what it is drawn from (`outlineKey`): the projection's kind
 * and every parameter, the atlas's resolution, the country and the bounds it is cut to; the
 * file is named by the tool's digest, so other code or packages never read it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

import type { GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';

/**
 * Most bytes of paths a build keeps: the demo's are 0.9 MB; a large archive's thousands of
 * closer maps would hold too much memory, so past this the build stops keeping any.
 */
const MOST_BYTES = 8_000_000;

const FILE_PREFIX = 'map-outlines-';

let file: string | undefined;
let kept = new Map<string, string>();
let drawn = new Map<string, string>();
let bytes = 0;

/** Where this thread's maps find and keep their outlines until `saveOutlines` (the main thread's). */
export function useOutlines(cacheDir: string, toolDigest: string): void {
  file = path.join(cacheDir, `${FILE_PREFIX}${toolDigest}.v8`);
  try {
    kept = deserialize(readFileSync(file)) as Map<string, string>;
  } catch {
    kept = new Map();
  }
  drawn = new Map();
  bytes = 0;
}

/**
 * Writes the outlines this build used, when it drew any the file did not have (and they are few
 * enough), and stops keeping them. A cache that cannot be written fails no build.
 */
export function saveOutlines(): void {
  if (!file) return;
  const [target, used] = [file, drawn];
  const isNew = [...used.keys()].some((key) => !kept.has(key));
  file = undefined;
  kept = new Map();
  drawn = new Map();
  if (!isNew) return;
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const folder = path.dirname(target);
    mkdirSync(folder, { recursive: true });
    // Another tool's outlines are never read again.
    for (const name of readdirSync(folder))
      if (name.startsWith(FILE_PREFIX) && name !== path.basename(target))
        rmSync(path.join(folder, name), { force: true });
    writeFileSync(temporary, serialize(used));
    renameSync(temporary, target);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** The path of `key`, kept from the last build or drawn now; drawn every time when not keeping. */
export function outlineOf(key: string | undefined, draw: () => string | null): string | null {
  if (!file || key === undefined) return draw();
  // Nothing to draw is kept too, as ''.
  const known = drawn.get(key) ?? kept.get(key);
  if (known !== undefined) {
    if (!drawn.has(key)) remember(key, known);
    return known || null;
  }
  const d = draw();
  remember(key, d ?? '');
  return d;
}

function remember(key: string, d: string): void {
  drawn.set(key, d);
  bytes += key.length + d.length;
  if (bytes <= MOST_BYTES) return;
  // Too many to keep: this build draws the rest as before, and the next one draws them all.
  file = undefined;
  kept = new Map();
  drawn = new Map();
}

/** How a projection's paths are found again: undefined for one `projection.ts` did not make. */
export type ProjectionKey = string | undefined;

/** The key of a country's outline in a projection, at a resolution, cut to `bounds`. */
export function outlineKey(
  projection: ProjectionKey,
  resolution: string,
  country: Feature,
  bounds?: readonly number[],
): string | undefined {
  if (projection === undefined) return undefined;
  const name = (country.properties as { name?: string } | null)?.name ?? '';
  return `${projection}|${resolution}|${country.id ?? ''}:${name}|${bounds?.join(',') ?? ''}`;
}

/**
 * Every parameter of a projection that moves a point or a cut, after the kind it was made as,
 * hashed: the key of each of its outlines starts with it.
 */
export function describeProjection(kind: string, projection: GeoProjection): string {
  const parameters = JSON.stringify([
    kind,
    projection.scale(),
    projection.translate(),
    projection.rotate(),
    projection.center(),
    projection.angle(),
    projection.reflectX(),
    projection.reflectY(),
    projection.clipAngle() ?? null,
    projection.clipExtent(),
    projection.precision(),
  ]);
  return createHash('sha1').update(parameters).digest('base64url');
}
