/**
 * The archive's own location history, for `--geotag-photos`: the visits the location importer
 * wrote (`checkin` entries with `date`, `endDate` and a place) and the timed tracks the location
 * and tracks importers wrote (each a GeoJSON LineString with `properties.coordTimes`, in the
 * media of its entry at `<source>/<yyyy>/<mm>/`). A visit holding the time wins: it is where
 * the person stayed, with its name, where a track has few points or none. Read a month at a time, when a photo of that month
 * asks, and only the last few months kept, so a history of millions of points is never in
 * memory whole. A file that is not such a track is passed over; one that does not parse is
 * named in a warning.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { readFrontMatter } from '../archive/entry-file.ts';
import { locationSource, tracksSource } from '../archive/sources.ts';
import { placeAt, timedPoints, type TimedPoints } from './place-at-time.ts';
import type { LocationAtTime } from './types.ts';

/** Sources whose entries carry timed tracks. */
const TRACK_SOURCES = [locationSource.name, tracksSource.name];

/** Months of points kept at once. @default 6 */
const MONTHS_KEPT = 6;

/** Largest track file read, in bytes: a day of Records.json is far smaller. @default 64 MiB */
const MAX_TRACK_BYTES = 64 * 1024 ** 2;

const DAY = 86_400_000;

/** A stay at a place: a location-history check-in from its date to its end. */
interface Visit {
  start: number;
  end: number;
  place: { name?: string; lat: number; lon: number };
}

/** One month of the history. */
interface Month {
  points: TimedPoints;
  visits: Visit[];
}

export class ArchiveLocationHistory implements LocationAtTime {
  private readonly months = new Map<string, Promise<Month>>();
  /** Problems met reading track files (`file: reason`), for the import's report. */
  readonly warnings: string[] = [];

  constructor(
    private readonly archiveDir: string,
    /** How far a track point may be from the photo's time, in minutes. */
    private readonly windowMinutes: number,
  ) {}

  /** True when the archive holds any folder of a source that writes tracks. */
  async hasTracks(): Promise<boolean> {
    for (const source of TRACK_SOURCES) {
      const found = await stat(path.join(this.archiveDir, source)).catch(() => undefined);
      if (found?.isDirectory()) return true;
    }
    return false;
  }

  async placeAt(ms: number): Promise<{ name?: string; lat: number; lon: number } | undefined> {
    const windowMs = this.windowMinutes * 60_000;
    // A track is filed by its local day, up to 14 hours from UTC: the months a day either side.
    const keys = [...new Set([ms - DAY, ms, ms + DAY].map(monthKey))];
    const parts = await Promise.all(keys.map((key) => this.month(key)));
    // The shortest visit holding the time: a lunch inside a day's stay in a town.
    const visit = parts
      .flatMap((part) => part.visits)
      .filter((stay) => stay.start <= ms && ms <= stay.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (visit) return visit.place;
    const points = parts.length === 1 ? parts[0]!.points : merge(parts.map((part) => part.points));
    return placeAt(points, ms, windowMs);
  }

  private month(key: string): Promise<Month> {
    const known = this.months.get(key);
    if (known) {
      this.months.delete(key);
      this.months.set(key, known);
      return known;
    }
    const loading = this.load(key);
    this.months.set(key, loading);
    if (this.months.size > MONTHS_KEPT) this.months.delete(this.months.keys().next().value!);
    return loading;
  }

  private async load(key: string): Promise<Month> {
    const triples: [number, number, number][] = [];
    const visits: Visit[] = [];
    for (const source of TRACK_SOURCES) {
      const folder = path.join(this.archiveDir, source, key);
      const names = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of names) {
        if (!entry.isFile()) continue;
        const file = path.join(folder, entry.name);
        const relative = `${source}/${key}/${entry.name}`;
        if (source === locationSource.name && entry.name.endsWith('.md')) {
          const visit = visitOf(readFrontMatter(await readFile(file, 'utf8')));
          if (visit) visits.push(visit);
          continue;
        }
        if (!entry.name.endsWith('.geojson')) continue;
        try {
          if ((await stat(file)).size > MAX_TRACK_BYTES) {
            this.warnings.push(`${relative}: track file too large to read; not used`);
            continue;
          }
          triples.push(...trackPoints(JSON.parse(await readFile(file, 'utf8'))));
        } catch (error) {
          this.warnings.push(`${relative}: not a readable track (${(error as Error).message})`);
        }
      }
    }
    return { points: timedPoints(triples), visits };
  }
}

/** A check-in with a start, an end and coordinates, as the location importer writes visits. */
export function visitOf(data: Record<string, unknown> | undefined): Visit | undefined {
  if (data?.kind !== 'checkin' || typeof data.date !== 'string') return undefined;
  if (typeof data.endDate !== 'string') return undefined;
  const [start, end] = [Date.parse(data.date), Date.parse(data.endDate)];
  const place = data.place as { name?: unknown; lat?: unknown; lon?: unknown } | undefined;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return undefined;
  if (typeof place?.lat !== 'number' || typeof place.lon !== 'number') return undefined;
  if (Math.abs(place.lat) > 90 || Math.abs(place.lon) > 180) return undefined;
  const name = typeof place.name === 'string' && place.name.trim() ? place.name.trim() : undefined;
  return { start, end, place: { ...(name ? { name } : {}), lat: place.lat, lon: place.lon } };
}

/** `yyyy/mm` of an instant, in UTC. */
function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7).replace('-', '/');
}

function merge(parts: TimedPoints[]): TimedPoints {
  const triples: [number, number, number][] = [];
  for (const { times, lats, lons } of parts)
    for (let index = 0; index < times.length; index++)
      triples.push([times[index]!, lats[index]!, lons[index]!]);
  return timedPoints(triples);
}

/**
 * The timed points of a GeoJSON Feature whose LineString has a `coordTimes` entry per point
 * (as src/import/track-data.ts writes it); none from anything else.
 */
export function trackPoints(feature: unknown): [number, number, number][] {
  const object = feature as {
    type?: unknown;
    properties?: { coordTimes?: unknown };
    geometry?: { type?: unknown; coordinates?: unknown };
  } | null;
  if (object?.type !== 'Feature' || object.geometry?.type !== 'LineString') return [];
  const coordinates = object.geometry.coordinates;
  const times = object.properties?.coordTimes;
  if (!Array.isArray(coordinates) || !Array.isArray(times) || times.length !== coordinates.length)
    return [];
  const points: [number, number, number][] = [];
  for (const [index, pair] of coordinates.entries()) {
    const ms = typeof times[index] === 'string' ? Date.parse(times[index]) : NaN;
    const [lon, lat] = Array.isArray(pair) ? pair : [];
    if (!Number.isFinite(ms) || typeof lat !== 'number' || typeof lon !== 'number') continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    points.push([ms, lat, lon]);
  }
  return points;
}
