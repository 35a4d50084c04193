/**
 * Google location history (src/import/location/): its pieces in memory, a history streamed in
 * bounded memory, every real sample with its counts, and imports through the writer: a second
 * import changes nothing, an edit is kept, the track is a `.geojson` beside its day, drawn on
 * its page and never in a friends' build.
 *
 * The cases in tests/import/cases/location/ are synthetic: written by hand (Bristol, May 2024)
 * in the layouts of the real samples and Google's formats (Takeout's Records.json and Semantic
 * Location History, the iOS array, Android's Timeline.json with its leading comment line).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { safeExtension, sniffBytes, sniffFile } from '../../src/archive/file-kind.ts';
import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { openView, type FileView } from '../../src/import/file-view.ts';
import { classify, locationImporter, PROGRESS_BYTES } from '../../src/import/location/index.ts';
import { localDate, parseInstant, textPoint, e7Point } from '../../src/import/location/parse.ts';
import { runImport } from '../../src/import/run-import.ts';
import { routeOf, trackMedia } from '../../src/import/track-data.ts';
import type { ImportItem } from '../../src/import/types.ts';
import { decodePolyline, encodePolyline } from '../../src/shared/polyline.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

/** Every file under a folder, `/`-separated and relative to it. */
const filesIn = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((item) => item.isFile())
    .map((item) =>
      path.relative(dir, path.join(item.parentPath, item.name)).split(path.sep).join('/'),
    );

const SAMPLES = path.join(SHARED_FIXTURES, 'google-location-history');
const CASES = path.join(REPO, 'tests', 'import', 'cases', 'location');

async function readAll(view: FileView, timeZone = 'UTC'): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of locationImporter.read(view, {
    config: ArchiveConfigSchema.parse({ timeZone }),
    include: new Set(),
    people: new Map(),
  }))
    items.push(item);
  return items;
}

/** A FileView of files in memory, whose streams come in small chunks and count what was read. */
class MemoryView implements FileView {
  readonly label = 'memory';
  read = 0;
  constructor(
    private readonly files: Map<string, () => Iterable<Buffer>>,
    private readonly sizes = new Map<string, number>(),
  ) {}
  async list() {
    return [...this.files.keys()].sort();
  }
  async has(file: string) {
    return this.files.has(file);
  }
  async buffer(file: string) {
    return Buffer.concat([...this.files.get(file)!()]);
  }
  async text(file: string) {
    return (await this.buffer(file)).toString('utf8');
  }
  async stream(file: string): Promise<AsyncIterable<Buffer>> {
    const chunks = this.files.get(file)!;
    const self = this;
    return (async function* () {
      for (const chunk of chunks()) {
        self.read += chunk.length;
        yield chunk;
      }
    })();
  }
  async modified() {
    return undefined;
  }
  async size(file: string) {
    return this.sizes.get(file);
  }
  async close() {}
}

