import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { startStaticServer } from '../../src/cli/serve.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

describe('the 404 page', () => {
  it('is styled at any depth it is served at: its links start at the site root', async () => {
    const out = path.join(temporaryFolder(), 'site');
    const { site } = await buildSite(await newArchive(), out);
    await site.close();
    const server = await startStaticServer(out, 0, { liveReload: false });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const missing = await fetch(`${base}/on-this-day/12-02/nothing/here/`);
      assert.equal(missing.status, 404);
      const page = await missing.text();
      assert.match(page, /<h1>Not found<\/h1>/);
      const sheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page)?.[1];
      assert.equal(sheet, '/assets/style.css');
      const style = await fetch(new URL(sheet!, missing.url));
      assert.equal(style.status, 200);
      assert.match(style.headers.get('content-type') ?? '', /^text\/css/);
      assert.match(page, /<a href="\/">home page<\/a>/);
    } finally {
      await server.close();
    }
  });
});
