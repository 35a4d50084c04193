/**
 * GPX, TCX, FIT and Strava (src/import/tracks.ts): the real samples with their counts, Strava's
 * dates, untrusted text kept inert, and an import through the writer that a second import
 * leaves byte for byte as it was.
 *
 * The cases in tests/import/cases/tracks/ are synthetic: GPX 1.1 as topografix.com/GPX/1/1
 * defines it, TCX v2 (Garmin's TrainingCenterDatabase schema), and Strava's bulk export layout
 * (activities.csv with `Activity ID`, `Activity Date`, … `Filename`, and activities/<id>.*).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { openView } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { stravaDate, tracksImporter } from '../../src/import/tracks.ts';
import type { ImportItem } from '../../src/import/types.ts';
import { activityFacts } from '../../src/site/kind-facts/activity.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const SAMPLES = path.join(SHARED_FIXTURES, 'gpx-tcx');
const CASES = path.join(REPO, 'tests', 'import', 'cases', 'tracks');

async function readAll(folder: string): Promise<ImportItem[]> {
  const view = await openView(folder);
  const items: ImportItem[] = [];
  try {
    for await (const item of tracksImporter.read(view, {
      config: ArchiveConfigSchema.parse({}),
      include: new Set(),
      people: new Map(),
    }))
      items.push(item);
  } finally {
    await view.close();
  }
  return items;
}

/**
 * Entries of each kind per sample. Counted independently of the importer with grep: `<trk>`
 * elements holding at least one `<trkpt` (an Arc App track is an empty `<trkseg />`), `<wpt`
 * elements, and `<Activity ` elements of TCX (`grep -c`), and again below with regular
 * expressions over each file's text.
 */
const COUNTS: Record<string, Record<string, number>> = {
  'dawarich/gpx/arc_example.gpx': { activity: 1, checkin: 1 },
  'dawarich/gpx/garmin_example.gpx': { activity: 1 },
  'dawarich/gpx/gpx_track_multiple_segments.gpx': { activity: 1 },
  'dawarich/gpx/gpx_track_multiple_tracks.gpx': { activity: 2 },
  'dawarich/gpx/gpx_track_single_segment.gpx': { activity: 1 },
  'dawarich/tcx/google_takeout_2019.tcx': { activity: 1 },
  'dawarich/tcx/google_takeout_real_2022.tcx': { activity: 1 },
  'dawarich/tcx/multiple_positions_per_trackpoint.tcx': { activity: 1 },
  'dawarich/tcx/no_gps.tcx': { activity: 1 },
  'reitti/20250531.gpx': { activity: 1 },
};

function countedByHand(file: string): Record<string, number> {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8');
  const tracks = [...text.matchAll(/<trk>([\s\S]*?)<\/trk>/g)].filter((match) =>
    match[1]!.includes('<trkpt'),
  ).length;
  const activities = tracks + (text.match(/<Activity /g)?.length ?? 0);
  const waypoints = text.match(/<wpt /g)?.length ?? 0;
  return {
    ...(activities ? { activity: activities } : {}),
    ...(waypoints ? { checkin: waypoints } : {}),
  };
}

describe('the tracks importer on the real samples', { skip: sharedFixturesMissing() }, () => {
  it('gives each GPX and TCX file its activities and waypoints', async () => {
    const items = await readAll(SAMPLES);
    const found: Record<string, Record<string, number>> = {};
    for (const item of items)
      if (item.type === 'entry') {
        const counts = (found[item.entry.file] ??= {});
        counts[item.entry.data.kind] = (counts[item.entry.data.kind] ?? 0) + 1;
      }
    assert.deepEqual(found, COUNTS);
    for (const [file, counts] of Object.entries(COUNTS))
      assert.deepEqual(countedByHand(file), counts, `${file}, counted by hand`);
  });

  it('reads a day of GPX 1.0 and Google Fit TCX with their distance, duration and climb', async () => {
    const items = await readAll(SAMPLES);
    const by = (file: string) =>
      items.flatMap((item) =>
        item.type === 'entry' && item.entry.file === file ? [item.entry.data] : [],
      );
    const day = by('reitti/20250531.gpx')[0]!;
    assert.equal(day.points, 950);
    assert.equal(day.date, '2025-05-30T22:00:24+00:00');
    assert.ok(day.distance! > 5000 && day.distance! < 10000, `${day.distance} m`);
    const ride = by('dawarich/tcx/google_takeout_2019.tcx')[0]!;
    assert.equal(ride.activityType, 'biking');
    assert.equal(ride.points, 136, 'the first Trackpoint has no Position');
    // Two Position elements in one Trackpoint: the first is its place.
    const twice = by('dawarich/tcx/multiple_positions_per_trackpoint.tcx')[0]!;
    assert.deepEqual(twice.place, { lat: 52.52, lon: 13.405 });
    const indoor = by('dawarich/tcx/no_gps.tcx')[0]!;
    assert.equal(indoor.route, undefined, 'no GPS, no route');
    assert.equal(indoor.duration, 4);
    assert.deepEqual(
      activityFacts({ ...ride, source: 'tracks' }).map((fact) => fact.label),
      ['Type', 'Distance', 'Duration', 'Elevation gain'],
    );
  });
});

