/**
 * Writes the synthetic CARs of tests/import/cases/bluesky/ (`npx tsx tests/import/bluesky-cases.ts`;
 * deterministic, so the files only change when this does). They follow the documented formats:
 * the repository's CAR of DAG-CBOR (atproto's repository spec), `app.bsky.feed.post` with
 * `facets` indexed in UTF-8 bytes (app.bsky.richtext.facet), the 2022 `entities` indexed in
 * UTF-16 units, embeds (images, external, record, recordWithMedia), reposts, likes, follows.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { blobRef, carOf, type CarRecord } from '../../scripts/demo/bluesky-export.ts';

export const DID = 'did:plc:casesynthetic0000000000';
const OTHER = 'did:plc:someoneelse0000000000000';
const CID = 'bafyreiaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const ref = (did: string, rkey: string) => ({
  uri: `at://${did}/app.bsky.feed.post/${rkey}`,
  cid: CID,
});

/** A 1×1 PNG: a blob whose bytes are an image. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A facet over `part` of `text`, in UTF-8 bytes. */
function facet(text: string, part: string, feature: Record<string, unknown>, shift = 0) {
  const start = Buffer.byteLength(text.slice(0, text.indexOf(part)));
  return {
    index: { byteStart: start + shift, byteEnd: start + Buffer.byteLength(part) + shift },
    features: [feature],
  };
}

const post = (rkey: string, value: Record<string, unknown>): CarRecord => ({
  key: `app.bsky.feed.post/${rkey}`,
  value: { $type: 'app.bsky.feed.post', createdAt: '2024-05-01T09:00:00.000Z', ...value },
});

const EMOJI = '🌉🌉 read https://example.org/a and #bridges with @ana.bsky.social';
const CUT = '🌉 https://example.org/cut';
const HOSTILE = 'click me now';
const LEGACY = '😍 see https://atproto.com';

export async function postsCase(): Promise<Uint8Array> {
  const image = await blobRef(PNG, 'image/png');
  const records: CarRecord[] = [
    {
      key: 'app.bsky.actor.profile/self',
      value: { $type: 'app.bsky.actor.profile', displayName: 'Case Owner' },
    },
    post('3kaaaaaaaaa22', {
      text: EMOJI,
      createdAt: '2024-05-01T09:00:00.000Z',
      facets: [
        facet(EMOJI, 'https://example.org/a', {
          $type: 'app.bsky.richtext.facet#link',
          uri: 'https://example.org/a',
        }),
        facet(EMOJI, '#bridges', { $type: 'app.bsky.richtext.facet#tag', tag: 'bridges' }),
        facet(EMOJI, '@ana.bsky.social', {
          $type: 'app.bsky.richtext.facet#mention',
          did: OTHER,
        }),
      ],
    }),
    post('3kaaaaaaaab22', {
      text: 'A reply to myself',
      createdAt: '2024-05-01T09:05:00-07:00',
      reply: { root: ref(DID, '3kaaaaaaaaa22'), parent: ref(DID, '3kaaaaaaaaa22') },
    }),
    post('3kaaaaaaaac22', {
      text: 'Deeper, to someone else',
      createdAt: '2024-05-01T09:06:00.000Z',
      reply: { root: ref(DID, '3kaaaaaaaaa22'), parent: ref(OTHER, '3kzzzzzzzzz22') },
    }),
    post('3kaaaaaaaad22', {
      text: 'Quote with a picture',
      createdAt: '2024-05-02T10:00:00.000Z',
      embed: {
        $type: 'app.bsky.embed.recordWithMedia',
        media: {
          $type: 'app.bsky.embed.images',
          images: [
            { alt: 'A dot', image },
            {
              alt: 'Not in the export',
              image: {
                cid: 'bafkreiabsentabsentabsentabsentabsentabsentabsentabsent',
                mimeType: 'image/jpeg',
              },
            },
          ],
        },
        record: { $type: 'app.bsky.embed.record', record: ref(OTHER, '3kyyyyyyyyy22') },
      },
    }),
    post('3kaaaaaaaae22', {
      text: 'A card',
      createdAt: '2024-05-02T11:00:00.000Z',
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: 'https://example.org/card', title: 'The *card*', description: 'x' },
      },
    }),
    // A facet whose bytes cut the emoji in half is left out; a javascript: link stays text.
    post('3kaaaaaaaaf22', {
      text: CUT,
      facets: [
        facet(CUT, '🌉', { $type: 'app.bsky.richtext.facet#link', uri: 'https://x.example' }, 1),
      ],
    }),
    post('3kaaaaaaaag22', {
      text: HOSTILE,
      facets: [
        facet(HOSTILE, 'click me', {
          $type: 'app.bsky.richtext.facet#link',
          uri: 'javascript:alert(1)',
        }),
      ],
    }),
    // 2022's entities count UTF-16 units: the emoji is 2 of them, not 4 bytes.
    post('3kaaaaaaaah22', {
      text: LEGACY,
      entities: [{ type: 'link', index: { start: 7, end: 26 }, value: 'https://atproto.com' }],
    }),
    // Brought over from another service: createdAt is 2012, its key says 2023.
    post('3kaaaaaaaan22', { text: 'From the old days', createdAt: '2012-06-01T12:00:00.000Z' }),
    post('3kaaaaaaaai22', { text: 'An impossible date', createdAt: '2024-02-31T10:00:00Z' }),
    post('3kaaaaaaaaj22', { text: 'A damaged block' }),
    {
      key: 'app.bsky.feed.repost/3kaaaaaaaak22',
      value: {
        $type: 'app.bsky.feed.repost',
        subject: ref(OTHER, '3kxxxxxxxxx22'),
        createdAt: '2024-05-03T08:00:00.000Z',
      },
    },
    {
      key: 'app.bsky.feed.like/3kaaaaaaaal22',
      value: {
        $type: 'app.bsky.feed.like',
        subject: ref(OTHER, '3kxxxxxxxxx22'),
        createdAt: '2024-05-03T08:01:00.000Z',
      },
    },
    {
      key: 'app.bsky.graph.follow/3kaaaaaaaam22',
      value: { $type: 'app.bsky.graph.follow', subject: OTHER, createdAt: '2024-05-03T08:02:00Z' },
    },
  ];
  return carOf(DID, records, {
    blobs: [PNG],
    raw: new Map([['app.bsky.feed.post/3kaaaaaaaaj22', Uint8Array.from([0xff, 0x00, 0x13])]]),
  });
}

export async function sliceCase(): Promise<Uint8Array> {
  return carOf(
    DID,
    [
      post('3kbbbbbbbba22', { text: 'Here' }),
      post('3kbbbbbbbbb22', { text: 'Not here' }),
      post('3kbbbbbbbbc22', { text: 'Not here either' }),
    ],
    { leaveOut: new Set(['app.bsky.feed.post/3kbbbbbbbbb22', 'app.bsky.feed.post/3kbbbbbbbbc22']) },
  );
}

async function write(name: string, bytes: Uint8Array, options?: object): Promise<void> {
  const folder = path.join('tests', 'import', 'cases', 'bluesky', name);
  await mkdir(path.join(folder, 'input'), { recursive: true });
  await writeFile(path.join(folder, 'input', 'repo.car'), bytes);
  if (options) await writeFile(path.join(folder, 'options.json'), `${JSON.stringify(options)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await write('posts-facets-embeds', await postsCase());
  await write('likes-included', await postsCase(), { include: ['likes'] });
  await write('repo-slice', await sliceCase());
}
