/**
 * Where Robin went on one Saturday in Bristol, as Google's 2025 Android export writes it
 * (`Timeline.json`: `semanticSegments` with visits, activities and `timelinePath`, `rawSignals`
 * positions, `"51.45°, -2.59°"` strings, local offsets), and Sunday's run as a GPX 1.1 file from a
 * phone app. Both are imported by the location and tracks importers like a real export.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { PLACES } from './cast.ts';

/** The day and its stops: home, the harbour (no name in the export: the build names it), the bridge. */
const DAY = '2025-06-14';
const OFFSET = '+01:00';

type Stop = { lat: number; lon: number; from: string; to: string; placeId: string; type?: string };

const STOPS: Stop[] = [
  { ...PLACES.home, from: '07:40', to: '09:30', placeId: 'ChIJdemo-home', type: 'HOME' },
  { ...PLACES.harbour, from: '10:05', to: '11:40', placeId: 'ChIJdemo-harbour' },
  { ...PLACES.suspension, from: '12:30', to: '13:20', placeId: 'ChIJdemo-bridge' },
  { ...PLACES.home, from: '14:20', to: '23:00', placeId: 'ChIJdemo-home', type: 'HOME' },
];

const at = (time: string) => `${DAY}T${time}:00.000${OFFSET}`;
const degrees = (lat: number, lon: number) => `${lat.toFixed(7)}°, ${lon.toFixed(7)}°`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Points every two minutes from one stop to the next, bending a little as streets do. */
function walk(from: Stop, to: Stop): { lat: number; lon: number; time: string }[] {
  const [start, end] = [minutesOf(from.to), minutesOf(to.from)];
  const points = [];
  for (let minute = start; minute <= end; minute += 2) {
    const t = (minute - start) / (end - start);
    const bend = Math.sin(t * Math.PI) * 0.0025;
    points.push({
      lat: from.lat + (to.lat - from.lat) * t + bend * Math.cos(t * 9),
      lon: from.lon + (to.lon - from.lon) * t + bend * Math.sin(t * 7),
      time: timeOf(minute),
    });
  }
  return points;
}

function timeline(): unknown {
  const segments: unknown[] = [];
  const signals: unknown[] = [];
  for (const [index, stop] of STOPS.entries()) {
    segments.push({
      startTime: at(stop.from),
      endTime: at(stop.to),
      startTimeTimezoneUtcOffsetMinutes: 60,
      endTimeTimezoneUtcOffsetMinutes: 60,
      visit: {
        hierarchyLevel: 0,
        probability: 0.9,
        topCandidate: {
          placeId: stop.placeId,
          semanticType: stop.type ?? 'UNKNOWN',
          probability: 0.8,
          placeLocation: { latLng: degrees(stop.lat, stop.lon) },
        },
      },
    });
    const next = STOPS[index + 1];
    if (!next) continue;
    const path = walk(stop, next);
    let metres = 0;
    for (let step = 1; step < path.length; step++)
      metres += Math.hypot(
        (path[step]!.lat - path[step - 1]!.lat) * 111_320,
        (path[step]!.lon - path[step - 1]!.lon) * 69_400,
      );
    segments.push({
      startTime: at(stop.to),
      endTime: at(next.from),
      startTimeTimezoneUtcOffsetMinutes: 60,
      endTimeTimezoneUtcOffsetMinutes: 60,
      activity: {
        start: { latLng: degrees(stop.lat, stop.lon) },
        end: { latLng: degrees(next.lat, next.lon) },
        distanceMeters: Math.round(metres),
        probability: 0.95,
        topCandidate: { type: 'WALKING', probability: 0.9 },
      },
    });
    segments.push({
      startTime: at(stop.to),
      endTime: at(next.from),
      timelinePath: path.map((point) => ({
        point: degrees(point.lat, point.lon),
        time: at(point.time),
      })),
    });
    for (const point of path.filter((_, step) => step % 5 === 2))
      signals.push({
        position: {
          LatLng: degrees(point.lat + 0.00003, point.lon - 0.00002),
          accuracyMeters: 8,
          altitudeMeters: 20.5,
          source: 'GPS',
          timestamp: at(point.time),
          speedMetersPerSecond: 1.3,
        },
      });
    signals.push({ wifiScan: { deliveryTime: at(next.from), devicesRecords: [] } });
  }
  return { semanticSegments: segments, rawSignals: signals, userLocationProfile: {} };
}

/** Sunday morning's run round the harbour, as a phone app's GPX 1.1 with elevation. */
function run(): string {
  const points: string[] = [];
  const [lat, lon] = [PLACES.harbour.lat, PLACES.harbour.lon];
  for (let step = 0; step <= 90; step++) {
    const angle = (step / 90) * Math.PI * 2;
    const time = new Date(Date.UTC(2025, 5, 15, 7, 0, 0) + step * 20_000).toISOString();
    points.push(
      `      <trkpt lat="${(lat + Math.sin(angle) * 0.006).toFixed(6)}" lon="${(lon + Math.cos(angle) * 0.011 - 0.011).toFixed(6)}"><ele>${(12 + 9 * Math.sin(angle * 2)).toFixed(1)}</ele><time>${time.replace('.000Z', 'Z')}</time></trkpt>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Demo Run Tracker" xmlns="http://www.topografix.com/GPX/1/1">
  <metadata><name>Harbour loop</name><time>2025-06-15T07:00:00Z</time></metadata>
  <trk>
    <name>Harbour loop</name>
    <type>running</type>
    <desc>Sunday run round the harbour, past the cranes and back over Prince Street Bridge.</desc>
    <trkseg>
${points.join('\n')}
    </trkseg>
  </trk>
</gpx>
`;
}

/** Writes `location/Timeline.json` and `tracks/harbour-loop.gpx` under the demo's exports. */
export async function writeLocationExports(folder: string): Promise<void> {
  await mkdir(path.join(folder, 'location'), { recursive: true });
  await writeFile(
    path.join(folder, 'location', 'Timeline.json'),
    `${JSON.stringify(timeline(), null, 2)}\n`,
  );
  await mkdir(path.join(folder, 'tracks'), { recursive: true });
  await writeFile(path.join(folder, 'tracks', 'harbour-loop.gpx'), run());
}
