/**
 * Synthetic FIT activity files, written with fit-file-parser's encoder from the message and
 * field numbers of Garmin's FIT profile (file_id 0, record 20, session 18, activity 34), so the
 * importer's tests never need a real device's file. Values are FIT's raw units: semicircles
 * for positions, distance in centimetres, altitude in fifths of a metre above -500 m, times in
 * milliseconds for the session's totals.
 */
import { FitBaseType, FitEncoder } from 'fit-file-parser/encoder';

export interface FitPoint {
  lat: number;
  lon: number;
  /** Metres above sea level. */
  ele?: number;
  time: Date;
}

export interface FitActivityOptions {
  points: FitPoint[];
  /** FIT's sport enum: 1 running, 2 cycling. @default 1 */
  sport?: number;
  /** The device's UTC offset in minutes, written as the activity's local_timestamp. */
  offsetMinutes?: number;
  /** Leave out the session message (some devices and converters write none). @default false */
  withoutSession?: boolean;
}

const semicircles = (degrees: number) => Math.round((degrees * 2 ** 31) / 180);
const uint32 = (number: number, value: number) => ({
  number,
  size: 4,
  baseType: FitBaseType.Uint32,
  value,
});
const sint32 = (number: number, value: number) => ({
  number,
  size: 4,
  baseType: FitBaseType.Sint32,
  value,
});
const enumField = (number: number, value: number) => ({
  number,
  size: 1,
  baseType: FitBaseType.Enum,
  value,
});
const stamp = (date: Date) => FitEncoder.toFitTimestamp(date);

/** A FIT activity: its file_id, one record per point, a session and the activity message. */
export function fitActivity(options: FitActivityOptions): Uint8Array {
  const { points } = options;
  const first = points[0]!.time;
  const last = points.at(-1)!.time;
  const encoder = new FitEncoder();
  // file_id: type 4 (activity), manufacturer 1 (Garmin), product, serial, time_created.
  encoder.writeMessage(0, [
    enumField(0, 4),
    { number: 1, size: 2, baseType: FitBaseType.Uint16, value: 1 },
    { number: 2, size: 2, baseType: FitBaseType.Uint16, value: 3121 },
    { number: 3, size: 4, baseType: FitBaseType.Uint32z, value: 3_999_999_999 },
    uint32(4, stamp(first)),
  ]);
  let metres = 0;
  for (const [index, point] of points.entries()) {
    if (index > 0) metres += approximateMetres(points[index - 1]!, point);
    encoder.writeMessage(
      20,
      [
        uint32(253, stamp(point.time)),
        sint32(0, semicircles(point.lat)),
        sint32(1, semicircles(point.lon)),
        uint32(5, Math.round(metres * 100)),
        ...(point.ele !== undefined ? [uint32(78, Math.round((point.ele + 500) * 5))] : []),
      ],
      1,
    );
  }
  const elapsed = last.getTime() - first.getTime();
  if (!options.withoutSession)
    encoder.writeMessage(
      18,
      [
        uint32(253, stamp(last)),
        uint32(2, stamp(first)),
        uint32(7, elapsed),
        uint32(8, elapsed),
        uint32(9, Math.round(metres * 100)),
        enumField(5, options.sport ?? 1),
      ],
      2,
    );
  encoder.writeMessage(
    34,
    [
      uint32(253, stamp(last)),
      uint32(0, elapsed),
      { number: 1, size: 2, baseType: FitBaseType.Uint16, value: 1 },
      ...(options.offsetMinutes !== undefined
        ? [uint32(5, stamp(last) + options.offsetMinutes * 60)]
        : []),
    ],
    3,
  );
  return encoder.close();
}

/** Roughly the metres between two points (equirectangular): a device's own odometer is no better. */
function approximateMetres(a: FitPoint, b: FitPoint): number {
  const x = ((b.lon - a.lon) * Math.PI * Math.cos(((a.lat + b.lat) * Math.PI) / 360)) / 180;
  const y = ((b.lat - a.lat) * Math.PI) / 180;
  return Math.hypot(x, y) * 6_371_008.8;
}

/** A loop of `count` points a minute apart from `start`, round Bristol's harbour. */
export function harbourLoop(start: Date, count = 12): FitPoint[] {
  return Array.from({ length: count }, (_, index) => {
    const angle = (index / count) * 2 * Math.PI;
    return {
      lat: 51.4505 + 0.004 * Math.sin(angle),
      lon: -2.5985 + 0.007 * Math.cos(angle),
      ele: 8 + 3 * Math.sin(angle * 2),
      time: new Date(start.getTime() + index * 60_000),
    };
  });
}

/**
 * The FIT files committed under tests/import/cases/tracks/, by path; tracks.test.ts checks that
 * they are what this helper writes, and writes them with UPDATE=1. A `.gz` name is gzipped.
 */
export const FIT_FIXTURES: Record<string, FitActivityOptions> = {
  'fit-ride/input/evening-ride.fit': {
    points: harbourLoop(new Date('2024-06-02T17:30:00Z')),
    sport: 2,
    offsetMinutes: 60,
  },
  'strava/input/activities/1004.fit.gz': {
    points: harbourLoop(new Date('2024-05-16T18:00:00Z'), 8),
    sport: 2,
  },
};
