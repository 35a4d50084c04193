import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { startStaticServer } from '../../src/cli/serve.ts';
import { HTML_BYTES, jpegBytes, PDF_BYTES, SVG_BYTES } from '../helpers/hostile-media.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const SANDBOX = "sandbox; default-src 'none'";

describe('inhale serve sends media as inert files', () => {
  const out = temporaryFolder();
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  const get = (pathname: string) => fetch(`http://127.0.0.1:${server.port}${pathname}`);

  before(async () => {
    await mkdir(path.join(out, 'media'));
    await mkdir(path.join(out, 'downloads'));
    await writeFile(
      path.join(out, 'index.html'),
      '<!doctype html><title>home</title><body></body>',
    );
    await writeFile(path.join(out, 'media', '0123-large.jpg'), await jpegBytes());
    // What an older build published from an older import.
    await writeFile(path.join(out, 'media', '4567.html'), HTML_BYTES);
    await writeFile(path.join(out, 'media', '89ab.svg'), SVG_BYTES);
    await writeFile(path.join(out, 'downloads', 'cdef.pdf'), PDF_BYTES);
    server = await startStaticServer(out, 0, { liveReload: true });
  });
  after(() => server.close());

  it('sends the sandbox CSP and nosniff for an image under media/', async () => {
    const response = await get('/media/0123-large.jpg');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), SANDBOX);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-type'), 'image/jpeg');
    assert.equal(response.headers.get('content-disposition'), null);
  });

  it('sends an HTML file under media/ sandboxed as an octet stream, without the live-reload script', async () => {
    const response = await get('/media/4567.html');
    assert.equal(response.headers.get('content-security-policy'), SANDBOX);
    assert.equal(response.headers.get('content-type'), 'application/octet-stream');
    assert.equal(await response.text(), HTML_BYTES);
  });

  it('sends an SVG file under media/ sandboxed as an octet stream', async () => {
    const response = await get('/media/89ab.svg');
    assert.equal(response.headers.get('content-security-policy'), SANDBOX);
    assert.equal(response.headers.get('content-type'), 'application/octet-stream');
  });

  it('sandboxes a media file reached through a climbing path too', async () => {
    // `..%2f` survives URL parsing; the server decodes it to a path that climbs into media/.
    const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) =>
      request(
        { port: server.port, host: '127.0.0.1', path: '/assets/..%2fmedia/4567.html' },
        (response) => {
          response.resume();
          resolve(response.headers);
        },
      )
        .on('error', reject)
        .end(),
    );
    assert.equal(headers['content-security-policy'], SANDBOX);
    assert.equal(headers['content-type'], 'application/octet-stream');
  });

  it('sends a download as an attachment, sandboxed', async () => {
    const response = await get('/downloads/cdef.pdf');
    assert.equal(response.headers.get('content-disposition'), 'attachment');
    assert.equal(response.headers.get('content-security-policy'), SANDBOX);
  });

  it('sends the site’s own pages without the sandbox', async () => {
    const response = await get('/');
    assert.equal(response.headers.get('content-security-policy'), null);
    assert.match(await response.text(), /_inhale\/live\.js/);
  });
});