describe('location history pieces', () => {
  it('reads coordinates in every form the generations write', () => {
    assert.deepEqual(textPoint('geo:27.720022,-97.347951'), { lat: 27.720022, lon: -97.347951 });
    assert.deepEqual(textPoint('50.0506312°, 14.3439906°'), { lat: 50.0506312, lon: 14.3439906 });
    assert.deepEqual(textPoint('48.8566, 2.3522'), { lat: 48.8566, lon: 2.3522 });
    assert.equal(textPoint('91°, 0°'), undefined, 'off the globe');
    assert.equal(textPoint('somewhere'), undefined);
    assert.deepEqual(e7Point({ latitudeE7: 514545000, longitudeE7: -25879000 }), {
      lat: 51.4545,
      lon: -2.5879,
    });
    // Old Records.json wrote some negative coordinates as unsigned 32-bit integers.
    assert.deepEqual(e7Point({ latitudeE7: 514545000, longitudeE7: 4269088296 }), {
      lat: 51.4545,
      lon: -2.5879,
    });
    assert.deepEqual(e7Point({ latE7: 533690550, lngE7: 836950010 }), {
      lat: 53.369055,
      lon: 83.695001,
    });
  });

  it('reads times as ISO, with a space and offset, in epoch seconds or milliseconds', () => {
    assert.deepEqual(parseInstant('2021-08-01T01:22:24Z'), { ms: Date.UTC(2021, 7, 1, 1, 22, 24) });
    assert.deepEqual(parseInstant('2023-08-27T15:48:56.000-05:00'), {
      ms: Date.parse('2023-08-27T20:48:56Z'),
      offset: -300,
    });
    assert.deepEqual(parseInstant('2025-03-24 20:07:24 +0100'), {
      ms: Date.parse('2025-03-24T19:07:24Z'),
      offset: 60,
    });
    assert.deepEqual(parseInstant('1742844302585'), { ms: 1742844302585 });
    assert.deepEqual(parseInstant('1742844302'), { ms: 1742844302000 });
    assert.equal(parseInstant('2021-08-01T01:22:24'), undefined, 'no offset: not an instant');
    assert.equal(parseInstant('yesterday'), undefined);
    assert.equal(
      localDate({ ms: Date.UTC(2024, 4, 13, 9) }, 'Europe/London'),
      '2024-05-13T10:00:00+01:00',
    );
    assert.equal(
      localDate({ ms: Date.UTC(2024, 4, 13, 9), offset: -300 }, 'Europe/London'),
      '2024-05-13T04:00:00-05:00',
    );
  });

  it('knows each generation by its content, whatever the file is called', () => {
    assert.equal(classify('{\n  "locations": [{\n    "latitudeE7": 1'), 'records');
    assert.equal(classify('\uFEFF{"timelineObjects": [{"activitySegment"'), 'semantic');
    assert.equal(
      classify('// This file contains 3 doubles\n{\n  "semanticSegments": ['),
      'timeline',
    );
    assert.equal(
      classify('[ { "endTime" : "2023-12-27T13:39:37+01:00", "startTime" : "x", "activity" : {'),
      'ios',
    );
    assert.equal(classify('{ "timelineEdits": ['), 'edits');
    assert.equal(classify('{ "gaiaId": "1", "deviceSettings": ['), 'settings');
    assert.equal(classify('{"orderedItems": []}'), undefined);
    assert.equal(classify('[{"title": "a photo", "photoTakenTime": {}}]'), undefined);
  });

  it('keeps a route as an encoded polyline of a few hundred points at most', () => {
    const points: [number, number][] = [
      [-2.5879, 51.4545],
      [-2.6275, 51.4492],
      [-120.2, 38.5],
    ];
    assert.equal(
      encodePolyline([
        [-120.2, 38.5],
        [-120.95, 40.7],
        [-126.453, 43.252],
      ]),
      '_p~iF~ps|U_ulLnnqC_mqNvxq`@',
    );
    assert.deepEqual(decodePolyline(encodePolyline(points)), points);
    assert.equal(decodePolyline('not a polyline ~~~'), undefined);
    const wiggle = Array.from({ length: 5000 }, (_, index) => ({
      lat: 51.45 + Math.sin(index / 50) * 0.01,
      lon: -2.6 + index * 0.00002,
      time: index * 1000,
    }));
    const route = decodePolyline(routeOf(wiggle))!;
    assert.ok(route.length <= 300 && route.length > 20, `${route.length} points`);
    assert.deepEqual(route[0], [-2.6, 51.45]);
  });
});

describe('a track’s GeoJSON file', () => {
  it('is stored and published as an inert .geojson, decided by its bytes, never by its name', async () => {
    const media = trackMedia('track.geojson', [
      { lat: 51.45, lon: -2.59, time: 0 },
      { lat: 51.46, lon: -2.58, time: 60000 },
    ]);
    const sniffed = await sniffBytes(media.bytes!);
    assert.deepEqual(sniffed, { kind: 'file', extension: 'geojson' });
    assert.equal(safeExtension('track.html', sniffed), 'geojson');
    // A page named .geojson is still what its bytes are: an inert .bin.
    const page = await sniffBytes(Buffer.from('<!doctype html><script>alert(1)</script>'));
    assert.equal(safeExtension('track.geojson', page), 'bin');
    const file = path.join(temporaryFolder(), 'track.bin');
    await writeFile(file, media.bytes!);
    assert.deepEqual(await sniffFile(file), { kind: 'file', extension: 'geojson' });
  });
});