describe('the tracks importer', () => {
  it('reads Strava’s dates', () => {
    assert.equal(stravaDate('May 13, 2024, 7:00:00 AM'), Date.UTC(2024, 4, 13, 7));
    assert.equal(stravaDate('Dec 1, 2023, 12:05:09 PM'), Date.UTC(2023, 11, 1, 12, 5, 9));
    assert.equal(stravaDate('Dec 1, 2023, 12:05:09 AM'), Date.UTC(2023, 11, 1, 0, 5, 9));
    assert.equal(stravaDate('13/05/2024'), undefined);
  });

  it('keeps a waypoint description with a script inert (gpx-run)', async () => {
    const items = await readAll(path.join(CASES, 'gpx-run', 'input'));
    const waypoint = items.find(
      (item) => item.type === 'entry' && item.entry.data.kind === 'checkin',
    );
    assert.ok(waypoint?.type === 'entry');
    assert.equal(waypoint.entry.body, 'The kiosk\n');
    assert.equal(waypoint.entry.data.title, 'Coffee & cake');
  });

  it('never reads an external entity a GPX declares (xxe)', async () => {
    const folder = temporaryFolder();
    await writeFile(
      path.join(folder, 'xxe.gpx'),
      `<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&secret;</name><trkseg><trkpt lat="51.45" lon="-2.59"><time>2024-05-13T07:00:00Z</time></trkpt><trkpt lat="51.46" lon="-2.58"><time>2024-05-13T07:05:00Z</time></trkpt></trkseg></trk></gpx>\n`,
    );
    const items = await readAll(folder);
    const hostname = readFileSync('/etc/hostname', 'utf8').trim();
    // The file is refused as damaged or read with the entity unresolved; never with its content.
    const text = JSON.stringify(items);
    if (hostname) assert.ok(!text.includes(`"title":"${hostname}"`), text);
    assert.ok(items.some((item) => item.type === 'skip' || item.type === 'entry'));
  });

  it('imports Strava through the writer: the FIT ride read from its file, the rest once, byte for byte', async () => {
    const archive = await newArchive();
    const input = path.join(CASES, 'strava', 'input');
    const report = await runImport(archive, input);
    assert.equal(report.source, 'tracks');
    assert.equal(report.added, 5);
    assert.deepEqual(unbalanced(report.files), []);
    const fit = report.files.find((file) => file.file === 'activities/1004.fit.gz');
    assert.equal(fit?.status, 'read');
    const written = await entries(archive, 'tracks');
    const ride = written.find((entry) => entry.data.id === 'tracks:strava-1004')!;
    assert.equal(ride.data.title, 'Watch ride');
    assert.equal(ride.data.points, 8);
    assert.match((ride.data.media as { path: string }[])[0]!.path, /\.geojson$/);
    const run = written.find((entry) => entry.data.id === 'tracks:strava-1001')!;
    assert.equal(run.data.title, 'Morning Run');
    assert.equal(run.data.visibility, 'private');
    assert.match((run.data.media as { path: string }[])[0]!.path, /\.geojson$/);
    const before = await snapshot(archive, 'tracks');
    const again = await runImport(archive, input, { source: 'tracks' });
    assert.equal(again.unchanged, 5);
    assert.deepEqual(await snapshot(archive, 'tracks'), before);
  });
});
