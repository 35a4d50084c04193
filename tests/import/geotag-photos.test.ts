/**
 * `--geotag-photos` (src/import/photo-geotag.ts, location-history.ts, place-at-time.ts): photos
 * without GPS placed from the tracks an earlier import wrote into the archive, by their time.
 * A visit is the synthetic Android Timeline of tests/import/cases/location/android-timeline.
 * The track is the synthetic FIT ride of tests/import/cases/tracks/fit-ride (twelve points a
 * minute apart from 17:30 UTC on 2 June 2024); the photos are synthetic JPEGs.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { visitOf } from '../../src/import/location-history.ts';
import { geotagPhoto } from '../../src/import/photo-geotag.ts';
import { formatReport, runImport } from '../../src/import/run-import.ts';
import { ascii, exifJpeg, TAGS } from '../helpers/exif-jpeg.ts';
import { entries, newArchive } from '../helpers/archives.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const RIDE = path.join(REPO, 'tests', 'import', 'cases', 'tracks', 'fit-ride', 'input');

/** A folder of photos taken during the ride, long after it, and one without an offset. */
async function photoFolder(): Promise<string> {
  const folder = temporaryFolder();
  const photo = (time: string, offset: string | undefined, colour: string) =>
    exifJpeg({
      colour,
      exif: [
        ascii(TAGS.DateTimeOriginal, time),
        ...(offset ? [ascii(TAGS.OffsetTimeOriginal, offset)] : []),
      ],
    });
  await writeFile(
    path.join(folder, 'during.jpg'),
    await photo('2024:06:02 18:35:30', '+01:00', '#102030'),
  );
  await writeFile(
    path.join(folder, 'later.jpg'),
    await photo('2024:06:02 20:00:00', '+01:00', '#203040'),
  );
  await writeFile(
    path.join(folder, 'no-offset.jpg'),
    await photo('2024:06:02 18:35:30', undefined, '#304050'),
  );
  return folder;
}

async function archiveWithRide(): Promise<string> {
  const archive = await newArchive('Europe/London');
  await runImport(archive, RIDE, { source: 'tracks' });
  return archive;
}

const byTitle = async (archive: string) =>
  new Map((await entries(archive, 'photos')).map((entry) => [entry.data.title, entry.data]));