describe('the location importer, streaming', () => {
  it('writes a large Records.json day by day as it streams, in bounded memory', async () => {
    // 40 days of a point a minute, generated in 64 KB chunks and never held whole.
    const start = Date.UTC(2020, 0, 1);
    const minutes = 40 * 24 * 60;
    const chunks = function* (): Generator<Buffer> {
      let text = '{"locations": [';
      for (let minute = 0; minute < minutes; minute++) {
        text += `${minute ? ',' : ''}{"latitudeE7": ${514500000 + (minute % 600) * 100}, "longitudeE7": ${-25900000 + (minute % 300) * 100}, "accuracy": 10, "timestampMs": "${start + minute * 60000}"}`;
        if (text.length > 65536) {
          yield Buffer.from(text);
          text = '';
        }
      }
      yield Buffer.from(`${text}]}`);
    };
    const total = [...chunks()].reduce((sum, chunk) => sum + chunk.length, 0);
    const view = new MemoryView(
      new Map([['Records.json', chunks]]),
      new Map([['Records.json', total]]),
    );
    let readAtFirstTrack: number | undefined;
    const tracks: ImportItem[] = [];
    const progress: { done: number; total?: number }[] = [];
    for await (const item of locationImporter.read(view, {
      config: ArchiveConfigSchema.parse({}),
      include: new Set(),
      people: new Map(),
    })) {
      if (item.type === 'progress') progress.push(item);
      if (item.type !== 'entry') continue;
      if (tracks.length === 0) readAtFirstTrack = view.read;
      tracks.push(item);
    }
    assert.equal(tracks.length, 40, 'a track a day');
    assert.ok(
      readAtFirstTrack! < total / 4,
      `the first day was written after ${readAtFirstTrack} of ${total} bytes`,
    );
    // How far through the file, in bytes of its size, every 4 MB read.
    assert.ok(progress.length >= Math.floor(total / PROGRESS_BYTES) - 1 && progress.length > 0);
    progress.forEach(({ done, total: size }, index) => {
      assert.equal(size, total);
      assert.ok(done >= (index + 1) * PROGRESS_BYTES && done <= total, `${done} of ${total}`);
    });
    const first = tracks[0]!.type === 'entry' ? tracks[0]!.entry : undefined;
    assert.equal(first?.data.points, 1440);
    assert.equal(first?.data.id, 'location:records-2020-01-01');
  });

  it('keeps the records before a damage and names the file and where it broke (damaged-records)', async () => {
    const view = await openView(path.join(CASES, 'damaged-records', 'input'));
    const items = await readAll(view);
    await view.close();
    const skip = items.find((item) => item.type === 'skip');
    assert.match(
      skip?.type === 'skip' ? skip.detail! : '',
      /^Records\.json: not valid JSON after record 1/,
    );
    assert.equal(items.filter((item) => item.type === 'entry').length, 1);
  });
});

/**
 * The real samples, file by file: entries of each kind. Counted independently of the importer
 * with a few lines of Python over the same files (json.load; `placeVisit`/`visit` objects,
 * `activitySegment`/`activity` objects, and the distinct days of points in `locations`,
 * `timelinePath` and `rawSignals[].position`), and in the test below with plain JSON.parse.
 * Visits and activities with no coordinates at all are skipped (two files of one record each).
 */
const COUNTS: Record<string, Record<string, number>> = {
  'dawarich/edge_cases/phone_takeout_array_timeline_path.json': { track: 1 },
  'dawarich/edge_cases/semantic_history_with_bom.json': { activity: 1 },
  'dawarich/location-history.json': { checkin: 1, track: 1 },
  'dawarich/location-history/with_activitySegment_with_startLocation.json': { activity: 1 },
  'dawarich/location-history/with_activitySegment_with_startLocation_timestampMs.json': {
    activity: 1,
  },
  'dawarich/location-history/with_activitySegment_with_startLocation_timestamp_in_milliseconds_format.json':
    { activity: 1 },
  'dawarich/location-history/with_activitySegment_with_startLocation_timestamp_in_seconds_format.json':
    { activity: 1 },
  'dawarich/location-history/with_activitySegment_with_startLocation_with_iso_timestamp.json': {
    activity: 1,
  },
  'dawarich/location-history/with_activitySegment_without_startLocation.json': { activity: 1 },
  'dawarich/location-history/with_activitySegment_without_startLocation_without_waypointPath.json':
    {},
  'dawarich/location-history/with_placeVisit_with_location_with_coordinates.json': { checkin: 1 },
  'dawarich/location-history/with_placeVisit_with_location_with_coordinates_with_iso_timestamp.json':
    { checkin: 1 },
  'dawarich/location-history/with_placeVisit_with_location_with_coordinates_with_milliseconds_timestamp.json':
    { checkin: 1 },
  'dawarich/location-history/with_placeVisit_with_location_with_coordinates_with_seconds_timestamp.json':
    { checkin: 1 },
  'dawarich/location-history/with_placeVisit_with_location_with_coordinates_with_timestampMs.json':
    { checkin: 1 },
  'dawarich/location-history/with_placeVisit_without_location_with_coordinates.json': {},
  'dawarich/location-history/with_placeVisit_without_location_with_coordinates_with_otherCandidateLocations.json':
    { checkin: 1 },
  'dawarich/phone-takeout_w_3_duplicates.json': { checkin: 1, track: 2 },
  'dawarich/records.json': { track: 3 },
  'dawarich/semantic_history.json': { activity: 3 },
  'dawarich/timeline_new_format.json': { checkin: 1, activity: 1, track: 1 },
  'hossain-khan-takeout/Takeout/Location History (Timeline)/Records.json': { track: 1 },
  'hossain-khan-takeout/Takeout/Location History (Timeline)/Semantic Location History/2021/2021_AUGUST.json':
    { activity: 10, checkin: 12 },
  'reitti/Records.json': { track: 1 },
  'reitti/timeline_from_android_randomized.json': { checkin: 7, activity: 5, track: 4 },
  'reitti/timeline_from_ios_randomized.json': { activity: 24, checkin: 26 },
};

