import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { parseSidecarName, SidecarIndex } from '../../src/import/takeout-names.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { makeZip } from '../helpers/zip.ts';

const DOGSHEEP = path.join(SHARED_FIXTURES, 'google-takeout', 'dogsheep-takeout');
const PHOTOS = 'Takeout/Google Photos';
const YEAR = `${PHOTOS}/Photos from 2019`;
/** 51 and 56 characters: Takeout cuts their sidecars' names to 46 and 47. */
const LONG = 'Screenshot_20190701-120000_A_rather_long_app.jpg';
const LONGER = 'Screenshot_20190701-120500_Another_long_app_name.jpg';

function sidecar(title: string, seconds: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    title,
    description: '',
    imageViews: '3',
    creationTime: { timestamp: String(seconds + 3600), formatted: '' },
    photoTakenTime: { timestamp: String(seconds), formatted: '' },
    geoData: { latitude: 0, longitude: 0, altitude: 0, latitudeSpan: 0, longitudeSpan: 0 },
    url: 'https://photos.google.com/photo/AF1QipExample',
    ...extra,
  });
}

/** A Takeout with every renaming Takeout does, an album, a duplicate and a lost photo. */
const TAKEOUT: Record<string, string> = {
  'Takeout/archive_browser.html': '<html></html>',
  'Takeout/My Activity/Search/My Activity.json': '[]',
  [`${PHOTOS}/print-subscriptions.json`]: '{}',
  [`${YEAR}/IMG_0001.jpg`]: 'photo one',
  [`${YEAR}/IMG_0001.jpg.supplemental-metadata.json`]: sidecar('IMG_0001.jpg', 1562000000, {
    description: 'Sunset over the bay\n# not a heading',
    geoData: { latitude: 57.2, longitude: -6.1 },
    geoDataExif: { latitude: 57.272131, longitude: -6.215631 },
    people: [{ name: 'Sam Ortega' }, { name: 'Priya Nair' }],
  }),
  [`${YEAR}/IMG_0001(1).jpg`]: 'photo one, another with the same name',
  [`${YEAR}/IMG_0001.jpg.supplemental-metadata(1).json`]: sidecar('IMG_0001.jpg', 1562000100, {
    geoData: { latitude: 51.5, longitude: -0.12 },
  }),
  [`${YEAR}/IMG_0002.jpg`]: 'photo two',
  [`${YEAR}/IMG_0002-edited.jpg`]: 'photo two, edited',
  [`${YEAR}/IMG_0002.jpg.supp.json`]: sidecar('IMG_0002.jpg', 1562000200),
  [`${YEAR}/IMG_0003.jpg`]: 'photo three',
  [`${YEAR}/IMG_0003.jpg.s.json`]: sidecar('IMG_0003.jpg', 1562000300),
  [`${YEAR}/IMG_0004.jpg`]: 'photo four',
  [`${YEAR}/IMG_0004.jpg.json`]: sidecar('IMG_0004.jpg', 1562000400),
  [`${YEAR}/IMG_0005(2).jpg`]: 'photo five',
  [`${YEAR}/IMG_0005.jpg(2).json`]: sidecar('IMG_0005.jpg', 1562000500),
  [`${YEAR}/${LONG}`]: 'a long name',
  [`${YEAR}/${LONG.slice(0, 46)}.json`]: sidecar(LONG, 1562000600),
  [`${YEAR}/${LONGER}`]: 'a longer name',
  [`${YEAR}/${LONGER.slice(0, 47)}.json`]: sidecar(LONGER, 1562000700),
  [`${YEAR}/VID_0006.mp4`]: 'a video',
  [`${YEAR}/VID_0006.mp4.supplemental-metadata.json`]: sidecar('VID_0006.mp4', 1562000800),
  [`${YEAR}/lost.jpg.supplemental-metadata.json`]: sidecar('lost.jpg', 1562000900),
  [`${PHOTOS}/Skye 2019/metadata.json`]: JSON.stringify({ title: 'Skye 2019', description: '' }),
  [`${PHOTOS}/Skye 2019/IMG_0001.jpg`]: 'photo one',
  [`${PHOTOS}/Skye 2019/IMG_0001.jpg.supplemental-metadata.json`]: sidecar(
    'IMG_0001.jpg',
    1562000000,
  ),
  [`${PHOTOS}/Skye 2019/IMG_0003.jpg`]: 'photo three',
  [`${PHOTOS}/Skye 2019/IMG_0003.jpg.supplemental-me.json`]: sidecar('IMG_0003.jpg', 1562000300),
};
/** Counted by hand: one entry per distinct photo or video, the edited copy joining IMG_0002. */
const EXPECTED = 9;

async function writeTree(files: Record<string, string>): Promise<string> {
  const folder = temporaryFolder();
  for (const [name, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), data);
  }
  return folder;
}

