import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { serve, startStaticServer, type StaticServer } from '../../src/cli/serve.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

/** Sends `head` as a raw request and resolves with the status line and what came with it. */
function rawRequest(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      // The live-reload stream stays open: its first bytes are enough.
      if (/\r\n\r\n[\s\S]/.test(text)) socket.destroy();
    });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

const statusOf = (response: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1]);

const get = (port: number, target: string, host: string | undefined, version = '1.1') =>
  rawRequest(
    port,
    [`GET ${target} HTTP/${version}`, ...(host === undefined ? [] : [`Host: ${host}`])].join(
      '\r\n',
    ) + '\r\nConnection: close',
  );

describe('inhale serve and the Host header', () => {
  let server: StaticServer;
  before(async () => {
    const out = temporaryFolder();
    await writeFile(path.join(out, 'index.html'), '<html><body>home</body></html>');
    server = await startStaticServer(out, 0, {
      liveReload: true,
      allowedHosts: ['my-laptop.local'],
    });
  });
  after(() => server.close());

  const targets = ['/', '/index.html', '/_inhale/events', '/_inhale/live.js'];
  const refused: [string, string | undefined][] = [
    ['a look-alike name (localhost.evil.com)', 'localhost.evil.com'],
    ['a rebinding service name (127.0.0.1.nip.io)', '127.0.0.1.nip.io:8080'],
    ['another site (evil.com)', 'evil.com'],
    ['an empty Host', ''],
    ['a user name before localhost', 'evil@localhost'],
    ['localhost with a trailing dot', 'localhost.'],
    ['a loopback address other than 127.0.0.1', '127.0.0.2'],
    ['an IPv6 address other than [::1]', '[::2]:8080'],
    ['a host with a path', 'localhost/evil'],
  ];
  for (const [what, host] of refused) {
    for (const target of targets) {
      it(`refuses ${what} with 403 on ${target}`, async () => {
        const response = await get(server.port, target, host);
        assert.equal(statusOf(response), 403, response);
        assert.match(response, /answers only requests for 127\.0\.0\.1, localhost or \[::1\]/);
      });
    }
  }

  it('refuses an HTTP/1.0 request without a Host header with 403', async () => {
    for (const target of targets)
      assert.equal(statusOf(await get(server.port, target, undefined, '1.0')), 403, target);
  });

  it('leaves an HTTP/1.1 request without a Host header to Node, which answers 400', async () => {
    for (const target of targets)
      assert.equal(statusOf(await get(server.port, target, undefined)), 400, target);
  });

  const answered = [
    '127.0.0.1',
    `127.0.0.1:${8080}`,
    'localhost',
    'LocalHost:3000',
    '[::1]',
    '[::1]:8080',
    'my-laptop.local',
    'MY-LAPTOP.local:8080',
  ];
  for (const host of answered) {
    it(`answers Host ${host} on pages and on the live-reload endpoint`, async () => {
      assert.equal(statusOf(await get(server.port, '/', host)), 200);
      const events = await get(server.port, '/_inhale/events', host);
      assert.equal(statusOf(events), 200);
      assert.match(events, /text\/event-stream/);
    });
  }
});

describe('inhale serve --allowed-host', () => {
  it('answers the names given to serve and refuses others', { timeout: 60_000 }, async (t) => {
    t.mock.method(console, 'log', () => {}); // serve's "Built …" and "Serving …" lines
    const archive = await newArchive();
    const server = await serve({
      archiveDir: archive,
      outDir: path.join(archive, '..', 'dist'),
      port: 0,
      allowedHosts: ['archive.home', 'nas.lan'],
    });
    try {
      for (const host of ['archive.home:80', 'nas.lan', 'localhost'])
        assert.equal(statusOf(await get(server.port, '/', host)), 200, host);
      assert.equal(statusOf(await get(server.port, '/', 'archive.home.evil.com')), 403);
    } finally {
      await server.close();
    }
  });

  it('refuses an --allowed-host that is not a host name', async () => {
    const out = temporaryFolder();
    for (const name of ['http://x.com/', 'a b', ''])
      await assert.rejects(
        startStaticServer(out, 0, { liveReload: false, allowedHosts: [name] }),
        /--allowed-host ".*" is not a host name/,
      );
  });
});
