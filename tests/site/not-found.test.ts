import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

/** The 404 page of a fresh archive built with `pathPrefix` (none: the default) and options. */
async function notFoundPage(pathPrefix?: string, fileLinks = false): Promise<string> {
  const archive = await newArchive();
  if (pathPrefix !== undefined)
    await writeFile(
      path.join(archive, 'inhale.yaml'),
      `${await readFile(path.join(archive, 'inhale.yaml'), 'utf8')}pathPrefix: ${pathPrefix}\n`,
    );
  const out = path.join(temporaryFolder(), 'dist');
  const { site } = await buildSite(archive, out, { fileLinks });
  await site.close();
  return readFile(path.join(out, '404.html'), 'utf8');
}

describe('the 404 page', () => {
  it('links its stylesheet and home from the site root, so it is styled at any depth', async () => {
    const page = await notFoundPage();
    assert.match(page, /<link rel="stylesheet" href="\/assets\/style\.css"/);
    assert.match(page, /Go to the <a href="\/">home page<\/a>/);
    assert.doesNotMatch(page, /href="\.\//, 'no link relative to where it is shown');
  });

  it('links from pathPrefix for a site served under a sub-path', async () => {
    const page = await notFoundPage('/archive/');
    assert.match(page, /<link rel="stylesheet" href="\/archive\/assets\/style\.css"/);
    assert.match(page, /<a href="\/archive\/">home page<\/a>/);
  });

  it('stays relative in a site opened from disk (--file-links), where no host shows it', async () => {
    const page = await notFoundPage(undefined, true);
    assert.match(page, /<link rel="stylesheet" href="\.\/assets\/style\.css"/);
  });

  it('refuses a pathPrefix that is not a path from / to /', async () => {
    for (const prefix of ['archive/', '/archive', '"/><script>', '//evil.example/'])
      await assert.rejects(notFoundPage(JSON.stringify(prefix)), /pathPrefix/, prefix);
  });
});