describe('geotagging photos from the location history', () => {
  it('places a photo taken during a track between its points, marked as from the location history', async () => {
    const archive = await archiveWithRide();
    const report = await runImport(archive, await photoFolder(), {
      source: 'photos',
      geotagPhotos: true,
    });
    assert.deepEqual(report.geotag, {
      windowMinutes: 15,
      geotagged: 1,
      noTrack: 1,
      ambiguous: ['no-offset.jpg'],
    });
    assert.match(
      formatReport(report),
      /geotagged from the location history: 1 photo\(s\); 1 without a track point within 15 min; 1 skipped as ambiguous .*: no-offset\.jpg/,
    );
    const photos = await byTitle(archive);
    const during = photos.get('during')!;
    assert.equal(during.placeSource, 'location-history');
    const place = during.place as { lat: number; lon: number };
    // Half way between the points of 17:35 and 17:36 UTC of the loop.
    assert.ok(
      Math.abs(place.lat - 51.4505 - 0.004 * Math.sin((5.5 / 12) * 2 * Math.PI)) < 2e-4,
      JSON.stringify(place),
    );
    assert.equal(photos.get('later')!.place, undefined);
    assert.equal(photos.get('no-offset')!.place, undefined);
    assert.equal(photos.get('no-offset')!.placeSource, undefined);
  });

  it('takes a wider window when asked, and writes nothing inferred without the option', async () => {
    const archive = await archiveWithRide();
    const folder = await photoFolder();
    const plain = await runImport(archive, folder, { source: 'photos', dryRun: true });
    assert.equal(plain.geotag, undefined);
    const wide = await runImport(archive, folder, {
      source: 'photos',
      geotagPhotos: true,
      geotagWindowMinutes: 120,
    });
    assert.equal(wide.geotag?.geotagged, 2);
    const later = (await byTitle(archive)).get('later')!;
    // 19:00 UTC is past the ride's end (17:41): its last point.
    assert.equal(later.placeSource, 'location-history');
  });

  it('keeps a place the person wrote on a geotagged photo when it is imported again', async () => {
    const archive = await archiveWithRide();
    const folder = await photoFolder();
    await runImport(archive, folder, { source: 'photos', geotagPhotos: true });
    const during = (await entries(archive, 'photos')).find(
      (entry) => entry.data.title === 'during',
    )!;
    const file = path.join(archive, during.file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/place:\n(  .*\n)+/, 'place:\n  name: The harbour\n'));
    const again = await runImport(archive, folder, { source: 'photos', geotagPhotos: true });
    assert.equal(again.keptEdited.length, 1);
    assert.match(await readFile(file, 'utf8'), /name: The harbour/);
  });

  it('says so when the archive has no track to geotag from', async () => {
    const archive = await newArchive();
    const report = await runImport(archive, await photoFolder(), {
      source: 'photos',
      geotagPhotos: true,
      dryRun: true,
    });
    assert.equal(report.geotag?.noTrack, 2);
    assert.ok(report.warnings.some((warning) => /no location history or tracks/.test(warning)));
  });

  it('places a photo taken during a visit of the location history at the visit', async () => {
    const archive = await newArchive('Europe/London');
    const timeline = path.join(
      REPO,
      'tests',
      'import',
      'cases',
      'location',
      'android-timeline',
      'input',
    );
    await runImport(archive, timeline, { source: 'location' });
    const folder = temporaryFolder();
    // The case's first visit: home, 09:00 to 10:30 (+01:00) on 13 May 2024.
    await writeFile(
      path.join(folder, 'breakfast.jpg'),
      await exifJpeg({
        exif: [
          ascii(TAGS.DateTimeOriginal, '2024:05:13 10:05:00'),
          ascii(TAGS.OffsetTimeOriginal, '+01:00'),
        ],
      }),
    );
    const report = await runImport(archive, folder, { source: 'photos', geotagPhotos: true });
    assert.equal(report.geotag?.geotagged, 1);
    const photo = (await byTitle(archive)).get('breakfast')!;
    assert.deepEqual(photo.place, { lat: 51.449, lon: -2.598 });
    assert.equal(photo.placeSource, 'location-history');
  });

  it('reads a visit from a check-in with its end, and nothing from other entries', () => {
    const visit = {
      kind: 'checkin',
      date: '2024-05-13T09:00:00+01:00',
      endDate: '2024-05-13T10:30:00+01:00',
      place: { name: 'Home', lat: 51.449, lon: -2.598 },
    };
    assert.deepEqual(visitOf(visit), {
      start: Date.parse('2024-05-13T08:00:00Z'),
      end: Date.parse('2024-05-13T09:30:00Z'),
      place: { name: 'Home', lat: 51.449, lon: -2.598 },
    });
    assert.equal(visitOf({ ...visit, kind: 'activity' }), undefined);
    assert.equal(visitOf({ ...visit, endDate: undefined }), undefined);
    assert.equal(visitOf({ ...visit, place: { name: 'Home' } }), undefined);
    assert.equal(visitOf({ ...visit, endDate: '2024-05-13T08:00:00+01:00' }), undefined);
    assert.equal(visitOf(undefined), undefined);
  });

  it('never replaces the GPS a photo has', async () => {
    const photo = {
      date: '2024-06-02T18:35:30+01:00',
      isExactTime: true,
      data: { place: { lat: 1, lon: 2 } },
    };
    const history = { placeAt: async () => ({ lat: 51, lon: -2 }) };
    assert.equal(await geotagPhoto(photo, history), undefined);
    assert.deepEqual(photo.data.place, { lat: 1, lon: 2 });
    assert.equal('placeSource' in photo, false);
  });
});
