/**
 * FIT activity files (Garmin, Wahoo, Coros, Polar, Suunto; Strava's `activities/<id>.fit.gz`),
 * decoded by fit-file-parser with its CRC checks on. Each session is one activity (a
 * multisport file has several), with the records whose time falls inside it; a file without
 * a session is one activity of all its records. FIT times are UTC; the activity message's
 * `local_timestamp` says the device's offset, which the entries keep. Pure: bytes in, facts out.
 */
import FitParser from 'fit-file-parser';

import type { Instant } from './location/parse.ts';
import type { TrackPoint } from './track-data.ts';

/** One activity of a FIT file, as tracks.ts makes an entry of it. */
export interface FitActivity {
  start: Instant;
  points: TrackPoint[];
  /** FIT's sport name: `running`, `cycling`, `generic`. */
  type?: string;
  /** Metres, as the device measured them. */
  distance?: number;
  /** Elapsed seconds, as the device measured them. */
  seconds?: number;
}

type Message = Record<string, unknown>;

const time = (value: unknown): number | undefined =>
  value instanceof Date && Number.isFinite(value.getTime()) ? value.getTime() : undefined;
const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const seven = (value: number) => Math.round(value * 1e7) / 1e7;

/** The record as a point, when it has a place on the globe. */
function point(record: Message): TrackPoint | undefined {
  const lat = finite(record.position_lat);
  const lon = finite(record.position_long);
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return undefined;
  const ms = time(record.timestamp);
  const ele = finite(record.enhanced_altitude) ?? finite(record.altitude);
  return {
    lat: seven(lat),
    lon: seven(lon),
    ...(ms !== undefined ? { time: ms } : {}),
    ...(ele !== undefined ? { ele } : {}),
  };
}

/**
 * The device's offset in minutes: `local_timestamp` minus `timestamp` of the activity message,
 * to the quarter hour (the two are written a second apart by some devices); undefined without it.
 */
function deviceOffset(activity: Message | undefined): number | undefined {
  const local = time(activity?.local_timestamp);
  const utc = time(activity?.timestamp);
  if (local === undefined || utc === undefined) return undefined;
  const minutes = Math.round((local - utc) / 900_000) * 15;
  return Math.abs(minutes) <= 14 * 60 ? minutes : undefined;
}

/** Decodes a FIT file; throws with the parser's reason when it is not one (or its CRC is wrong). */
export async function fitActivities(bytes: Buffer): Promise<FitActivity[]> {
  let parsed: Record<string, unknown>;
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    parsed = (await new FitParser({ force: false, mode: 'list' }).parseAsync(
      copy as ArrayBuffer,
    )) as unknown as Record<string, unknown>;
  } catch (error) {
    throw new Error(`not a FIT file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is Message => !!item) : [];
  const records = list(parsed.records);
  const sessions = list(parsed.sessions);
  const offset = deviceOffset(parsed.activity as Message | undefined);
  const withOffset = (ms: number): Instant => (offset !== undefined ? { ms, offset } : { ms });
  if (sessions.length === 0) {
    const points = records.map(point).filter((item): item is TrackPoint => !!item);
    const first = records.map((record) => time(record.timestamp)).find((ms) => ms !== undefined);
    return first === undefined ? [] : [{ start: withOffset(first), points }];
  }
  const activities: FitActivity[] = [];
  for (const session of sessions) {
    const start = time(session.start_time) ?? time(session.timestamp);
    if (start === undefined) continue;
    const seconds = finite(session.total_elapsed_time);
    const end = seconds !== undefined ? start + seconds * 1000 : (time(session.timestamp) ?? start);
    const points = records
      .filter((record) => {
        const ms = time(record.timestamp);
        return sessions.length === 1 || (ms !== undefined && ms >= start && ms <= end);
      })
      .map(point)
      .filter((item): item is TrackPoint => !!item);
    const sport = typeof session.sport === 'string' ? session.sport : undefined;
    const distance = finite(session.total_distance);
    activities.push({
      start: withOffset(start),
      points,
      ...(sport && sport !== 'generic' ? { type: sport } : {}),
      ...(distance !== undefined && distance > 0 ? { distance } : {}),
      ...(seconds !== undefined && seconds > 0 ? { seconds } : {}),
    });
  }
  return activities;
}
