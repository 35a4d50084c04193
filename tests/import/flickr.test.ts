import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { visibilityOf } from '../../src/import/flickr.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { makeZip } from '../helpers/zip.ts';
import { syntheticMedia } from '../helpers/media-bytes.ts';

const MYLES = path.join(SHARED_FIXTURES, 'flickr', 'myles-flickr-export');

/** A photo record shaped like Flickr's export (the real sample's fields). */
function photo(id: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    name: `Photo ${id}`,
    description: '',
    date_taken: '2019-07-14 09:30:00',
    date_imported: '2019-07-15 20:00:00',
    photopage: `https://www.flickr.com/photos/someone/${id}/`,
    original: `https://live.staticflickr.com/1/${id}_abc_o.jpg`,
    license: 'All Rights Reserved',
    geo: [],
    tags: [],
    people: [],
    albums: [],
    privacy: 'public',
    safety: 'safe',
    comments: [],
    ...extra,
  });
}

async function withArchiveSettings(timeZone: string, defaultVisibility: string): Promise<string> {
  const archive = await newArchive(timeZone);
  const config = path.join(archive, 'inhale.yaml');
  await writeFile(
    config,
    (await readFile(config, 'utf8')).replace(
      /defaultVisibility: .*/,
      `defaultVisibility: ${defaultVisibility}`,
    ),
  );
  return archive;
}

