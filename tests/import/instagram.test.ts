// The layouts follow real Instagram "Download Your Information" JSON exports as read by public
// parsers: posts_1.json as a list of {media: [{uri, creation_timestamp, title, media_metadata
// {photo_metadata {exif_data [{latitude, longitude}]}}}], title, creation_timestamp} (typed
// "as of 2025/02/11" in one parser; content/posts_1.json or your_instagram_activity/content/);
// stories.json {ig_stories: [...]}, reels.json {ig_reels_media: [{media: [...]}]} (several
// parsers in the code corpus); comments as {comments_media_comments: [{title, string_list_data}]}
// and, since 2023, a list with string_map_data {Comment, Media Owner, Time} (a Dutch data-donation
// script reading post_comments_N.json); and the 2018 layout of PersonalDataPipeline/pdpl-cli
// src/imports/instagram-2018-import (media.json {photos, videos, …: {taken_at, path, location,
// caption}}, comments.json {media_comments: [[time, text, user]]}). The data is made up.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { captionTags } from '../../src/import/meta-export.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import {
  exportFolder,
  exportZip,
  fakeMedia,
  metaJson,
  type ExportFiles,
} from '../helpers/meta-exports.ts';

const FEB_4_2024 = 1707004800; // 2024-02-04T00:00:00Z
const ACTIVITY = 'your_instagram_activity';

const posts = [
  {
    media: [
      { uri: 'media/posts/202402/11111_n.jpg', creation_timestamp: FEB_4_2024, title: '' },
      { uri: 'media/posts/202402/11112_n.jpg', creation_timestamp: FEB_4_2024, title: '' },
      { uri: 'media/posts/202402/11113_n.mp4', creation_timestamp: FEB_4_2024, title: '' },
    ],
    title: 'Sunday bake with @sam.ortega #sourdough #bread 🍞',
    creation_timestamp: FEB_4_2024,
  },
  {
    media: [
      {
        uri: 'media/posts/202402/22221_n.jpg',
        creation_timestamp: FEB_4_2024 + 86400,
        title: 'Évora, café at dusk',
        media_metadata: {
          photo_metadata: { exif_data: [{ latitude: 38.5714, longitude: -7.9135 }] },
        },
      },
    ],
  },
  {
    media: [
      {
        uri: 'media/posts/202402/33331_n.jpg',
        creation_timestamp: FEB_4_2024 + 2 * 86400,
        title: 'This one was lost',
      },
    ],
  },
];

function export2024(): ExportFiles {
  return {
    'start_here.html': '<html></html>',
    [`${ACTIVITY}/content/posts_1.json`]: metaJson(posts),
    'media/posts/202402/11111_n.jpg': fakeMedia('loaf 1'),
    'media/posts/202402/11112_n.jpg': fakeMedia('loaf 2'),
    'media/posts/202402/11113_n.mp4': fakeMedia('loaf video', 'mp4'),
    'media/posts/202402/22221_n.jpg': fakeMedia('evora'),
    [`${ACTIVITY}/content/stories.json`]: metaJson({
      ig_stories: [
        {
          uri: 'media/stories/202402/44441_n.mp4',
          creation_timestamp: FEB_4_2024 + 3600,
          title: '',
        },
      ],
    }),
    'media/stories/202402/44441_n.mp4': fakeMedia('story', 'mp4'),
    [`${ACTIVITY}/content/reels.json`]: metaJson({
      ig_reels_media: [
        {
          media: [
            {
              uri: 'media/reels/202402/55551_n.mp4',
              creation_timestamp: FEB_4_2024 + 7200,
              title: 'First reel! #bread',
            },
          ],
        },
      ],
    }),
    'media/reels/202402/55551_n.mp4': fakeMedia('reel', 'mp4'),
    [`${ACTIVITY}/comments/post_comments_1.json`]: metaJson([
      {
        media_list_data: [{ uri: '' }],
        string_map_data: {
          Comment: { value: 'Looks great 😍 @priya.nair' },
          'Media Owner': { value: 'sam.ortega' },
          Time: { timestamp: FEB_4_2024 + 5 * 86400 },
        },
      },
    ]),
  };
}

