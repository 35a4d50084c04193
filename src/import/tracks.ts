/**
 * Tracks: GPX (1.0 and 1.1: tracks, routes and waypoints), TCX (Garmin's Training Center,
 * Google Fit's Takeout) and Strava's bulk export (`activities.csv` naming each activity's
 * `activities/<id>.gpx|.tcx[.gz]`). Each track or activity is an `activity` entry (type,
 * distance, duration, climb) with its route drawn offline and the whole track as GeoJSON in its
 * media (src/import/track-data.ts); a GPX waypoint is a `checkin`. FIT files (binary, from
 * Garmin and other devices, `.fit[.gz]`) are read by src/import/tracks-fit.ts. XML through
 * fast-xml-parser, which never resolves an external entity; everything is private.
 */
import { gunzipSync } from 'node:zlib';

import { parse as parseCsvText } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';

import { tracksSource, type PartOf } from '../archive/sources.ts';
import type { FileView } from './file-view.ts';
import { htmlToText } from './html.ts';
import { localDate, parseInstant, activityName, numberOf } from './location/parse.ts';
import { trackFields, trackMedia, type TrackPoint } from './track-data.ts';
import { fitActivities } from './tracks-fit.ts';
import type { ImportedData, ImportItem, Importer, ImportOptions } from './types.ts';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) =>
    [
      'trk',
      'trkseg',
      'trkpt',
      'rte',
      'rtept',
      'wpt',
      'Activity',
      'Lap',
      'Track',
      'Trackpoint',
      'Position',
    ].includes(name),
});

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.filter((item): item is Node => typeof item === 'object' && item !== null)
    : [];
const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'object' && value !== null) return text((value as Node)['#text']);
  return undefined;
};

const TRACK_FILE = /\.(gpx|tcx)(\.gz)?$/i;
const FIT_FILE = /\.fit(\.gz)?$/i;

