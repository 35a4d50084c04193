// The layouts follow real "Download Your Information" JSON exports as documented in public
// parsers: NorseKode/Waultar-App documents/parser/{content,activity,interactions}_examples.md
// (2020–2022: posts/your_posts_1.json with data[].post and attachments[].data[].media {uri,
// creation_timestamp, description}, comments_v2, reactions_v2, event_responses_v2 with place
// {name, coordinate {latitude, longitude}}); daytonellwanger/bettersocial src/Photos.ts (albums:
// {name, photos, cover_photo, last_modified_timestamp, description}); gavindsouza/
// instagram-to-sqlite tests (messages/inbox/<thread>/message_1.json {participants, messages
// [{sender_name, timestamp_ms, content, photos}]}); and parsers of the 2023+ layout that read
// your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json. The data is made up.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import { repairMojibake } from '../../src/import/meta-export.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import {
  exportFolder,
  exportZip,
  fakeMedia,
  mangle,
  metaJson,
  type ExportFiles,
} from '../helpers/meta-exports.ts';

const JAN_1_2020 = 1577836800; // 2020-01-01T00:00:00Z

const posts1 = [
  {
    timestamp: JAN_1_2020,
    data: [{ post: 'Café tonight with @[100001:2048:Sam Ortega] #bread 😀' }],
    title: 'Robin Ashby updated her status.',
  },
  {
    timestamp: JAN_1_2020 + 86400,
    attachments: [
      {
        data: [
          {
            media: {
              uri: 'photos_and_videos/TimelinePhotos_a1/10001_n.jpg',
              creation_timestamp: JAN_1_2020 + 86400,
              title: 'Timeline Photos',
              description: 'The beans are up',
            },
          },
        ],
      },
    ],
    data: [{ post: 'The beans are up' }],
    tags: [{ name: 'Priya Nair' }],
    title: 'Robin Ashby added a new photo.',
  },
  {
    timestamp: JAN_1_2020 + 2 * 86400,
    attachments: [
      {
        data: [
          {
            place: {
              name: 'Brecon Beacons',
              coordinate: { latitude: 51.884, longitude: -3.436 },
              address: 'Wales',
            },
          },
        ],
      },
    ],
    data: [{ post: 'Twelve miles along the ridge' }],
    title: 'Robin Ashby was at Brecon Beacons.',
  },
  {
    timestamp: JAN_1_2020 + 3 * 86400,
    attachments: [
      {
        data: [{ life_event: { title: 'Started a new job', description: 'At the bakery in Hay' } }],
      },
    ],
    data: [],
    title: 'Robin Ashby added a life event: Started a new job',
  },
  {
    timestamp: JAN_1_2020 + 4 * 86400,
    attachments: [{ data: [{ external_context: { url: 'https://example.org/rye' } }] }],
    data: [{ post: 'Good read on rye' }],
  },
  { timestamp: JAN_1_2020 + 5 * 86400, data: [{ update_timestamp: JAN_1_2020 + 5 * 86400 }] },
];
const posts2 = [
  {
    timestamp: JAN_1_2020 + 6 * 86400,
    attachments: [
      { data: [{ media: { uri: 'photos_and_videos/videos/gone_20002.mp4', description: '' } }] },
    ],
    data: [],
  },
];

