/**
 * An archive without `pages/` is built without Eleventy (it would render robots.txt only): the
 * same files, byte for byte, as a build through Eleventy (docs/performance.md, "The demo build").
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { placesArchive } from '../helpers/places-archive.ts';

/** Every file of a built site but its build marker, with the MD5 of its bytes. */
function filesOf(out: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '.inhale-build') continue;
    const file = path.join(entry.parentPath, entry.name);
    const hash = createHash('md5').update(readFileSync(file)).digest('hex');
    files.set(path.relative(out, file), hash);
  }
  return files;
}

describe('a build of an archive without pages/', () => {
  it('writes the same files as a build through Eleventy, robots.txt included', async () => {
    const archive = await placesArchive();
    const withPages = path.join(temporaryFolder(), 'archive');
    cpSync(archive, withPages, { recursive: true });
    // An empty pages/ folder: Eleventy runs, and has nothing of the person's to render.
    mkdirSync(path.join(withPages, 'pages'));
    const [outWithout, outWith] = [temporaryFolder(), temporaryFolder()];
    const without = await buildSite(archive, outWithout, { fileLinks: true });
    await without.site.close();
    const through = await buildSite(withPages, outWith, { fileLinks: true });
    await through.site.close();
    assert.equal(without.eleventyPages, 1);
    assert.equal(through.eleventyPages, 1);
    assert.equal(
      readFileSync(path.join(outWithout, 'robots.txt'), 'utf8'),
      'User-agent: *\nDisallow: /\n',
    );
    const [files, expected] = [filesOf(outWithout), filesOf(outWith)];
    assert.ok(files.size > 50, `${files.size} files`);
    assert.deepEqual(files, expected);
  });
});
