/**
 * Feed downloads stop reading at the size cap while the body streams in, plain or compressed:
 * a 1 MB gzip response of zeros inflated to 3.3 GB before. Served from 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createBrotliCompress, createDeflate, createGzip, constants } from 'node:zlib';

import { FEED_LIMITS, fetchFeed } from '../../src/import/fetch-feed.ts';
import { newArchive } from '../helpers/archives.ts';

const MiB = 1024 ** 2;

/** `size` zero bytes, compressed by `compressor` as a stream: 1 GiB of zeros gzips to ~1 MB. */
async function bomb(size: number, compressor: NodeJS.ReadWriteStream): Promise<Buffer> {
  const zeros = Buffer.alloc(MiB);
  const source = Readable.from(
    (function* () {
      for (let sent = 0; sent < size; sent += MiB) yield zeros;
    })(),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of source.pipe(compressor)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface Body {
  bytes: Buffer;
  encoding?: string;
}
const bodies = new Map<string, Body>();
let server: Server;
let base: string;

before(async () => {
  bodies.set('gzip', { bytes: await bomb(1024 * MiB, createGzip({ level: 1 })), encoding: 'gzip' });
  bodies.set('deflate', {
    bytes: await bomb(256 * MiB, createDeflate({ level: 1 })),
    encoding: 'deflate',
  });
  bodies.set('br', {
    bytes: await bomb(
      256 * MiB,
      createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
    ),
    encoding: 'br',
  });
  bodies.set('plain', { bytes: Buffer.alloc(64 * MiB, 0x20) });
  server = createServer((request, response) => {
    const [, name, length] = /^\/(\w+)\/(with|without)$/.exec(request.url ?? '') ?? [];
    const body = bodies.get(name ?? '');
    if (!body) return void response.writeHead(404).end();
    response.setHeader('content-type', 'application/rss+xml');
    if (body.encoding) response.setHeader('content-encoding', body.encoding);
    if (length === 'with') response.setHeader('content-length', body.bytes.length);
    // Written in pieces, so a body without a length goes out chunked.
    Readable.from(
      (function* () {
        for (let at = 0; at < body.bytes.length; at += 256 * 1024)
          yield body.bytes.subarray(at, at + 256 * 1024);
      })(),
    )
      .on('error', () => response.destroy())
      .pipe(response);
    response.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => server.close());

describe('feed downloads stop at the size cap', () => {
  const cases: [string, string][] = [
    ['a gzip bomb (1 GiB of zeros in ~1 MB)', 'gzip'],
    ['a deflate bomb (256 MiB of zeros)', 'deflate'],
    ['a br bomb (256 MiB of zeros)', 'br'],
    ['a plain 64 MiB body', 'plain'],
  ];
  for (const [name, body] of cases)
    for (const length of ['with', 'without'])
      it(`refuses ${name} ${length} Content-Length, naming the URL, with memory bounded`, async () => {
        const url = `${base}/${body}/${length}`;
        await assert.rejects(
          fetchFeed(await newArchive(), url),
          (error: Error) =>
            error.message ===
            `${url}: the feed is larger than ${FEED_LIMITS.bytes} bytes; not imported`,
        );
        // The peak of this whole process, test server and bombs included: reading a bomb whole
        // reached gigabytes.
        const peak = process.resourceUsage().maxRSS * 1024;
        assert.ok(peak < 700 * MiB, `peak RSS ${Math.round(peak / MiB)} MiB`);
      });

  it('reads a feed under the cap in full', async () => {
    bodies.set('small', { bytes: await bomb(MiB, createGzip()), encoding: 'gzip' });
    const view = await fetchFeed(await newArchive(), `${base}/small/without`);
    assert.equal((await view!.buffer('feed')).length, MiB);
  });
});