/** A track file's bytes, gunzipped when they are gzip (Strava's `.gpx.gz`, `.fit.gz`). */
async function trackBytes(view: FileView, file: string): Promise<Buffer> {
  const bytes = await view.buffer(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b
    ? gunzipSync(bytes, { maxOutputLength: 512 * 1024 ** 2 })
    : bytes;
}

/** A track file's text, BOM and leading blanks gone. */
async function trackText(view: FileView, file: string): Promise<string> {
  return (await trackBytes(view, file))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
}

/** A file that does not parse: one record, skipped as damaged with the parser's reason. */
function damaged(file: string, error: unknown): ImportItem[] {
  return [
    { type: 'skip', reason: 'damaged file', detail: `${file}: ${(error as Error).message}`, file },
    { type: 'file', account: { file, status: 'read', records: 1 } },
  ];
}

/** What Strava's activities.csv says of an activity, by the file it names. */
interface StravaRow {
  id: string;
  name?: string;
  type?: string;
  description?: string;
  /** Elapsed seconds. */
  elapsed?: number;
}

export const tracksImporter: Importer<PartOf<typeof tracksSource>> = {
  name: 'tracks',
  version: '1',

  async detect(view) {
    const files = await view.list();
    if (
      files.some((file) => /(^|\/)activities\.csv$/i.test(file)) &&
      files.some((file) => /(^|\/)activities\//i.test(file))
    )
      return 1;
    return files.some((file) => TRACK_FILE.test(file) || FIT_FILE.test(file)) ? 0.6 : 0;
  },

  async *read(view, options) {
    const files = await view.list();
    const strava = new Map<string, StravaRow>();
    for (const csv of files.filter((file) => /(^|\/)activities\.csv$/i.test(file)))
      yield* readStravaCsv(view, csv, files, strava, options);
    for (const file of files) {
      if (FIT_FILE.test(file)) yield* readFitFile(view, file, options, strava.get(file));
      else if (TRACK_FILE.test(file)) yield* readTrackFile(view, file, options, strava.get(file));
    }
  },
};

/**
 * Strava's activities.csv: one row per activity, columns by header name (`Activity ID`,
 * `Activity Date`, `Activity Name`, `Activity Type`, `Elapsed Time`, `Distance`, `Filename`).
 * A row whose GPX, TCX or FIT file is in the export is read with that file (its name, type and
 * description win); any other row (a manual activity) is an activity of its own, dated by `Activity Date` (UTC, `May 13, 2024, 7:00:00 AM`). The export repeats some
 * headers: the second `Distance` is in metres, the first in the account's unit (km assumed
 * when it is the only one).
 */
async function* readStravaCsv(
  view: FileView,
  csv: string,
  files: string[],
  strava: Map<string, StravaRow>,
  options: ImportOptions,
): AsyncGenerator<ImportItem> {
  const folder = csv.includes('/') ? csv.slice(0, csv.lastIndexOf('/') + 1) : '';
  let table: string[][];
  try {
    table = parseCsvText(await view.text(csv), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    yield* damaged(csv, error);
    return;
  }
  const [header = [], ...rows] = table;
  const first = (name: string) => header.indexOf(name);
  const last = (name: string) => header.lastIndexOf(name);
  const cell = (row: string[], at: number) => (at >= 0 ? row[at]?.trim() || undefined : undefined);
  const known = new Set(files);
  let records = 0;
  for (const [index, row] of rows.entries()) {
    records++;
    const id = cell(row, first('Activity ID'));
    const file = cell(row, first('Filename'));
    if (!id || !/^\d+$/.test(id)) {
      yield {
        type: 'unknown-record',
        file: csv,
        detail: `${csv}: row ${index + 2}: no Activity ID`,
      };
      continue;
    }
    const elapsed = numberOf(cell(row, last('Elapsed Time')));
    const name = cell(row, first('Activity Name'));
    const type = cell(row, first('Activity Type'));
    const description = cell(row, first('Activity Description'));
    const facts: StravaRow = {
      id,
      ...(name ? { name } : {}),
      ...(type ? { type } : {}),
      ...(description ? { description } : {}),
      ...(elapsed !== undefined ? { elapsed } : {}),
    };
    if (file && known.has(folder + file) && (TRACK_FILE.test(file) || FIT_FILE.test(file))) {
      strava.set(folder + file, facts);
      // The activity is counted with its track file.
      yield {
        type: 'skip',
        reason: 'activity read from its track file',
        detail: `${csv}: row ${index + 2} → ${folder + file}`,
        file: csv,
      };
      continue;
    }
    const date = stravaDate(cell(row, first('Activity Date')));
    if (!date) {
      yield {
        type: 'unknown-record',
        file: csv,
        detail: `${csv}: row ${index + 2}: no Activity Date`,
      };
      continue;
    }
    const [one, two] = [first('Distance'), last('Distance')];
    const metres = two > one ? numberOf(cell(row, two)) : (numberOf(cell(row, one)) ?? NaN) * 1000;
    const activityType = activityName(type);
    const data: ImportedData = {
      id: `tracks:strava-${id}`,
      kind: 'activity',
      date: localDate({ ms: date }, options.config.timeZone),
      ...(name ? { title: name } : {}),
      ...(activityType ? { activityType } : {}),
      ...(metres !== undefined && Number.isFinite(metres) && metres > 0
        ? { distance: Math.round(metres) }
        : {}),
      ...(elapsed !== undefined ? { duration: Math.round(elapsed) } : {}),
      visibility: 'private',
    };
    const note = file && !known.has(folder + file) ? `${file} is not in the export` : undefined;
    if (note) yield { type: 'warning', message: `${csv}: row ${index + 2}: ${note}` };
    yield {
      type: 'entry',
      entry: {
        data,
        body: description ? `${htmlToText(description)}\n` : '',
        media: [],
        file: csv,
      },
    };
  }
  yield { type: 'file', account: { file: csv, status: 'read', records } };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Strava's `May 13, 2024, 7:00:00 AM` (UTC) as epoch milliseconds. */
export function stravaDate(value: string | undefined): number | undefined {
  const match =
    /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)?$/i.exec(
      value?.trim() ?? '',
    );
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  if (month < 0) return undefined;
  let hour = Number(match[4]) % (match[7] ? 12 : 24);
  if (match[7]?.toUpperCase() === 'PM') hour += 12;
  const ms = Date.UTC(
    Number(match[3]),
    month,
    Number(match[2]),
    hour,
    Number(match[5]),
    Number(match[6]),
  );
  return Number.isFinite(ms) ? ms : undefined;
}

async function* readTrackFile(
  view: FileView,
  file: string,
  options: ImportOptions,
  strava: StravaRow | undefined,
): AsyncGenerator<ImportItem> {
  let document: Node;
  try {
    const source = await trackText(view, file);
    if (!/^<(\?xml|gpx|TrainingCenterDatabase)\b/.test(source)) throw new Error('not XML');
    document = xml.parse(source, true) as Node;
  } catch (error) {
    yield* damaged(file, error);
    return;
  }
  const items = document.gpx
    ? gpxItems(document.gpx as Node, file, options, strava)
    : document.TrainingCenterDatabase
      ? tcxItems(document.TrainingCenterDatabase as Node, file, options, strava)
      : [{ type: 'unknown-record', file, detail: `${file}: neither GPX nor TCX` } as ImportItem];
  let records = 0;
  for (const item of items) {
    if (item.type === 'entry' || item.type === 'skip' || item.type === 'unknown-record') records++;
    yield item;
  }
  yield { type: 'file', account: { file, status: 'read', records } };
}

/** A FIT file: an activity per session (tracks-fit.ts); one that does not decode is damaged. */
async function* readFitFile(
  view: FileView,
  file: string,
  options: ImportOptions,
  strava: StravaRow | undefined,
): AsyncGenerator<ImportItem> {
  let found: Awaited<ReturnType<typeof fitActivities>>;
  try {
    found = await fitActivities(await trackBytes(view, file));
  } catch (error) {
    yield* damaged(file, error);
    return;
  }
  if (found.length === 0)
    yield { type: 'skip', reason: 'FIT file without an activity', detail: file, file };
  for (const [index, fit] of found.entries()) {
    const own = {
      ...(fit.type ? { type: fit.type } : {}),
      ...(fit.distance !== undefined ? { distance: fit.distance } : {}),
      ...(fit.seconds !== undefined ? { seconds: fit.seconds } : {}),
    };
    yield activity(file, index, fit.points, fit.start, options, own, strava);
  }
  yield { type: 'file', account: { file, status: 'read', records: Math.max(1, found.length) } };
}

function gpxPoint(node: Node): TrackPoint | undefined {
  const lat = numberOf(node['@lat']);
  const lon = numberOf(node['@lon']);
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return undefined;
  const time = parseInstant(text(node.time));
  const ele = numberOf(text(node.ele));
  return { lat, lon, ...(time ? { time: time.ms } : {}), ...(ele !== undefined ? { ele } : {}) };
}

function* gpxItems(
  gpx: Node,
  file: string,
  options: ImportOptions,
  strava: StravaRow | undefined,
): Generator<ImportItem> {
  const tracks = [
    ...list(gpx.trk).map((trk) => ({
      node: trk,
      points: list(trk.trkseg).flatMap((seg) => list(seg.trkpt)),
    })),
    ...list(gpx.rte).map((rte) => ({ node: rte, points: list(rte.rtept) })),
  ];
  for (const [index, { node, points: raw }] of tracks.entries()) {
    const points = raw.map(gpxPoint).filter((point): point is TrackPoint => !!point);
    const times = raw.map((point) => parseInstant(text(point.time))).find((time) => !!time);
    const name = text(node.name);
    if (points.length === 0) {
      yield {
        type: 'skip',
        reason: 'track without points',
        detail: `${file}: track ${index + 1}${name ? ` (${name})` : ''}`,
        file,
      };
      continue;
    }
    yield activity(
      file,
      index,
      points,
      times,
      options,
      {
        ...(name ? { name } : {}),
        ...(text(node.type) ? { type: text(node.type)! } : {}),
        ...(text(node.desc) ? { description: text(node.desc)! } : {}),
      },
      strava,
    );
  }
  for (const [index, wpt] of list(gpx.wpt).entries()) {
    const point = gpxPoint(wpt);
    const time = parseInstant(text(wpt.time));
    const name = text(wpt.name);
    if (!point || !time) {
      yield {
        type: 'skip',
        reason: 'waypoint without a place or a time',
        detail: `${file}: waypoint ${index + 1}${name ? ` (${name})` : ''}`,
        file,
      };
      continue;
    }
    const data: ImportedData = {
      id: `tracks:waypoint-${time.ms}-${Math.round(point.lat * 1e5)}-${Math.round(point.lon * 1e5)}`.replace(
        /--/g,
        '-m',
      ),
      kind: 'checkin',
      date: localDate(time, options.config.timeZone),
      ...(name ? { title: name } : {}),
      place: { ...(name ? { name } : {}), lat: point.lat, lon: point.lon },
      visibility: 'private',
    };
    const description = text(wpt.desc);
    yield {
      type: 'entry',
      entry: { data, body: description ? `${htmlToText(description)}\n` : '', media: [], file },
    };
  }
}

function* tcxItems(
  tcx: Node,
  file: string,
  options: ImportOptions,
  strava: StravaRow | undefined,
): Generator<ImportItem> {
  const activities = list((tcx.Activities as Node | undefined)?.Activity);
  for (const [index, node] of activities.entries()) {
    const laps = list(node.Lap);
    const points: TrackPoint[] = [];
    let firstTime = parseInstant(text(node.Id)) ?? parseInstant(laps[0]?.['@StartTime']);
    let [distance, seconds] = [0, 0];
    let [earliest, latest] = [Infinity, -Infinity];
    for (const lap of laps) {
      distance += numberOf(text(lap.DistanceMeters)) ?? 0;
      seconds += numberOf(text(lap.TotalTimeSeconds)) ?? 0;
      for (const point of list(lap.Track).flatMap((track) => list(track.Trackpoint))) {
        // A point may carry several Position elements (a device's quirk): the first is its place.
        const position = list(point.Position)[0];
        const lat = numberOf(text(position?.LatitudeDegrees));
        const lon = numberOf(text(position?.LongitudeDegrees));
        const time = parseInstant(text(point.Time));
        firstTime ??= time;
        if (time) [earliest, latest] = [Math.min(earliest, time.ms), Math.max(latest, time.ms)];
        if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180)
          continue;
        const ele = numberOf(text(point.AltitudeMeters));
        points.push({
          lat,
          lon,
          ...(time ? { time: time.ms } : {}),
          ...(ele !== undefined ? { ele } : {}),
        });
      }
    }
    if (!firstTime) {
      yield { type: 'unknown-record', file, detail: `${file}: activity ${index + 1}: no time` };
      continue;
    }
    const sport = typeof node['@Sport'] === 'string' ? node['@Sport'] : undefined;
    yield activity(
      file,
      index,
      points,
      firstTime,
      options,
      {
        ...(sport && sport !== 'Other' ? { type: sport } : {}),
        ...(text(node.Notes) ? { description: text(node.Notes)! } : {}),
        ...(distance > 0 ? { distance } : {}),
        ...(seconds > 0
          ? { seconds }
          : latest > earliest
            ? { seconds: (latest - earliest) / 1000 }
            : {}),
      },
      strava,
    );
  }
}

function activity(
  file: string,
  index: number,
  points: TrackPoint[],
  start: { ms: number; offset?: number } | undefined,
  options: ImportOptions,
  own: { name?: string; type?: string; description?: string; distance?: number; seconds?: number },
  strava: StravaRow | undefined,
): ImportItem {
  const first = start ?? (points[0]?.time !== undefined ? { ms: points[0].time } : undefined);
  if (!first)
    return {
      type: 'skip',
      reason: 'track without a time',
      detail: `${file}: track ${index + 1}${own.name ? ` (${own.name})` : ''}`,
      file,
    };
  const fields = points.length > 0 ? trackFields(points) : undefined;
  const name = strava?.name ?? own.name;
  const type = activityName(strava?.type ?? own.type);
  const duration = strava?.elapsed ?? own.seconds ?? fields?.duration;
  const distance = own.distance !== undefined ? Math.round(own.distance) : fields?.distance;
  const key = strava ? `strava-${strava.id}${index > 0 ? `-${index + 1}` : ''}` : `${first.ms}`;
  const data: ImportedData = {
    id: `tracks:${key.replace(/[^A-Za-z0-9._-]+/g, '-')}`,
    kind: 'activity',
    date: localDate(first, options.config.timeZone),
    ...(name ? { title: name } : {}),
    ...(type ? { activityType: type } : {}),
    ...(distance !== undefined ? { distance } : {}),
    ...(duration !== undefined ? { duration: Math.round(duration) } : {}),
    ...(fields?.elevationGain !== undefined ? { elevationGain: fields.elevationGain } : {}),
    ...(fields ? { points: fields.points, route: fields.route } : {}),
    ...(points[0] ? { place: { lat: points[0].lat, lon: points[0].lon } } : {}),
    visibility: 'private',
  };
  const description = strava?.description ?? own.description;
  const media =
    points.length > 1 ? [trackMedia(`${key}.geojson`, points, name ? { name } : {})] : [];
  return {
    type: 'entry',
    entry: { data, body: description ? `${htmlToText(description)}\n` : '', media, file },
  };
}