/** The same counts with plain JSON.parse, no code of the importer's. */
function countedByHand(file: string): Record<string, number> {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/^\s*\/\/[^\n]*\n/, '');
  const json = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
  const counts: Record<string, number> = {};
  const add = (kind: string, by = 1) => by > 0 && (counts[kind] = (counts[kind] ?? 0) + by);
  const days = new Set<string>();
  const utcDay = (value: unknown) =>
    /^\d+$/.test(String(value))
      ? new Date(Number(value)).toISOString().slice(0, 10)
      : String(value).slice(0, 10);
  type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!Array.isArray(json) && Array.isArray(json.locations))
    for (const location of json.locations as Any[])
      days.add(utcDay(location.timestampMs ?? location.timestamp));
  const objects = (
    Array.isArray(json) ? json : ((json.timelineObjects ?? json.semanticSegments ?? []) as Any[])
  ) as Any[];
  for (const item of objects) {
    const visit = item.placeVisit ?? item.visit;
    const move = item.activitySegment ?? item.activity;
    const has = (value: unknown) =>
      JSON.stringify(value ?? {}).match(/latitudeE7|latE7|latLng|geo:|°/);
    if (visit && has(visit)) add('checkin');
    if (move && has(move)) add('activity');
    for (const step of (item.timelinePath ?? []) as Any[])
      days.add(String(step.time ?? item.startTime).slice(0, 10));
  }
  if (!Array.isArray(json))
    for (const signal of (json.rawSignals ?? []) as Any[])
      if (signal.position) days.add(String(signal.position.timestamp).slice(0, 10));
  add('track', days.size);
  return counts;
}

describe('the location importer on the real samples', { skip: sharedFixturesMissing() }, () => {
  it('gives each file its counts of check-ins, activities and tracks, and accounts for every file', async () => {
    const view = await openView(SAMPLES);
    const items = await readAll(view);
    await view.close();
    const found: Record<string, Record<string, number>> = {};
    for (const item of items)
      if (item.type === 'entry') {
        const counts = (found[item.entry.file] ??= {});
        counts[item.entry.data.kind] = (counts[item.entry.data.kind] ?? 0) + 1;
      }
    for (const [file, counts] of Object.entries(COUNTS)) {
      assert.deepEqual(found[file] ?? {}, counts, file);
      assert.deepEqual(countedByHand(file), counts, `${file}, counted by hand`);
    }
    assert.deepEqual(
      Object.keys(found).sort(),
      Object.keys(COUNTS)
        .filter((file) => Object.keys(COUNTS[file]!).length > 0)
        .sort(),
    );
    const accounts = items.flatMap((item) => (item.type === 'file' ? [item.account] : []));
    assert.deepEqual(
      accounts
        .filter((account) => account.status === 'not-imported')
        .map((account) => path.basename(account.file))
        .sort(),
      ['Settings.json', 'Timeline Edits.json', 'device_settings.json', 'timeline_edits.json'],
    );
    assert.equal(
      accounts.filter((account) => account.status === 'read').length,
      Object.keys(COUNTS).length,
    );
  });

  it('imports all of them through the writer with the records of each file adding up', async () => {
    const archive = await newArchive();
    const report = await runImport(archive, SAMPLES, { source: 'location' });
    assert.deepEqual(unbalanced(report.files), []);
    const expected = Object.values(COUNTS).reduce(
      (sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0),
      0,
    );
    // Five visits and activities appear in two samples each (the same start and place).
    assert.equal(report.added, expected - 5);
  });
});