describe('the Google Photos Takeout importer', () => {
  it('finds the sidecar of a media file through every renaming Takeout does', () => {
    const names = [
      'IMG_1.jpg.json',
      'IMG_1.jpg.supplemental-metadata(1).json',
      'IMG_2.jpg.suppl.json',
      'IMG_3.jpg(1).json',
      'IMG_4.HEIC..json',
      `${LONG.slice(0, 46)}.json`,
      'PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json',
      '13039_327707840323_537645323_9470255_27214_n.j(1).json',
    ];
    const index = new SidecarIndex(names.map((name) => [name, parseSidecarName(name)!]));
    const table: [string, string | undefined][] = [
      ['IMG_1.jpg', 'IMG_1.jpg.json'],
      ['IMG_1(1).jpg', 'IMG_1.jpg.supplemental-metadata(1).json'],
      ['IMG_1-edited.jpg', 'IMG_1.jpg.json'],
      ['IMG_2.jpg', 'IMG_2.jpg.suppl.json'],
      ['IMG_3(1).jpg', 'IMG_3.jpg(1).json'],
      ['IMG_3.jpg', undefined],
      ['IMG_4.HEIC', 'IMG_4.HEIC..json'],
      ['IMG_4.HEI', undefined],
      [LONG, `${LONG.slice(0, 46)}.json`],
      [
        'PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg',
        'PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGIN.json',
      ],
      [
        '13039_327707840323_537645323_9470255_27214_n(1).jpg',
        '13039_327707840323_537645323_9470255_27214_n.j(1).json',
      ],
      ['13039_327707840323_537645323_9470255_27214_n.jpg', undefined],
      ['IMG_5.jpg', undefined],
    ];
    for (const [media, expected] of table)
      assert.equal(index.find(media)?.file, expected, `the sidecar of ${media}`);
    assert.equal(index.find('IMG_1-edited.jpg')?.isEdited, true);
  });

  it(
    'recognises that the real Takeout sample holds no Google Photos, and imports nothing from it',
    { skip: sharedFixturesMissing() },
    async () => {
      // Counted independently: no file of the sample is a photo sidecar (none has photoTakenTime).
      const files = (await readdir(DOGSHEEP, { recursive: true })).filter((file) =>
        file.endsWith('.json'),
      );
      const sidecars = await Promise.all(
        files.map(async (file) =>
          (await readFile(path.join(DOGSHEEP, file), 'utf8')).includes('photoTakenTime'),
        ),
      );
      assert.equal(files.length, 4);
      assert.equal(sidecars.filter(Boolean).length, 0);
      const archive = await newArchive();
      // Its `Location History.json` is a location history: that importer takes the sample.
      assert.equal((await runImport(archive, DOGSHEEP, { dryRun: true })).source, 'location');
      await assert.rejects(
        runImport(archive, DOGSHEEP, { source: 'google-photos' }),
        /no Google Photos here/,
      );
      assert.equal(existsSync(path.join(archive, 'google-photos')), false);
    },
  );

  it('imports a Takeout: dates, places, people, albums, edits; a second import changes nothing', async () => {
    const takeout = await writeTree(TAKEOUT);
    const archive = await newArchive('Europe/London');
    const report = await runImport(archive, takeout);
    assert.equal(report.source, 'google-photos', 'detected from the Takeout layout');
    assert.equal(report.added, EXPECTED);
    assert.deepEqual(report.skipped, {
      'metadata without its photo or video': 1,
      'the same photo again (stored once)': 2,
    });
    assert.ok(
      report.warnings.some((warning) => /lost\.jpg\.supplemental-metadata\.json/.test(warning)),
    );
    // Every file accounted: each sidecar one record, the photos media, the rest of the Takeout
    // named by its product, and Google Photos' own files it does not read named too.
    assert.deepEqual(unbalanced(report.files), []);
    const status = new Map(report.files.map((file) => [file.file, file]));
    assert.equal(
      status.get('Takeout/My Activity/Search/My Activity.json')?.reason,
      "Google Takeout's My Activity — no importer yet",
    );
    assert.equal(status.get('Takeout/archive_browser.html')?.status, 'not-imported');
    assert.equal(status.get(`${PHOTOS}/print-subscriptions.json`)?.status, 'not-imported');
    assert.equal(status.get(`${YEAR}/IMG_0002-edited.jpg`)?.status, 'media');
    assert.deepEqual(
      report.files.filter((file) => file.status === 'not-understood').map((file) => file.file),
      [],
    );
    assert.equal(
      report.files.reduce((sum, file) => sum + (file.records ?? 0), 0),
      EXPECTED + 1 + 2,
      'the entries, the lost photo and the two copies',
    );
    const before = await snapshot(archive, 'google-photos');
    const again = await runImport(archive, takeout, { source: 'google-photos' });
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, EXPECTED]);
    assert.deepEqual(await snapshot(archive, 'google-photos'), before);

    const all = await entries(archive, 'google-photos');
    assert.equal(all.length, EXPECTED);
    const byDate = new Map(all.map((entry) => [entry.data.date, entry]));
    const one = byDate.get('2019-07-01T17:53:20+01:00');
    assert.ok(one, 'photoTakenTime 1562000000 is 16:53:20 UTC, 17:53:20 in London in July');
    assert.equal(one.data.title, 'IMG_0001');
    assert.deepEqual(one.data.place, { lat: 57.272131, lon: -6.215631 }, 'geoDataExif first');
    assert.deepEqual(one.data.people, ['Sam Ortega', 'Priya Nair']);
    assert.deepEqual(one.data.tags, ['Skye 2019'], 'the album of its copy in the album folder');
    assert.equal(one.body.trimEnd(), 'Sunset over the bay\\\n\\# not a heading');
    const counted = byDate.get('2019-07-01T17:55:00+01:00')!;
    assert.deepEqual(counted.data.place, { lat: 51.5, lon: -0.12 }, 'geoData without geoDataExif');
    assert.equal(counted.data.tags, undefined);
    const two = byDate.get('2019-07-01T17:56:40+01:00')!;
    assert.equal(two.data.place, undefined, '0, 0 is no place');
    assert.equal((two.data.media as unknown[]).length, 2, 'the edited copy joins its original');
    assert.deepEqual(byDate.get('2019-07-01T17:58:20+01:00')!.data.tags, ['Skye 2019']);
    // IMG_0004 (old .json), IMG_0005(2) (old counter), the two names cut at 46 and 47.
    for (const time of ['18:00:00', '18:01:40', '18:03:20', '18:05:00'])
      assert.ok(byDate.has(`2019-07-01T${time}+01:00`), `the photo taken at ${time}`);
    assert.equal(byDate.get('2019-07-01T18:06:40+01:00')!.data.kind, 'video');
    assert.equal(one.data.url, 'https://photos.google.com/photo/AF1QipExample');
  });

  it('imports the parts of a split Takeout together and names the missing part', async () => {
    const folder = temporaryFolder();
    const part = (names: string[]) =>
      makeZip(names.map((name) => ({ name, data: TAKEOUT[name]!, deflate: true })));
    // The sidecar of IMG_0001.jpg is in part 1, the photo in part 3; part 2 never arrived.
    await writeFile(
      path.join(folder, 'takeout-20260301T101010Z-001.zip'),
      part([
        `${YEAR}/IMG_0001.jpg.supplemental-metadata.json`,
        `${YEAR}/IMG_0002.jpg`,
        `${YEAR}/IMG_0002.jpg.supp.json`,
      ]),
    );
    await writeFile(
      path.join(folder, 'takeout-20260301T101010Z-003.zip'),
      part([`${YEAR}/IMG_0001.jpg`, `${YEAR}/IMG_0003.jpg.s.json`]),
    );
    const archive = await newArchive('Europe/London');
    const report = await runImport(archive, folder);
    assert.equal(report.source, 'google-photos');
    assert.equal(report.added, 2);
    assert.deepEqual(report.skipped, { 'metadata without its photo or video': 1 });
    assert.ok(
      report.warnings.includes(
        'takeout-20260301T101010Z: part 2 missing; what it holds is not imported',
      ),
      report.warnings.join('\n'),
    );
    const dates = (await entries(archive, 'google-photos')).map((entry) => entry.data.date).sort();
    assert.deepEqual(dates, ['2019-07-01T17:53:20+01:00', '2019-07-01T17:56:40+01:00']);
  });

  it('refuses a part whose names climb out of the export, and writes nothing', async () => {
    const folder = temporaryFolder();
    await writeFile(
      path.join(folder, 'takeout-20260301T101010Z-001.zip'),
      makeZip([
        { name: `${YEAR}/IMG_0001.jpg`, data: 'photo one' },
        { name: `${YEAR}/IMG_0001.jpg.json`, data: sidecar('IMG_0001.jpg', 1562000000) },
      ]),
    );
    await writeFile(
      path.join(folder, 'takeout-20260301T101010Z-002.zip'),
      makeZip([{ name: `${PHOTOS}/../../../evil.jpg`, data: 'evil' }]),
    );
    const archive = await newArchive();
    await assert.rejects(runImport(archive, folder), /takeout-20260301T101010Z-002\.zip: .*\.\./);
    assert.equal(existsSync(path.join(archive, 'google-photos')), false);
    assert.equal(existsSync(path.join(path.dirname(archive), 'evil.jpg')), false);
  });
});