describe('the Flickr importer', () => {
  it('maps Flickr privacy to visibility, never more visible than a public photo', () => {
    const table: [string | undefined, 'private' | 'friends' | 'public', string | undefined][] = [
      ['public', 'public', undefined],
      ['public', 'private', undefined],
      ['friends', 'public', 'friends'],
      ['family', 'public', 'friends'],
      ['friends & family', 'public', 'friends'],
      ['friend & family', 'friends', 'friends'],
      ['friends', 'private', undefined],
      ['private', 'public', 'private'],
      ['something new', 'public', 'private'],
      [undefined, 'public', 'private'],
    ];
    for (const [privacy, archiveDefault, expected] of table)
      assert.equal(visibilityOf(privacy, archiveDefault).visibility, expected, String(privacy));
  });

  it(
    'imports the real export sample: one entry, its date, tags, place and licence; a second import changes nothing',
    { skip: sharedFixturesMissing() },
    async () => {
      // Counted independently: one photo_<id>.json per photo.
      const expected = (await readdir(MYLES)).filter((file) =>
        /^photo_\d+\.json$/.test(file),
      ).length;
      assert.equal(expected, 1);
      const archive = await newArchive('America/Toronto');
      const report = await runImport(archive, MYLES);
      assert.equal(report.source, 'flickr', 'detected from photo_<id>.json');
      assert.equal(report.added, expected);
      assert.ok(
        report.warnings.some((warning) =>
          /photo_9732128037\.json: the photo itself is not/.test(warning),
        ),
        'the sample holds no media files',
      );
      assert.ok(
        report.warnings.some((warning) =>
          /"Allis-Chalmers D17": 10 of its 10 photos/.test(warning),
        ),
      );
      const before = await snapshot(archive, 'flickr');
      const again = await runImport(archive, MYLES, { source: 'flickr' });
      assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, expected]);
      assert.deepEqual(await snapshot(archive, 'flickr'), before);

      const [entry] = await entries(archive, 'flickr');
      assert.equal(entry!.data.id, 'flickr:9732128037');
      assert.equal(
        entry!.data.date,
        '2013-09-12T19:37:56-04:00',
        'date taken, local, read in the archive time zone',
      );
      assert.equal(entry!.data.dateSource, 'taken-local');
      assert.equal(entry!.data.uploaded, '2013-09-12T16:37:56');
      assert.equal(entry!.data.title, undefined, 'a name of one space is no title');
      assert.deepEqual(entry!.data.tags, [
        'instagram app',
        'square',
        'square format',
        'iphoneography',
        'Sierra',
      ]);
      assert.deepEqual(entry!.data.machineTags, [
        'uploaded:by=instagram',
        'foursquare:venue=4baa99ebf964a52085783ae3',
      ]);
      assert.deepEqual(entry!.data.place, { lat: 43.722273, lon: -79.410638, accuracy: 16 });
      assert.equal(entry!.data.license, 'Attribution-NonCommercial-ShareAlike License');
      assert.equal(entry!.data.visibility, undefined, 'public keeps the archive default');
      assert.equal(entry!.data.url, 'https://www.flickr.com/photos/mylesbraithwaite/9732128037/');
    },
  );

  it('imports the account zip and the data-download parts together: media, albums, galleries, comments', async () => {
    const folder = temporaryFolder();
    await writeFile(
      path.join(folder, '12345678_0a1b2c3d_part1.zip'),
      makeZip([
        {
          name: 'photo_1001.json',
          data: photo('1001', {
            description: 'Ridge path in <b>fog</b>',
            privacy: 'friends & family',
            tags: [{ tag: 'walking' }, { tag: 'skye' }],
            geo: [{ latitude: '57272131', longitude: '-6215631', accuracy: '11' }],
          }),
        },
        { name: 'photo_1002.json', data: photo('1002', { privacy: 'private' }) },
        {
          name: 'photo_1003.json',
          data: photo('1003', {
            date_taken: '0000-00-00 00:00:00',
            albums: [{ id: '7001', title: 'Skye 2019' }],
            comments: [{ user: 'https://www.flickr.com/photos/sam/', comment: 'Lovely!' }],
          }),
        },
        {
          name: 'albums.json',
          data: JSON.stringify({
            albums: [{ id: '7001', title: 'Skye 2019', photos: ['1001', '1002', '9999'] }],
          }),
        },
        {
          name: 'galleries.json',
          data: JSON.stringify({
            galleries: [
              { id: '8001', title: 'Fog', description: '', created: '1563100000', photos: ['5'] },
            ],
          }),
        },
        {
          name: 'photos_comments_part001.json',
          data: JSON.stringify({
            comments: [
              {
                comment_id: 'c1',
                photo_id: '1001',
                comment: 'Cold up there',
                date: '2019-07-16 08:00:00',
              },
              {
                comment_id: 'c2',
                photo_id: '42',
                comment: 'Great light',
                date: '2019-07-17 08:00:00',
                url: 'https://www.flickr.com/photos/sam/42/#comment72157',
              },
            ],
          }),
        },
      ]),
    );
    await writeFile(
      path.join(folder, 'data-download-1.zip'),
      makeZip([{ name: 'ridge-path_1001_o.jpg', data: syntheticMedia('jpg', 'ridge') }]),
    );
    await writeFile(
      path.join(folder, 'data-download-3.zip'),
      makeZip([{ name: 'clip_1003.mp4', data: syntheticMedia('mp4', 'clip') }]),
    );
    const archive = await withArchiveSettings('Europe/London', 'public');
    const report = await runImport(archive, folder);
    assert.equal(report.source, 'flickr');
    // Counted by hand: three photos, one gallery, two comments.
    assert.equal(report.added, 6);
    assert.ok(
      report.warnings.includes('data-download: part 2 missing; what it holds is not imported'),
    );
    assert.ok(
      report.warnings.some((warning) => /photo_1002\.json: the photo itself is not/.test(warning)),
    );
    assert.ok(report.warnings.some((warning) => /"Skye 2019": 1 of its 3 photos/.test(warning)));
    const before = await snapshot(archive, 'flickr');
    assert.equal((await runImport(archive, folder)).unchanged, 6);
    assert.deepEqual(await snapshot(archive, 'flickr'), before);

    const byId = new Map((await entries(archive, 'flickr')).map((entry) => [entry.data.id, entry]));
    const ridge = byId.get('flickr:1001')!;
    assert.equal(ridge.data.date, '2019-07-14T09:30:00+01:00');
    assert.deepEqual(ridge.data.tags, ['walking', 'skye', 'Skye 2019']);
    assert.equal(ridge.data.visibility, 'friends');
    assert.deepEqual(ridge.data.place, { lat: 57.272131, lon: -6.215631, accuracy: 11 });
    assert.match(ridge.body, /Ridge path in \*\*fog\*\*/);
    assert.equal((ridge.data.media as { type: string }[])[0]!.type, 'image');
    assert.equal(byId.get('flickr:1002')!.data.visibility, 'private');
    const clip = byId.get('flickr:1003')!;
    assert.equal(clip.data.kind, 'video');
    assert.equal(clip.data.date, '2019-07-15T20:00:00+01:00', 'no date taken: the upload date');
    assert.equal(clip.data.dateSource, 'upload-time');
    assert.deepEqual(clip.data.tags, ['Skye 2019'], 'the album its own record names');
    assert.match(clip.body, /Lovely!/);
    assert.equal(byId.get('flickr:gallery-8001')!.data.kind, 'gallery');
    assert.match(byId.get('flickr:gallery-8001')!.body, /photo\.gne\?id=5/);
    assert.equal(byId.get('flickr:comment-c1')!.data.inReplyTo, 'flickr:1001');
    assert.equal(byId.get('flickr:comment-c2')!.data.inReplyTo, undefined);
  });

  it('refuses a data-download part whose names climb out of the export, and writes nothing', async () => {
    const folder = temporaryFolder();
    await writeFile(
      path.join(folder, '12345678_0a1b2c3d_part1.zip'),
      makeZip([{ name: 'photo_1001.json', data: photo('1001') }]),
    );
    await writeFile(
      path.join(folder, 'data-download-1.zip'),
      makeZip([{ name: '../../ridge-path_1001_o.jpg', data: syntheticMedia('jpg', 'ridge') }]),
    );
    const archive = await newArchive();
    await assert.rejects(
      runImport(archive, folder, { source: 'flickr' }),
      /data-download-1\.zip: invalid relative path/,
    );
    assert.equal(existsSync(path.join(archive, 'flickr')), false);
  });
});
