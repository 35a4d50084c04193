import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { unbalanced } from '../../src/import/coverage.ts';
import { cleanExifText, exifDate } from '../../src/import/photos.ts';
import { runImport } from '../../src/import/run-import.ts';
import { ascii, exifJpeg, TAGS, userComment, xmpPacket, xp } from '../helpers/exif-jpeg.ts';
import { temporaryFolder } from '../helpers/paths.ts';
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
      // Counted independently: photos carrying an IPTC caption (record 2:120, bytes 1C 02 78)
      // inside a Photoshop 3.0 block; `grep -c 'Photoshop 3.0'` finds the same two files.
      const iptcCaptions = (
        await Promise.all(files.map((file) => readFile(path.join(PHOTOS, file))))
      ).filter(
        (bytes) =>
          bytes.includes(Buffer.from('Photoshop 3.0')) &&
          bytes.includes(Buffer.from([0x1c, 2, 0x78])),
      ).length;
      assert.equal(iptcCaptions, 2);
      const archive = await newArchive('Europe/Prague');
      const report = await runImport(archive, PHOTOS, { source: 'photos' });
      assert.equal(report.added, distinct.size);
      // Every photo read (one record each); the sidecars named as left out, the licence as not understood.
      assert.deepEqual(unbalanced(report.files), []);
      assert.equal(report.files.filter((file) => file.status === 'read').length, files.length);
      assert.deepEqual(
        report.files.filter((file) => file.status === 'not-imported').map((file) => file.file),
        ['exifr/sidecar/IMG_5910.exif', 'exifr/sidecar/IMG_5910.xmp'],
      );
      assert.deepEqual(
        report.files.filter((file) => file.status === 'not-understood').map((file) => file.file),
        ['recurser-orientation/LICENSE'],
      );
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
      // The captions: each IPTC caption is its photo's text, its Headline the title; the camera's
      // placeholders (`default` in ImageDescription, a firmware version in XPComment) are not.
      const captioned = all.filter((entry) => entry.body.trim() !== '');
      assert.equal(captioned.length, iptcCaptions);
      assert.ok(captioned.some((entry) => /Photo: Óscar Cañas\/EUROPA PRESS/.test(entry.body)));
      assert.ok(
        captioned.some(
          (entry) => entry.data.title === "Presentation of 'Espana Digital 2025' agenda in Spain",
        ),
      );
      const drone = all.find((entry) => entry.data.title === 'issue-exifr-13')!;
      assert.equal(drone.body.trim(), '');
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
      // The first photo is the entry's file, the other seven its media: every file accounted.
      assert.deepEqual(unbalanced(report.files), []);
      assert.deepEqual(
        report.files.map((file) => file.status),
        ['read', ...Array(7).fill('media')],
      );
    },
  );

  it('EXIF strings with NUL bytes and padding never reach a page (ION230\\0F)', async () => {
    assert.equal(cleanExifText('ION230\u0000F'), 'ION230');
    assert.equal(cleanExifText('Canon   \u0000\u0000\u0000'), 'Canon');
    assert.equal(cleanExifText('\u0000\u0000'), undefined);
    assert.equal(cleanExifText('a\u0007b\u009bc'), 'abc');
    const folder = temporaryFolder();
    // Synthetic: an ION action camera's Model as such cameras write it (CIPA DC-008 ASCII fields
    // end at the first NUL; what follows is padding), with a padded Make and description.
    await writeFile(
      path.join(folder, 'ion.jpg'),
      await exifJpeg({
        ifd0: [
          ascii(TAGS.Make, 'ION    \0\0\0'),
          ascii(TAGS.Model, 'ION230\0F'),
          ascii(TAGS.ImageDescription, 'Down the slope\0\0\0\0    '),
        ],
        exif: [ascii(TAGS.DateTimeOriginal, '2014:02:03 10:11:12')],
      }),
    );
    const archive = await newArchive('UTC');
    await runImport(archive, folder, { source: 'photos' });
    const [photo] = await entries(archive, 'photos');
    assert.equal(photo!.data.camera, 'ION230');
    assert.equal(photo!.body.trim(), 'Down the slope');
    const [file] = (await readdir(path.join(archive, 'photos'), { recursive: true })).filter(
      (name) => name.endsWith('.md'),
    );
    const text = await readFile(path.join(archive, 'photos', file!), 'utf8');
    assert.doesNotMatch(text, /\u0000|\\0|\\x00|ION230F/);
  });

  it("takes the caption from XMP, ImageDescription, XPComment or UserComment as the entry's text, and XPTitle as its title", async () => {
    const folder = temporaryFolder();
    // Synthetic, after CIPA DC-008 (EXIF) and Adobe XMP Part 3: one caption field per photo.
    const photos: [string, Parameters<typeof exifJpeg>[0]][] = [
      ['xmp.jpg', { xmp: xmpPacket('Sea &amp; sun', 'Holiday'), colour: '#101010' }],
      [
        'description.jpg',
        { ifd0: [ascii(TAGS.ImageDescription, 'Grandma at 90')], colour: '#202020' },
      ],
      [
        'windows.jpg',
        {
          ifd0: [xp(TAGS.XPTitle, 'Träume'), xp(TAGS.XPComment, 'Über den Wolken')],
          colour: '#303030',
        },
      ],
      ['comment.jpg', { exif: [userComment('First snow')], colour: '#404040' }],
      ['unicode.jpg', { exif: [userComment('Crème brûlée', 'UNICODE')], colour: '#505050' }],
      [
        'placeholder.jpg',
        { ifd0: [ascii(TAGS.ImageDescription, 'OLYMPUS DIGITAL CAMERA')], colour: '#606060' },
      ],
    ];
    for (const [name, options] of photos)
      await writeFile(path.join(folder, name), await exifJpeg(options));
    const archive = await newArchive('UTC');
    const report = await runImport(archive, folder, { source: 'photos' });
    assert.equal(report.added, photos.length);
    const byFile = new Map(
      (await entries(archive, 'photos')).map((entry) => [
        String((entry.data.provenance as { file: string }).file),
        entry,
      ]),
    );
    assert.equal(byFile.get('xmp.jpg')!.body.trim(), 'Sea & sun');
    assert.equal(byFile.get('xmp.jpg')!.data.title, 'Holiday');
    assert.equal(byFile.get('description.jpg')!.body.trim(), 'Grandma at 90');
    assert.equal(byFile.get('windows.jpg')!.body.trim(), 'Über den Wolken');
    assert.equal(byFile.get('windows.jpg')!.data.title, 'Träume');
    assert.equal(byFile.get('comment.jpg')!.body.trim(), 'First snow');
    assert.equal(byFile.get('unicode.jpg')!.body.trim(), 'Crème brûlée');
    assert.equal(
      byFile.get('placeholder.jpg')!.body.trim(),
      '',
      "a camera's placeholder is no caption",
    );
    const before = await snapshot(archive, 'photos');
    assert.equal((await runImport(archive, folder, { source: 'photos' })).unchanged, photos.length);
    assert.deepEqual(await snapshot(archive, 'photos'), before);
  });

  it('dates a photo by DateTimeOriginal, else CreateDate, else IFD0 DateTime, else the file time, and says which', async () => {
    const folder = temporaryFolder();
    // Synthetic EXIF (CIPA DC-008): each photo keeps one date of the three, with or without its offset.
    const photos: [string, Parameters<typeof exifJpeg>[0]][] = [
      [
        'original.jpg',
        {
          exif: [
            ascii(TAGS.DateTimeOriginal, '2010:05:06 07:08:09'),
            ascii(TAGS.OffsetTimeOriginal, '+02:00'),
            ascii(TAGS.CreateDate, '2011:01:01 00:00:00'),
          ],
          ifd0: [ascii(TAGS.DateTime, '2012:01:01 00:00:00')],
          colour: '#111111',
        },
      ],
      [
        'digitized.jpg',
        {
          exif: [
            ascii(TAGS.DateTimeOriginal, '0000:00:00 00:00:00'),
            ascii(TAGS.CreateDate, '2011:02:03 04:05:06'),
            ascii(TAGS.OffsetTimeDigitized, '+05:30'),
          ],
          colour: '#222222',
        },
      ],
      ['modified.jpg', { ifd0: [ascii(TAGS.DateTime, '2012:03:04 05:06:07')], colour: '#333333' }],
      ['none.jpg', { ifd0: [ascii(TAGS.Make, 'Nobody')], colour: '#444444' }],
    ];
    for (const [name, options] of photos)
      await writeFile(path.join(folder, name), await exifJpeg(options));
    const fileTime = new Date('2013-04-05T06:07:08Z');
    await utimes(path.join(folder, 'none.jpg'), fileTime, fileTime);
    const archive = await newArchive('UTC');
    await runImport(archive, folder, { source: 'photos' });
    const byTitle = new Map(
      (await entries(archive, 'photos')).map((entry) => [entry.data.title, entry.data]),
    );
    const dated = (title: string) => [byTitle.get(title)!.date, byTitle.get(title)!.dateSource];
    assert.deepEqual(dated('original'), ['2010-05-06T07:08:09+02:00', undefined]);
    assert.deepEqual(dated('digitized'), ['2011-02-03T04:05:06+05:30', 'exif-digitized']);
    assert.deepEqual(dated('modified'), ['2012-03-04T05:06:07+00:00', 'exif-modified']);
    assert.deepEqual(dated('none'), ['2013-04-05T06:07:08+00:00', 'file-time']);
  });
});