describe('the Instagram importer', () => {
  it('finds hashtags and mentions in a caption', () => {
    assert.deepEqual(captionTags('Sunday #bake with @sam.ortega and @priya_n. #bake #Pão'), {
      tags: ['bake', 'Pão'],
      people: ['@sam.ortega', '@priya_n'],
    });
    assert.deepEqual(captionTags('mail me at robin@example.org, see example.org/#top'), {
      tags: [],
      people: [],
    });
  });

  it('imports posts (a carousel as one), stories, reels and comments; a second import changes nothing', async () => {
    const folder = await exportFolder(export2024());
    const archive = await newArchive('Europe/Lisbon');
    const report = await runImport(archive, folder);
    assert.equal(report.source, 'instagram', 'detected from the layout');
    assert.equal(report.added, 3 + 1 + 1 + 1);
    assert.equal(report.warnings.length, 1, report.warnings.join('\n'));
    assert.match(
      report.warnings[0]!,
      /^instagram:post-1707177600-[0-9a-f]{6}: media file media\/posts\/202402\/33331_n\.jpg is not in the export$/,
      'the missing photo is named, and its post still imported',
    );
    const before = await snapshot(archive, 'instagram');
    const again = await runImport(archive, folder, { source: 'instagram' });
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 6]);
    assert.deepEqual(await snapshot(archive, 'instagram'), before, 'byte for byte the same');

    const all = await entries(archive, 'instagram');
    const byKind = (kind: string) => all.filter((entry) => entry.data.kind === kind);
    const [carousel, evora, lost] = byKind('post').sort((a, b) =>
      a.data.date.localeCompare(b.data.date),
    );
    assert.equal(carousel!.data.date, '2024-02-04T00:00:00+00:00');
    assert.equal(carousel!.body.trim(), 'Sunday bake with @sam.ortega #sourdough #bread 🍞');
    assert.deepEqual(carousel!.data.tags, ['sourdough', 'bread']);
    assert.deepEqual(carousel!.data.people, ['@sam.ortega']);
    assert.deepEqual(
      (carousel!.data.media as { type: string }[]).map((item) => item.type),
      ['image', 'image', 'video'],
    );
    assert.equal(evora!.body.trim(), 'Évora, café at dusk');
    assert.deepEqual(evora!.data.place, { lat: 38.5714, lon: -7.9135 });
    assert.equal(lost!.body.trim(), 'This one was lost', 'imported without its missing photo');
    assert.equal(lost!.data.media, undefined);
    assert.equal(byKind('story').length, 1);
    assert.deepEqual(byKind('reel')[0]!.data.tags, ['bread']);
    const [comment] = byKind('comment');
    assert.equal(comment!.body.trim(), 'Looks great 😍 @priya.nair');
    assert.deepEqual(comment!.data.people, ['@sam.ortega', '@priya.nair']);
  });

  it('reads the same export from a zip', async () => {
    const report = await runImport(
      await newArchive(),
      await exportZip(export2024(), 'instagram-robin-2024/'),
    );
    assert.equal(report.added, 6);
    assert.equal(report.warnings.length, 1);
  });

  it('reads the older media.json layout', async () => {
    const folder = await exportFolder({
      'media.json': metaJson({
        photos: [
          {
            caption: 'Old times #throwback',
            taken_at: '2018-12-31T08:05:13',
            location: 'West End, Vancouver',
            path: 'photos/201812/3e02b2be.jpg',
          },
        ],
        videos: [{ caption: '', taken_at: '2018-06-01T10:00:00', path: 'videos/201806/9a1c.mp4' }],
        stories: [
          { caption: 'Café ☕', taken_at: '2018-07-02T18:00:00', path: 'stories/201807/77ab.jpg' },
        ],
      }),
      'comments.json': metaJson({
        media_comments: [['2018-11-01T09:00:00', 'Lovely!', 'sam.ortega']],
        live_comments: [],
      }),
      'photos/201812/3e02b2be.jpg': fakeMedia('old photo'),
      'videos/201806/9a1c.mp4': fakeMedia('old video', 'mp4'),
      'stories/201807/77ab.jpg': fakeMedia('old story'),
    });
    const archive = await newArchive('America/Vancouver');
    const report = await runImport(archive, folder);
    assert.equal(report.source, 'instagram');
    assert.equal(report.added, 4);
    assert.deepEqual(unbalanced(report.files), [], 'every file’s records add up');
    assert.deepEqual(
      report.files.filter((file) => file.status === 'not-understood'),
      [],
      'no file falls through',
    );
    assert.deepEqual(report.warnings, []);
    const all = await entries(archive, 'instagram');
    const photo = all.find((entry) => entry.body.includes('Old times'))!;
    assert.equal(photo.data.date, '2018-12-31T00:05:13-08:00', 'taken_at is UTC');
    assert.deepEqual(photo.data.place, { name: 'West End, Vancouver' });
    assert.deepEqual(photo.data.tags, ['throwback']);
    assert.equal(all.find((entry) => entry.data.kind === 'story')!.body.trim(), 'Café ☕');
    assert.deepEqual(all.find((entry) => entry.data.kind === 'comment')!.data.people, [
      '@sam.ortega',
    ]);
  });

  it('warns about a missing numbered part and imports the others', async () => {
    const folder = await exportFolder({
      [`${ACTIVITY}/content/posts_1.json`]: metaJson(posts.slice(0, 1)),
      [`${ACTIVITY}/content/posts_3.json`]: metaJson(posts.slice(1, 2)),
    });
    const report = await runImport(await newArchive(), folder);
    assert.equal(report.added, 2);
    assert.ok(
      report.warnings.some((warning) =>
        /^your_instagram_activity\/content\/posts_2\.json is missing/.test(warning),
      ),
      report.warnings.join('\n'),
    );
  });

  const refused: [string, ExportFiles, RegExp][] = [
    [
      'a truncated posts_1.json, naming it',
      { [`${ACTIVITY}/content/posts_1.json`]: metaJson(posts).slice(0, 150) },
      /your_instagram_activity\/content\/posts_1\.json: not valid JSON .*the Instagram download is incomplete/,
    ],
    [
      'the HTML export, telling how to request the JSON one',
      { [`${ACTIVITY}/content/posts_1.html`]: '<html></html>' },
      /this is Instagram's HTML export.*Format: JSON/,
    ],
  ];
  for (const [name, files, message] of refused)
    it(`refuses ${name}, and leaves the archive as it was`, async () => {
      const archive = await newArchive();
      await assert.rejects(runImport(archive, await exportFolder(files)), message);
      assert.equal((await snapshot(archive, 'instagram')).size, 0);
    });
});
