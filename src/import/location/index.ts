/**
 * Google location history, all its generations, recognised by what the files hold (so
 * `Standortverlauf/…` or `Historial de ubicaciones/…` read as well as the English names):
 *
 * - Takeout's `Records.json` (`locations[]` with `latitudeE7`, `timestampMs` or `timestamp`):
 *   raw points, one `track` entry per day;
 * - Takeout's `Semantic Location History/YYYY/YYYY_MONTH.json` (`timelineObjects[]`):
 *   `placeVisit` → a `checkin`, `activitySegment` → an `activity` with its route;
 * - the 2024 iOS on-device export (a top-level array of `visit`, `activity`, `timelinePath`
 *   with `geo:` strings) and the 2025 Android `Timeline.json` (`semanticSegments`, `rawSignals`,
 *   `"51.5°, -0.1°"`): visits and activities as above, `timelinePath` and `rawSignals` positions
 *   as the day's track.
 *
 * Every file is streamed (stream-json, comments allowed: Android's file may start with one), so
 * a history of several GB imports in bounded memory: a Records.json's days are written as they
 * end (it is in time order; a point for a day already written is skipped and named). Each
 * day's track is one GeoJSON file in its entry's media and a simplified route in front matter
 * (src/import/track-data.ts). Everything is private: tracks by kind (privacy.privateKinds),
 * visits and activities by their `visibility`.
 */
import { Readable } from 'node:stream';

import chain from 'stream-chain';
import { pick } from 'stream-json/filters/pick.js';
import { parser as jsoncParser } from 'stream-json/jsonc/parser.js';
import { parser as jsonParser } from 'stream-json/parser.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';

import { zoneOffsetAt } from '../../archive/dates.ts';
import { locationSource, type PartOf } from '../../archive/sources.ts';
import type { FileView } from '../file-view.ts';
import { trackFields, trackMedia, type TrackPoint } from '../track-data.ts';
import type { ImportedData, ImportItem, Importer, ImportOptions } from '../types.ts';
import {
  activityName,
  anyPoint,
  e7Point,
  localDate,
  numberOf,
  objectOf,
  parseInstant,
  type Instant,
  type LatLon,
} from './parse.ts';

/** What a file of a location history is, from its first bytes. */
export type LocationFile = 'records' | 'semantic' | 'timeline' | 'ios' | 'settings' | 'edits';

/** Bytes of a file's start read to tell what it is. */
const HEAD_BYTES = 4096;

/** Most JSON files looked into to detect a location history in a large export. */
const DETECT_FILES = 400;

/** What the first bytes of a JSON file say it is, or undefined when it is not a location file. */
export function classify(head: string): LocationFile | undefined {
  const text = head.replace(/^\uFEFF/, '').replace(/^\s*(?:\/\/[^\n]*\n\s*)*/, '');
  if (text.startsWith('{')) {
    if (/"locations"\s*:\s*\[/.test(text) && /"latitudeE7"|"timestampMs"|\]\s*}\s*$/.test(text))
      return 'records';
    if (/"timelineObjects"\s*:/.test(text)) return 'semantic';
    if (/"semanticSegments"\s*:|"rawSignals"\s*:/.test(text)) return 'timeline';
    if (/"timelineEdits"\s*:/.test(text)) return 'edits';
    if (/"deviceSettings"\s*:/.test(text)) return 'settings';
    return undefined;
  }
  if (
    text.startsWith('[') &&
    /"(?:start|end)Time"\s*:/.test(text) &&
    /"(?:visit|activity|timelinePath|timelineMemory)"\s*:/.test(text)
  )
    return 'ios';
  return undefined;
}

async function headOf(view: FileView, file: string): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of await view.stream(file)) {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= HEAD_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, HEAD_BYTES).toString('utf8');
}