describe('the location importer through the writer', () => {
  it('writes each day’s track as a .geojson beside it; a second import changes nothing and keeps an edit', async () => {
    const archive = await newArchive('Europe/London');
    const input = path.join(CASES, 'records-two-days', 'input');
    const first = await runImport(archive, input);
    assert.equal(first.source, 'location');
    assert.equal(first.added, 2);
    const tracks = await entries(archive, 'location');
    const day = tracks.find((entry) => entry.data.id === 'location:records-2024-05-13')!;
    assert.equal(day.data.kind, 'track');
    assert.equal(day.data.visibility, 'private');
    const media = (day.data.media as { path: string; type: string }[])[0]!;
    assert.match(media.path, /^[0-9a-f]{16}\.geojson$/);
    assert.equal(media.type, 'file');
    const geojson = JSON.parse(
      await readFile(path.join(archive, path.dirname(day.file), media.path), 'utf8'),
    );
    assert.equal(geojson.geometry.type, 'LineString');
    assert.equal(geojson.geometry.coordinates.length, 3);
    assert.deepEqual(geojson.geometry.coordinates[2], [-2.5879, 51.456]);
    assert.equal(geojson.properties.coordTimes[0], '2024-05-13T09:00:00.000Z');

    const before = await snapshot(archive, 'location');
    const again = await runImport(archive, input, { source: 'location' });
    assert.equal(again.unchanged, 2);
    assert.deepEqual(await snapshot(archive, 'location'), before, 'byte for byte');

    const file = path.join(archive, day.file);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(/---\n$/, '---\nThe walk to the ferry.\n'),
    );
    const edited = await runImport(archive, input, { source: 'location' });
    assert.deepEqual(edited.keptEdited, [day.file]);
    assert.match(await readFile(file, 'utf8'), /The walk to the ferry\./);
  });

  it('draws a day’s track offline on its page, and a friends’ build has neither the day nor its file', async () => {
    const archive = await newArchive('Europe/London');
    await runImport(archive, path.join(CASES, 'android-timeline', 'input'));
    const out = path.join(temporaryFolder(), 'site');
    const { site } = await buildSite(archive, out);
    await site.close();
    const pages = (await filesIn(out)).filter((file) => /^2024\/05\/13\/.+\.html$/.test(file));
    const page = (
      await Promise.all(pages.map((file) => readFile(path.join(out, file), 'utf8')))
    ).find((text) => text.includes('Map of the day’s track'));
    assert.ok(page, 'the track page draws the track');
    assert.match(page, /<svg\s+class="route-map"[\s\S]*<path class="route-line" d="M[\d.,LM-]+"/);
    assert.doesNotMatch(
      page.match(/<svg\s+class="route-map"[\s\S]*?<\/svg>/)![0],
      /https?:|<image/,
      'no tile, no request',
    );
    assert.match(page, /<dt>Distance<\/dt><dd>933 m<\/dd>/);
    const dayPage = await readFile(path.join(out, '2024', '05', '13', 'index.html'), 'utf8');
    assert.match(dayPage, /<svg\s+class="route-map"/, 'the day page draws the day’s track');
    const downloads = (await filesIn(out)).filter((file) => file.startsWith('downloads/'));
    assert.equal(downloads.length, 1);
    assert.match(downloads[0]!, /\.geojson$/, 'an inert download, never .html or .svg');

    const friends = path.join(temporaryFolder(), 'friends');
    const built = await buildSite(archive, friends, { audience: 'friends' });
    await built.site.close();
    const published = await filesIn(friends);
    assert.deepEqual(
      published.filter((file) => file.startsWith('downloads/')),
      [],
    );
    for (const file of published.filter((name) => name.endsWith('.html')))
      assert.doesNotMatch(
        await readFile(path.join(friends, file), 'utf8'),
        /route-map|51\.449/,
        file,
      );
  });
});
