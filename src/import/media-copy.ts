/**
 * Copies one media file of an export while hashing it, keeping only its first bytes for
 * sniffing: memory stays a few MB whatever the file's size (three 1.9 GB videos once took
 * 7.9 GB when each was read whole, issue 15).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { SNIFF_BYTES } from '../archive/file-kind.ts';

export interface CopiedMedia {
  /** sha256 of the bytes, hex. */
  hash: string;
  /** The first SNIFF_BYTES bytes (or all of a smaller file). */
  head: Buffer;
}

/** Streams `source` to `target` (nothing is written without one: a dry run), hashing it. */
export async function copyHashing(
  source: AsyncIterable<Uint8Array>,
  target: string | undefined,
): Promise<CopiedMedia> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  async function* tap(chunks: AsyncIterable<Uint8Array>) {
    for await (const chunk of chunks) {
      hash.update(chunk);
      if (headBytes < SNIFF_BYTES) {
        head.push(Buffer.from(chunk.subarray(0, SNIFF_BYTES - headBytes)));
        headBytes += head.at(-1)!.length;
      }
      yield chunk;
    }
  }
  const sink = target
    ? createWriteStream(target, { flags: 'wx' })
    : new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(source, tap, sink);
  return { hash: hash.digest('hex'), head: Buffer.concat(head) };
}
