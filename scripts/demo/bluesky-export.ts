/**
 * Robin's Bluesky account as the repository export Bluesky gives (`repo.car`), written with
 * @atcute/car and @atcute/cbor: a signed-looking commit (the signature is zeros: nothing here
 * verifies it), one Merkle search tree node holding every record (a real tree spreads its keys
 * over layers by their hash; inhale's reader walks either), the records, and the blobs of the
 * images as raw blocks. `carOf` is also how the tests write synthetic CARs.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { writeCarStream, type CarBlock } from '@atcute/car';
import { encode, toBytes } from '@atcute/cbor';
import { CODEC_DCBOR, CODEC_RAW, create, toCidLink } from '@atcute/cid';

export interface CarRecord {
  /** `app.bsky.feed.post/3l…`. */
  key: string;
  value: Record<string, unknown>;
}

/** A CID link of a blob's bytes, as a record refers to an image. */
export async function blobRef(bytes: Uint8Array, mimeType: string) {
  const cid = await create(CODEC_RAW, bytes);
  return { $type: 'blob', ref: toCidLink(cid), mimeType, size: bytes.length };
}

/** What else a synthetic CAR holds, or lacks. */
export interface CarOptions {
  /** Blobs, written as raw blocks. */
  blobs?: readonly Uint8Array[];
  /** Record keys whose blocks are not written, as in a repo slice. */
  leaveOut?: ReadonlySet<string>;
  /** Record keys whose block is these bytes instead of their record's CBOR (a damaged block). */
  raw?: ReadonlyMap<string, Uint8Array>;
}

/** A repository CAR of `records` (sorted by key, as the tree keeps them) for `did`. */
export async function carOf(
  did: string,
  records: readonly CarRecord[],
  { blobs = [], leaveOut = new Set(), raw = new Map() }: CarOptions = {},
): Promise<Uint8Array> {
  const blocks: CarBlock[] = [];
  const entries = [];
  let previous = '';
  for (const record of [...records].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const bytes = raw.get(record.key) ?? encode(record.value);
    const cid = await create(CODEC_DCBOR, bytes);
    if (!leaveOut.has(record.key)) blocks.push({ cid: cid.bytes, data: bytes });
    let prefix = 0;
    while (prefix < previous.length && previous[prefix] === record.key[prefix]) prefix++;
    entries.push({
      p: prefix,
      k: toBytes(new TextEncoder().encode(record.key.slice(prefix))),
      v: toCidLink(cid),
      t: null,
    });
    previous = record.key;
  }
  const nodeBytes = encode({ l: null, e: entries });
  const node = await create(CODEC_DCBOR, nodeBytes);
  const commitBytes = encode({
    did,
    version: 3,
    data: toCidLink(node),
    rev: '3l2aaaaaaaa22',
    prev: null,
    sig: toBytes(new Uint8Array(64)),
  });
  const commit = await create(CODEC_DCBOR, commitBytes);
  const all: CarBlock[] = [
    { cid: commit.bytes, data: commitBytes },
    { cid: node.bytes, data: nodeBytes },
    ...blocks,
  ];
  for (const blob of blobs) all.push({ cid: (await create(CODEC_RAW, blob)).bytes, data: blob });
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeCarStream([toCidLink(commit)], all)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The demo's DID: a made-up did:plc. */
export const DEMO_DID = 'did:plc:robinashbydemo0000000000';

const post = (
  rkey: string,
  createdAt: string,
  text: string,
  extra: Record<string, unknown> = {},
): CarRecord => ({
  key: `app.bsky.feed.post/${rkey}`,
  value: { $type: 'app.bsky.feed.post', text, createdAt, langs: ['en'], ...extra },
});

/** A facet over the bytes of `part` in `text` (UTF-8 offsets, as Bluesky counts). */
function facet(text: string, part: string, feature: Record<string, unknown>) {
  const start = new TextEncoder().encode(text.slice(0, text.indexOf(part))).length;
  return {
    index: { byteStart: start, byteEnd: start + new TextEncoder().encode(part).length },
    features: [feature],
  };
}

const uri = (rkey: string) => `at://${DEMO_DID}/app.bsky.feed.post/${rkey}`;
const ref = (rkey: string) => ({
  uri: uri(rkey),
  cid: 'bafyreiaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
});

const BRIDGE =
  'New year, new network 🌉 The Clifton bridge report is finally out: https://example.org/clifton #bridges';
const KIT = 'Packing for the Quiraing with @priyawalks.bsky.social: boots, flask, too many snacks.';

export const BLUESKY_RECORDS: CarRecord[] = [
  {
    key: 'app.bsky.actor.profile/self',
    value: {
      $type: 'app.bsky.actor.profile',
      displayName: 'Robin Ashby',
      description: 'Bridges, bread, hills. Bristol.',
    },
  },
  post('3lf2brdgaaa22', '2025-01-11T10:15:00.000Z', BRIDGE, {
    facets: [
      facet(BRIDGE, 'https://example.org/clifton', {
        $type: 'app.bsky.richtext.facet#link',
        uri: 'https://example.org/clifton',
      }),
      facet(BRIDGE, '#bridges', { $type: 'app.bsky.richtext.facet#tag', tag: 'bridges' }),
    ],
  }),
  post(
    '3lf2brdgbbb22',
    '2025-01-11T10:22:00.000Z',
    'The short version: the steel is fine, the paint is tired.',
    {
      reply: { root: ref('3lf2brdgaaa22'), parent: ref('3lf2brdgaaa22') },
    },
  ),
  post('3lk7qrngaaa22', '2025-06-20T07:40:00.000Z', KIT, {
    facets: [
      facet(KIT, '@priyawalks.bsky.social', {
        $type: 'app.bsky.richtext.facet#mention',
        did: 'did:plc:priyawalksdemo00000000000',
      }),
    ],
  }),
  post('3lk9loafaaa22', '2025-09-14T18:05:00.000Z', 'Sunday loaf, finally an open crumb.', {
    embed: { $type: 'app.bsky.embed.record', record: ref('3lf2brdgaaa22') },
  }),
  {
    key: 'app.bsky.feed.repost/3lkarepstaa22',
    value: {
      $type: 'app.bsky.feed.repost',
      subject: ref('3lk7qrngaaa22'),
      createdAt: '2025-06-21T09:00:00.000Z',
    },
  },
  {
    key: 'app.bsky.feed.like/3lkalikeaaa22',
    value: {
      $type: 'app.bsky.feed.like',
      subject: ref('3lk9loafaaa22'),
      createdAt: '2025-09-14T19:00:00.000Z',
    },
  },
];

/** Writes `<folder>/repo.car`. */
export async function writeBlueskyExport(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'repo.car'), await carOf(DEMO_DID, BLUESKY_RECORDS));
}