/** The 2020–2022 layout, every part present. */
function export2020(): ExportFiles {
  return {
    'index.html': '<html>Your information</html>',
    'posts/your_posts_1.json': metaJson(posts1),
    'posts/your_posts_2.json': metaJson(posts2),
    'photos_and_videos/TimelinePhotos_a1/10001_n.jpg': fakeMedia('beans'),
    'photos_and_videos/album/0.json': metaJson({
      name: 'Skye, summer',
      description: 'Three days of rain and one of sun',
      last_modified_timestamp: JAN_1_2020 + 90 * 86400,
      photos: [
        {
          uri: 'photos_and_videos/Skye_b2/30001_n.jpg',
          creation_timestamp: JAN_1_2020 + 70 * 86400,
        },
        {
          uri: 'photos_and_videos/Skye_b2/30002_n.jpg',
          creation_timestamp: JAN_1_2020 + 71 * 86400,
        },
      ],
    }),
    'photos_and_videos/Skye_b2/30001_n.jpg': fakeMedia('skye 1'),
    'photos_and_videos/Skye_b2/30002_n.jpg': fakeMedia('skye 2'),
    'comments/comments.json': metaJson({
      comments_v2: [
        {
          timestamp: JAN_1_2020 + 10 * 86400,
          data: [
            {
              comment: {
                timestamp: JAN_1_2020 + 10 * 86400,
                comment: 'Très bon 👍',
                author: 'Robin Ashby',
              },
            },
          ],
          title: 'Robin Ashby commented on Sam Ortega’s post.',
        },
      ],
    }),
    'events/your_event_responses.json': metaJson({
      event_responses_v2: {
        events_joined: [
          {
            name: 'Bread festival',
            start_timestamp: JAN_1_2020 + 20 * 86400,
            end_timestamp: 0,
            place: { name: 'Hay-on-Wye', coordinate: { latitude: 52.074, longitude: -3.127 } },
            description: 'Bring a loaf',
          },
        ],
        events_declined: [{ name: 'Quiz night', start_timestamp: JAN_1_2020 + 21 * 86400 }],
        events_interested: [],
      },
    }),
    'likes_and_reactions/posts_and_comments.json': metaJson({
      reactions_v2: [
        {
          timestamp: JAN_1_2020 + 30 * 86400,
          data: [{ reaction: { reaction: 'LIKE', actor: 'Robin Ashby' } }],
          title: 'Robin Ashby likes Sam Ortega’s post.',
        },
        {
          timestamp: JAN_1_2020 + 31 * 86400,
          data: [{ reaction: { reaction: 'HAHA', actor: 'Robin Ashby' } }],
          title: 'Robin Ashby reacted to Priya Nair’s photo.',
        },
      ],
    }),
    'profile_information/profile_information.json': metaJson({
      profile_v2: { name: { full_name: 'Robin Ashby' } },
    }),
    'messages/inbox/samortega_x7k2/message_1.json': metaJson({
      participants: [{ name: 'Sam Ortega' }, { name: 'Robin Ashby' }],
      messages: [
        {
          sender_name: 'Robin Ashby',
          timestamp_ms: (JAN_1_2020 + 40 * 86400) * 1000 + 500,
          content: 'Here are the loaves',
          photos: [
            { uri: 'messages/inbox/samortega_x7k2/photos/40001.jpg', creation_timestamp: 1 },
          ],
        },
        {
          sender_name: 'Sam Ortega',
          timestamp_ms: (JAN_1_2020 + 40 * 86400) * 1000 + 60000,
          content: 'Ça a l’air délicieux',
        },
      ],
      title: 'Sam Ortega',
      thread_path: 'inbox/samortega_x7k2',
    }),
    'messages/inbox/samortega_x7k2/photos/40001.jpg': fakeMedia('loaves'),
  };
}