async function locationFiles(view: FileView, limit = Infinity) {
  const found: { file: string; type: LocationFile; comments: boolean }[] = [];
  const json = (await view.list()).filter((file) => /\.json$/i.test(file));
  for (const file of json.slice(0, limit)) {
    const head = await headOf(view, file).catch(() => '');
    const type = classify(head);
    if (type) found.push({ file, type, comments: /^\uFEFF?\s*\/[/*]/.test(head) });
  }
  return found;
}

/** The keys whose arrays hold a location file's records (or the top-level array itself). */
const RECORD_ARRAYS = new Set(['locations', 'timelineObjects', 'semanticSegments', 'rawSignals']);

/** Whether a path in the document is one record: a function, as a regular expression costs twice as much. */
const isRecord = (stack: readonly (string | number | null)[]) =>
  (stack.length === 1 && typeof stack[0] === 'number') ||
  (stack.length === 2 && typeof stack[1] === 'number' && RECORD_ARRAYS.has(stack[0] as string));

/**
 * Each record of a file, streamed; a damaged file ends with an error after what it held. Only
 * whole values are assembled (no token per string chunk), and comments are allowed only in a
 * file that starts with one, the JSONC parser being a third slower.
 */
async function* recordsOf(
  view: FileView,
  file: string,
  comments: boolean,
  /** The bytes read from the file so far, for the progress line. */
  read: { bytes: number },
): AsyncGenerator<unknown> {
  const source = await view.stream(file);
  const counted = (async function* () {
    for await (const chunk of source) yield ((read.bytes += chunk.length), chunk);
  })();
  const pipeline = chain([
    Readable.from(counted),
    comments ? jsoncParser({ streamValues: false }) : jsonParser({ streamValues: false }),
    pick({ filter: isRecord }),
    streamValues(),
  ]);
  for await (const item of pipeline as AsyncIterable<{ value: unknown }>) yield item.value;
}

/** Days held open while a Records.json streams: it is in time order, so few are needed. */
const OPEN_DAYS = 4;

/** How often the importer tells how far it is through a file, in bytes read. */
export const PROGRESS_BYTES = 4 << 20;

interface Day {
  points: TrackPoint[];
  /** The offset the day's points were written in, when they had one. */
  offset?: number;
}

/** The items of one file, with the coverage account of its records at the end. */
class FileItems {
  private records = 0;
  constructor(readonly file: string) {}
  count<T extends ImportItem>(item: T): T {
    this.records++;
    return item;
  }
  skip(reason: string, detail: string): ImportItem {
    return this.count({ type: 'skip', reason, detail: `${this.file}: ${detail}`, file: this.file });
  }
  unknown(detail: string): ImportItem {
    return this.count({
      type: 'unknown-record',
      file: this.file,
      detail: `${this.file}: ${detail}`,
    });
  }
  account(): ImportItem {
    return { type: 'file', account: { file: this.file, status: 'read', records: this.records } };
  }
}

export const locationImporter: Importer<PartOf<typeof locationSource>> = {
  name: 'location',
  version: '1',

  async detect(view) {
    const found = await locationFiles(view, DETECT_FILES);
    return found.some((item) => item.type !== 'settings' && item.type !== 'edits') ? 0.9 : 0;
  },

  async *read(view, options) {
    const files = await locationFiles(view);
    const written = new Set<string>();
    for (const { file, type, comments } of files) {
      if (type === 'settings' || type === 'edits') {
        yield {
          type: 'file',
          account: {
            file,
            status: 'not-imported',
            reason:
              type === 'settings'
                ? 'the devices and settings of Location History, not places'
                : 'Google Timeline’s record of your own corrections; the corrected visits are in the history',
          },
        };
        continue;
      }
      yield* readFile(view, file, type, comments, options, written);
    }
  },
};

async function* readFile(
  view: FileView,
  file: string,
  type: Exclude<LocationFile, 'settings' | 'edits'>,
  comments: boolean,
  options: ImportOptions,
  written: Set<string>,
): AsyncGenerator<ImportItem> {
  const items = new FileItems(file);
  const zone = options.config.timeZone;
  const generation = type === 'records' ? 'records' : 'timeline';
  const days = new Map<string, Day>();
  let index = 0;
  let signals = 0;
  let late = 0;
  const lateDays = new Set<string>();

  const flush = function* (day: string): Generator<ImportItem> {
    const held = days.get(day)!;
    days.delete(day);
    const id = `${generation}-${day}`;
    if (written.has(id)) {
      yield items.skip(
        'track of a day already imported from another file',
        `${held.points.length} point(s) of ${day}`,
      );
      return;
    }
    written.add(id);
    yield items.count(trackEntry(file, id, day, held, zone));
  };
  /** Adds a point to its day; returns a day to write when too many are open. */
  const addPoint = (point: TrackPoint, offset: number | undefined): string | undefined => {
    const shift = offset ?? zoneOffsetAt(zone, point.time!);
    const day = new Date(point.time! + shift * 60000).toISOString().slice(0, 10);
    let held = days.get(day);
    if (!held) {
      if (written.has(`${generation}-${day}`)) {
        late++;
        if (lateDays.size < 3) lateDays.add(day);
        return undefined;
      }
      held = { points: [], ...(offset !== undefined ? { offset } : {}) };
      days.set(day, held);
    }
    held.points.push(point);
    return type === 'records' && days.size > OPEN_DAYS ? [...days.keys()].sort()[0] : undefined;
  };

  const read = { bytes: 0 };
  const total = await view.size(file);
  let reported = 0;
  try {
    for await (const value of recordsOf(view, file, comments, read)) {
      index++;
      if (read.bytes - reported >= PROGRESS_BYTES) {
        reported = read.bytes;
        yield { type: 'progress', done: read.bytes, total, unit: 'bytes' };
      }
      const record = objectOf(value);
      if (!record) {
        yield items.unknown(`record ${index}: not an object`);
        continue;
      }
      if (type === 'records') {
        const point = rawPoint(record);
        if (!point)
          yield items.unknown(`record ${index}: a location without coordinates and a time`);
        else {
          const full = addPoint(point.point, point.offset);
          if (full) yield* flush(full);
        }
        continue;
      }
      if (
        record.position !== undefined ||
        record.wifiScan !== undefined ||
        record.activityRecord !== undefined
      ) {
        // A raw signal of Timeline.json: positions join the day's track; scans are not places.
        const position = objectOf(record.position);
        const point = position && anyPoint(position);
        const at = position && parseInstant(position.timestamp);
        if (point && at) {
          const altitude = numberOf(position.altitudeMeters);
          addPoint(
            { ...point, time: at.ms, ...(altitude !== undefined ? { ele: altitude } : {}) },
            at.offset,
          );
        } else signals++;
        continue;
      }
      yield* segment(record, index, items, zone, addPoint);
    }
  } catch (error) {
    yield items.skip(
      'damaged file',
      `not valid JSON after record ${index}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  for (const day of [...days.keys()].sort()) yield* flush(day);
  if (late > 0)
    yield items.skip(
      'points out of time order',
      `${late} point(s) for days already written (${[...lateDays].join(', ')}${late > lateDays.size ? '…' : ''})`,
    );
  if (signals > 0)
    yield items.skip(
      'raw signals that are not positions',
      `${signals} Wi-Fi scan(s), activity record(s) or position(s) without a time`,
    );
  yield items.account();
}

/** A Records.json location: its point and time. */
function rawPoint(
  record: Record<string, unknown>,
): { point: TrackPoint; offset?: number } | undefined {
  const point = e7Point(record);
  const at = parseInstant(record.timestampMs ?? record.timestamp);
  if (!point || !at) return undefined;
  const altitude = numberOf(record.altitude);
  return {
    point: { ...point, time: at.ms, ...(altitude !== undefined ? { ele: altitude } : {}) },
    ...(at.offset !== undefined ? { offset: at.offset } : {}),
  };
}

type AddPoint = (point: TrackPoint, offset: number | undefined) => string | undefined;

/** A timeline object (Semantic history) or a segment (iOS, Android). */
function* segment(
  record: Record<string, unknown>,
  index: number,
  items: FileItems,
  zone: string,
  addPoint: AddPoint,
): Generator<ImportItem> {
  const visit = objectOf(record.placeVisit) ?? objectOf(record.visit);
  const move = objectOf(record.activitySegment) ?? objectOf(record.activity);
  const duration = objectOf(visit?.duration) ?? objectOf(move?.duration);
  const start = parseInstant(
    duration?.startTimestamp ?? duration?.startTimestampMs ?? record.startTime,
  );
  const end = parseInstant(duration?.endTimestamp ?? duration?.endTimestampMs ?? record.endTime);
  if (visit) {
    if (!start) return yield items.unknown(`record ${index}: a visit without a time`);
    const entry = visitEntry(items.file, visit, start, end, zone);
    if (!entry)
      return yield items.skip(
        'visit without a place',
        `record ${index} at ${localDate(start, zone)}`,
      );
    return yield items.count(entry);
  }
  if (move) {
    if (!start) return yield items.unknown(`record ${index}: an activity without a time`);
    const entry = activityEntry(items.file, move, start, end, zone);
    if (!entry)
      return yield items.skip(
        'activity without a place',
        `record ${index} at ${localDate(start, zone)}`,
      );
    return yield items.count(entry);
  }
  if (Array.isArray(record.timelinePath)) {
    let added = 0;
    for (const item of record.timelinePath) {
      const step = objectOf(item);
      const point = anyPoint(step);
      if (!step || !point) continue;
      // Android gives each point its time; iOS minutes from the segment's start.
      const minutes = numberOf(step.durationMinutesOffsetFromStartTime);
      const at =
        parseInstant(step.time) ??
        (start && minutes !== undefined
          ? {
              ms: start.ms + minutes * 60000,
              ...(start.offset !== undefined ? { offset: start.offset } : {}),
            }
          : undefined);
      if (!at) continue;
      addPoint({ ...point, time: at.ms }, at.offset);
      added++;
    }
    if (added === 0) yield items.skip('path without points', `record ${index}`);
    return;
  }
  if (record.timelineMemory !== undefined)
    return yield items.skip(
      'timeline memory',
      `record ${index}: a trip summary, its visits are imported`,
    );
  yield items.unknown(`record ${index}: neither a visit, an activity nor a path`);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

const place = (point: LatLon, name?: string) => ({
  ...(name ? { name } : {}),
  lat: round(point.lat, 7),
  lon: round(point.lon, 7),
});

function visitEntry(
  file: string,
  visit: Record<string, unknown>,
  start: Instant,
  end: Instant | undefined,
  zone: string,
): ImportItem | undefined {
  const location = objectOf(visit.location);
  const candidate = objectOf(visit.topCandidate);
  const others = Array.isArray(visit.otherCandidateLocations) ? visit.otherCandidateLocations : [];
  const point =
    e7Point(location) ??
    anyPoint(candidate?.placeLocation) ??
    e7Point({ latE7: visit.centerLatE7, lngE7: visit.centerLngE7 }) ??
    e7Point(others[0]);
  const name = typeof location?.name === 'string' ? location.name.trim() : undefined;
  const address = typeof location?.address === 'string' ? location.address.trim() : undefined;
  if (!point && !name) return undefined;
  const semantic = activityName(location?.semanticType ?? candidate?.semanticType);
  const data: ImportedData = {
    id: `location:visit-${start.ms}`,
    kind: 'checkin',
    date: localDate(start, zone),
    ...(end ? { endDate: localDate(end, zone) } : {}),
    ...(name ? { title: name } : {}),
    ...(point ? { place: place(point, name) } : { place: { name: name! } }),
    ...(semantic === 'home' ||
    semantic === 'work' ||
    semantic === 'inferred home' ||
    semantic === 'inferred work'
      ? { tags: [semantic.replace('inferred ', '')] }
      : {}),
    visibility: 'private',
  };
  return {
    type: 'entry',
    entry: { data, body: address && address !== name ? `${address}\n` : '', media: [], file },
  };
}

function activityEntry(
  file: string,
  move: Record<string, unknown>,
  start: Instant,
  end: Instant | undefined,
  zone: string,
): ImportItem | undefined {
  const path: LatLon[] = [];
  const first = anyPoint(move.startLocation) ?? anyPoint(move.start);
  if (first) path.push(first);
  const waypoints = objectOf(move.waypointPath)?.waypoints;
  const raw = objectOf(move.simplifiedRawPath)?.points;
  for (const list of [Array.isArray(raw) && raw.length > 0 ? raw : waypoints])
    if (Array.isArray(list))
      for (const item of list) {
        const point = anyPoint(item);
        if (point) path.push(point);
      }
  const last = anyPoint(move.endLocation) ?? anyPoint(move.end);
  if (last) path.push(last);
  if (path.length === 0) return undefined;
  const activities = Array.isArray(move.activities) ? move.activities : [];
  const type =
    activityName(move.activityType) ??
    activityName(objectOf(move.topCandidate)?.type) ??
    activityName(objectOf(activities[0])?.activityType);
  const fields = trackFields(path);
  const distance = numberOf(move.distance) ?? numberOf(move.distanceMeters);
  const data: ImportedData = {
    id: `location:activity-${start.ms}`,
    kind: 'activity',
    date: localDate(start, zone),
    ...(end ? { endDate: localDate(end, zone) } : {}),
    ...(type ? { activityType: type } : {}),
    distance: distance !== undefined ? Math.round(distance) : fields.distance,
    ...(end && end.ms >= start.ms ? { duration: Math.round((end.ms - start.ms) / 1000) } : {}),
    ...(path.length > 1 ? { route: fields.route } : {}),
    place: place(path[0]!),
    visibility: 'private',
  };
  return { type: 'entry', entry: { data, body: '', media: [], file } };
}

/** A day's track: its points in time order, exact repeats (same time and place) dropped. */
function trackEntry(file: string, id: string, day: string, held: Day, zone: string): ImportItem {
  const sorted = [...held.points].sort(
    (a, b) => a.time! - b.time! || a.lat - b.lat || a.lon - b.lon,
  );
  const points = sorted.filter(
    (point, index) =>
      index === 0 ||
      point.time !== sorted[index - 1]!.time ||
      point.lat !== sorted[index - 1]!.lat ||
      point.lon !== sorted[index - 1]!.lon,
  );
  const at = (point: TrackPoint): Instant => ({
    ms: point.time!,
    ...(held.offset !== undefined ? { offset: held.offset } : {}),
  });
  const data: ImportedData = {
    id: `location:${id}`,
    kind: 'track',
    date: localDate(at(points[0]!), zone),
    endDate: localDate(at(points[points.length - 1]!), zone),
    ...trackFields(points),
    visibility: 'private',
  };
  return {
    type: 'entry',
    entry: {
      data,
      body: '',
      media: [trackMedia(`track-${day}.geojson`, points, { day })],
      file,
    },
  };
}
