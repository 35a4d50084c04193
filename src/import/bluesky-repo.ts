/**
 * A Bluesky repository as `com.atproto.sync.getRepo` (and the app's "Export my data") writes it:
 * a CAR file of DAG-CBOR blocks, read with @atcute/car and @atcute/cbor. Its root is the signed
 * commit, whose `data` is the root of a Merkle search tree (MST) keyed `collection/rkey`; each
 * leaf points at a record's block. Old commits and deleted records may still be in the file, so
 * only what the latest commit's tree reaches is the repository. A repo slice lacks blocks: a
 * missing tree node is counted, a missing record is returned without its value; neither stops
 * the walk. Images are blobs, fetched apart and seldom in the CAR: a raw block there is one.
 */
import { fromUint8Array } from '@atcute/car';
import { decode } from '@atcute/cbor';
import { CODEC_RAW, toString, type CidLink } from '@atcute/cid';

import { ImportInputError } from './view-limits.ts';

/** One leaf of the tree: a record, with its decoded value when its block is in the file. */
export interface RepoRecord {
  /** `app.bsky.feed.post/3jhb2kwqvoc2k`. */
  key: string;
  collection: string;
  rkey: string;
  cid: string;
  /** The decoded record; absent when its block is missing (`missing`) or undecodable (`error`). */
  value?: Record<string, unknown>;
  missing?: boolean;
  error?: string;
}

export interface Repo {
  /** The account's DID, from the commit. */
  did: string;
  records: RepoRecord[];
  /** Tree nodes the commit reaches that are not in the file (a repo slice). */
  missingNodes: number;
  /** Raw blocks (blobs) by CID. */
  blobs: Map<string, Uint8Array>;
}

interface TreeEntry {
  p?: unknown;
  k?: unknown;
  v?: unknown;
  t?: unknown;
}

/** The deepest tree a walk follows: a real repository's tree is a few levels deep. */
const MAX_DEPTH = 64;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const linkOf = (value: unknown): string | undefined =>
  isObject(value) && typeof value.$link === 'string' ? value.$link : undefined;
/** CBOR byte strings decode as @atcute/cbor's BytesWrapper (`buf`) or as a Uint8Array. */
const bytesOf = (value: unknown): Uint8Array | undefined =>
  value instanceof Uint8Array
    ? value
    : isObject(value) && value.buf instanceof Uint8Array
      ? value.buf
      : undefined;

/** Reads the repository in `bytes`; a file that is not a CAR of a repository is an error naming it. */
export function readRepo(bytes: Uint8Array, file: string): Repo {
  const blocks = new Map<string, Uint8Array>();
  const blobs = new Map<string, Uint8Array>();
  let roots: CidLink[];
  try {
    const car = fromUint8Array(bytes);
    roots = car.roots;
    for (const entry of car) {
      const cid = toString(entry.cid);
      if (entry.cid.codec === CODEC_RAW) blobs.set(cid, entry.bytes);
      else blocks.set(cid, entry.bytes);
    }
  } catch (error) {
    throw new ImportInputError(
      `${file}: not a readable CAR file (${(error as Error).message}): is this a Bluesky repo.car?`,
      { cause: error },
    );
  }
  const rootCid = roots[0]?.$link;
  const commit = rootCid ? decodeBlock(blocks.get(rootCid)) : undefined;
  const data = linkOf(commit?.data);
  if (!commit || typeof commit.did !== 'string' || !data)
    throw new ImportInputError(
      `${file}: its root block is ${rootCid && blocks.has(rootCid) ? 'not a repository commit' : 'missing'}: is this a Bluesky repo.car?`,
    );
  const records: RepoRecord[] = [];
  let missingNodes = 0;
  const seen = new Set<string>();
  const walk = (cid: string, depth: number): void => {
    if (seen.has(cid) || depth > MAX_DEPTH) return;
    seen.add(cid);
    const node = decodeBlock(blocks.get(cid));
    if (!node || !Array.isArray(node.e)) {
      missingNodes++;
      return;
    }
    const left = linkOf(node.l);
    if (left) walk(left, depth + 1);
    let key: Uint8Array = new Uint8Array();
    for (const entry of node.e as TreeEntry[]) {
      const suffix = bytesOf(entry?.k);
      const value = linkOf(entry?.v);
      const prefix = typeof entry?.p === 'number' ? entry.p : 0;
      if (!suffix || !value) continue;
      key = concat(key.subarray(0, prefix), suffix);
      records.push(recordAt(new TextDecoder().decode(key), value, blocks));
      const right = linkOf(entry.t);
      if (right) walk(right, depth + 1);
    }
  };
  walk(data, 0);
  return { did: commit.did, records, missingNodes, blobs };
}

function recordAt(key: string, cid: string, blocks: Map<string, Uint8Array>): RepoRecord {
  const slash = key.indexOf('/');
  const record: RepoRecord = {
    key,
    collection: slash < 0 ? key : key.slice(0, slash),
    rkey: slash < 0 ? '' : key.slice(slash + 1),
    cid,
  };
  const block = blocks.get(cid);
  if (!block) return { ...record, missing: true };
  try {
    const value = decode(block);
    return isObject(value) ? { ...record, value } : { ...record, error: 'not a CBOR map' };
  } catch (error) {
    return { ...record, error: `not valid DAG-CBOR (${(error as Error).message})` };
  }
}

function decodeBlock(block: Uint8Array | undefined): Record<string, unknown> | undefined {
  if (!block) return undefined;
  try {
    const value = decode(block);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
