import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { exifDate } from '../../src/import/photos.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';

const PHOTOS = path.join(SHARED_FIXTURES, 'photos-exif');

describe('the photo folder importer', () => {
  it('reads EXIF dates with and without an offset', () => {
    assert.equal(exifDate('2018:07:25 16:34:23', '+02:00'), '2018-07-25T16:34:23+02:00');
    assert.equal(exifDate('2018:07:25 16:34:23', undefined), '2018-07-25T16:34:23');
    assert.equal(exifDate('0000:00:00 00:00:00', undefined), undefined);
    assert.equal(exifDate('2019:02:31 10:00:00', undefined), undefined);
  });

  it(
    'imports the real camera samples: one entry per distinct photo, GPS, camera, dates flagged',
    { skip: sharedFixturesMissing() },
    async () => {
      // Counted independently: distinct contents among the image files of the folder.
      const files = (await readdir(PHOTOS, { recursive: true })).filter((file) =>
        /\.(jpe?g|png|heic|avif)$/i.test(file),
      );
      const distinct = new Set(
        await Promise.all(
          files.map(async (file) =>
            createHash('sha256')
              .update(await readFile(path.join(PHOTOS, file)))
              .digest('hex'),
          ),
        ),
      );
      assert.equal(distinct.size, 24);
      const archive = await newArchive('Europe/Prague');
      const report = await runImport(archive, PHOTOS, { source: 'photos' });
      assert.equal(report.added, distinct.size);
      const before = await snapshot(archive, 'photos');
      assert.equal(
        (await runImport(archive, PHOTOS, { source: 'photos' })).unchanged,
        distinct.size,
      );
      assert.deepEqual(await snapshot(archive, 'photos'), before);

      const all = await entries(archive, 'photos');
      const pixel = all.find((entry) => entry.data.title === 'IMG_20180725_163423-tiny')!;
      assert.equal(
        pixel.data.date,
        '2018-07-25T16:34:23+02:00',
        'no offset in EXIF: read in the archive time zone',
      );
      assert.equal(pixel.data.dateSource, 'exif-local');
      assert.deepEqual(pixel.data.place, { lat: 50.299603, lon: 14.820294 });
      assert.equal(pixel.data.camera, 'Google Pixel');
      const kodak = all.find((entry) => entry.data.title === 'issue-exifr-36')!;
      assert.match(
        kodak.data.date,
        /^2005-08-13T09:47:23/,
        'DateTimeOriginal, not the later DateTime',
      );
      const plain = all.find((entry) => entry.data.title === 'noexif')!;
      assert.equal(plain.data.dateSource, 'file-time');
      assert.ok(report.warnings.some((warning) => /noexif\.jpg: no EXIF date/.test(warning)));
    },
  );

  it(
    'writes places as exact, rounded to a city, or not at all, as the config says',
    { skip: sharedFixturesMissing() },
    async () => {
      for (const [precision, expected] of [
        ['city', { lat: 50.3, lon: 14.8 }],
        ['none', undefined],
      ] as const) {
        const archive = await newArchive('Europe/Prague');
        const config = path.join(archive, 'inhale.yaml');
        await writeFile(
          config,
          `${await readFile(config, 'utf8')}privacy:\n  importedPlaces: ${precision}\n`,
        );
        await runImport(archive, PHOTOS, { source: 'photos' });
        const all = await entries(archive, 'photos');
        const pixel = all.find((entry) => entry.data.title === 'IMG_20180725_163423-tiny')!;
        assert.deepEqual(pixel.data.place, expected, precision);
        for (const entry of all) {
          const place = entry.data.place as { lat?: number } | undefined;
          if (place?.lat !== undefined) assert.equal(Math.round(place.lat * 10) / 10, place.lat);
        }
      }
    },
  );

  it(
    'groups photos by day and folder with --group day',
    { skip: sharedFixturesMissing() },
    async () => {
      const archive = await newArchive('UTC');
      const report = await runImport(archive, path.join(PHOTOS, 'exifr', 'orientation'), {
        source: 'photos',
        include: ['group-day'],
      });
      assert.equal(report.added, 1, 'eight files of one day in one folder');
      const [day] = await entries(archive, 'photos');
      assert.equal((day!.data.media as unknown[]).length, 8);
    },
  );
});