describe('the Facebook importer', () => {
  const repairs: [string, string, string][] = [
    ['é written as two Latin-1 code points', mangle('é'), 'é'],
    ['an emoji written as four', mangle('😀'), '😀'],
    ['a Polish name', mangle('Radosław'), 'Radosław'],
    ['an already-correct café', 'café', 'café'],
    ['a genuine Latin-1 Â alone', 'Â', 'Â'],
    ['text with a character beyond U+00FF', 'naïve 😀', 'naïve 😀'],
    ['plain ASCII', 'bread', 'bread'],
  ];
  for (const [name, input, expected] of repairs)
    it(`repairs mojibake exactly: ${name}`, () => assert.equal(repairMojibake(input), expected));

  it('imports posts, check-ins, life events, albums, comments and events; a second import changes nothing', async () => {
    const folder = await exportFolder(export2020());
    const archive = await newArchive('Europe/Berlin');
    const report = await runImport(archive, folder);
    assert.equal(report.source, 'facebook', 'detected from the layout');
    // 5 of 6 posts in part 1 (one has nothing in it), 1 in part 2, 1 album, 1 comment, 1 event.
    assert.equal(report.added, 9);
    assert.equal(report.skipped['post with nothing in it'], 1);
    assert.equal(report.skipped['event you declined'], 1);
    assert.deepEqual(unbalanced(report.files), [], 'every file’s records add up');
    assert.deepEqual(
      report.files.filter((file) => file.status === 'not-understood'),
      [],
      'no file falls through',
    );
    assert.ok(
      report.warnings.some((warning) =>
        /photos_and_videos\/videos\/gone_20002\.mp4 is not in the export/.test(warning),
      ),
      'the missing video is named',
    );
    const before = await snapshot(archive, 'facebook');
    const again = await runImport(archive, folder, { source: 'facebook' });
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 9]);
    assert.deepEqual(await snapshot(archive, 'facebook'), before, 'byte for byte the same');

    const all = await entries(archive, 'facebook');
    const byKind = (kind: string) => all.filter((entry) => entry.data.kind === kind);
    const [cafe, beans] = byKind('post').sort((a, b) => a.data.date.localeCompare(b.data.date));
    assert.equal(cafe!.data.date, '2020-01-01T01:00:00+01:00', 'UTC epoch seconds, in Berlin time');
    assert.equal(cafe!.body.trim(), 'Café tonight with Sam Ortega #bread 😀');
    assert.deepEqual(cafe!.data.tags, ['bread']);
    assert.deepEqual(cafe!.data.people, ['Sam Ortega']);
    assert.deepEqual(beans!.data.people, ['Priya Nair']);
    assert.equal((beans!.data.media as unknown[]).length, 1);
    const [checkin] = byKind('checkin');
    assert.deepEqual(checkin!.data.place, {
      name: 'Brecon Beacons',
      address: 'Wales',
      lat: 51.884,
      lon: -3.436,
    });
    assert.equal(byKind('life-event')[0]!.data.title, 'Started a new job');
    assert.ok(all.some((entry) => entry.body.includes('<https://example.org/rye>')));
    const [album] = byKind('album');
    assert.equal(album!.data.title, 'Skye, summer');
    assert.equal((album!.data.media as unknown[]).length, 2);
    assert.equal(album!.data.date, '2020-03-11T01:00:00+01:00', 'dated by its first photo');
    assert.equal(byKind('comment')[0]!.body.trim(), 'Très bon 👍');
    assert.deepEqual(byKind('event')[0]!.data.place, {
      name: 'Hay-on-Wye',
      lat: 52.074,
      lon: -3.127,
    });
    assert.equal(byKind('video').length, 1, 'the post whose video is missing is still imported');
    assert.equal(byKind('like').length + byKind('message').length, 0, 'not without --include');
  });

  it('imports reactions and Messenger only when asked, messages always private', async () => {
    const archive = await newArchive('UTC');
    const report = await runImport(archive, await exportFolder(export2020()), {
      include: ['reactions', 'messages'],
    });
    assert.equal(report.added, 9 + 2 + 2);
    const all = await entries(archive, 'facebook');
    const likes = all.filter((entry) => entry.data.kind === 'like');
    assert.deepEqual(likes.map((entry) => entry.data.reaction).sort(), ['haha', 'like']);
    const messages = all
      .filter((entry) => entry.data.kind === 'message')
      .sort((a, b) => a.data.date.localeCompare(b.data.date));
    assert.equal(messages.length, 2);
    assert.ok(messages.every((entry) => entry.data.visibility === 'private'));
    assert.deepEqual(messages[0]!.data.people, ['Sam Ortega'], 'the account owner is left out');
    assert.equal(messages[1]!.data.inReplyTo, messages[0]!.data.id);
    assert.equal(messages[1]!.body.trim(), 'Ça a l’air délicieux');
    assert.equal((messages[0]!.data.media as unknown[]).length, 1);
  });

  it('reads the 2023+ layout from a zip with a top-level folder', async () => {
    const files: ExportFiles = {
      'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json': metaJson([
        {
          timestamp: 1700000000,
          attachments: [
            {
              data: [
                { media: { uri: 'your_facebook_activity/posts/media/Mobile_c3/50001_n.jpg' } },
              ],
            },
          ],
          data: [{ post: 'Évora at dusk' }],
        },
      ]),
      'your_facebook_activity/posts/media/Mobile_c3/50001_n.jpg': fakeMedia('evora'),
      'your_facebook_activity/posts/album/0.json': metaJson({
        name: 'Évora',
        photos: [
          {
            uri: 'your_facebook_activity/posts/media/Mobile_c3/50001_n.jpg',
            creation_timestamp: 1700000000,
          },
        ],
      }),
      'your_facebook_activity/comments_and_reactions/comments.json': metaJson({
        comments_v2: [{ timestamp: 1700000100, data: [{ comment: { comment: 'Linda!' } }] }],
      }),
    };
    const archive = await newArchive('Europe/Lisbon');
    const report = await runImport(
      archive,
      await exportZip(files, 'facebook-robinashby-2024-05-01-Ab3x/'),
    );
    assert.equal(report.source, 'facebook');
    assert.equal(report.added, 3);
    assert.deepEqual(report.warnings, [], 'every media file found under the top-level folder');
    assert.deepEqual(
      report.files.map((file) => [file.file.split('/').slice(1).join('/'), file.status]),
      [
        ['your_facebook_activity/comments_and_reactions/comments.json', 'read'],
        ['your_facebook_activity/posts/album/0.json', 'read'],
        ['your_facebook_activity/posts/media/Mobile_c3/50001_n.jpg', 'media'],
        ['your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json', 'read'],
      ],
      'every file of the 2023+ layout is read or shown',
    );
    const post = (await entries(archive, 'facebook')).find((entry) => entry.data.kind === 'post')!;
    assert.equal(post.data.date, '2023-11-14T22:13:20+00:00');
    assert.equal(post.body.trim(), 'Évora at dusk');
  });

  it('warns about a missing numbered part and imports the others', async () => {
    const folder = await exportFolder({
      'posts/your_posts_1.json': metaJson(posts1.slice(0, 1)),
      'posts/your_posts_3.json': metaJson(posts1.slice(2, 3)),
    });
    const report = await runImport(await newArchive(), folder);
    assert.equal(report.added, 2);
    assert.ok(
      report.warnings.some((warning) =>
        /^posts\/your_posts_2\.json is missing \(parts 1, 3 are here\)/.test(warning),
      ),
      report.warnings.join('\n'),
    );
  });

  const refused: [string, ExportFiles, RegExp][] = [
    [
      'a truncated JSON file, naming it',
      { 'posts/your_posts_1.json': metaJson(posts1).slice(0, 200) },
      /export\/posts\/your_posts_1\.json: not valid JSON .*the Facebook download is incomplete/,
    ],
    [
      'the HTML export, telling how to request the JSON one',
      {
        'index.html': '<html></html>',
        'your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.html':
          '<html></html>',
      },
      /this is Facebook's HTML export.*Download your information.*Format: JSON/,
    ],
  ];
  for (const [name, files, message] of refused)
    it(`refuses ${name}, and leaves the archive as it was`, async () => {
      const archive = await newArchive();
      await assert.rejects(runImport(archive, await exportFolder(files)), message);
      assert.equal((await snapshot(archive, 'facebook')).size, 0);
    });

  it('leaves a file with no mojibake as it was', async () => {
    // Some exports (and hand-fixed files) are already proper UTF-8: nothing to repair.
    const folder = await exportFolder({
      'posts/your_posts_1.json': JSON.stringify([
        { timestamp: JAN_1_2020, data: [{ post: 'Â café 😀' }] },
      ]),
    });
    const archive = await newArchive();
    await runImport(archive, folder);
    assert.equal((await entries(archive, 'facebook'))[0]!.body.trim(), 'Â café 😀');
    assert.equal(path.basename(folder), 'export');
  });
});
