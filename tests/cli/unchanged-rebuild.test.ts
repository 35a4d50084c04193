/**
 * An unchanged rebuild (issue 22): `inhale build` finds from its fingerprint that nothing
 * changed, prints the last summary and renders nothing; any change to what the site is made
 * of, or to the site itself, builds again, to the bytes of a fresh build.
 */
import assert from 'node:assert/strict';
import { appendFile, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import type { Audience } from '../../src/site/audience.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { archiveWithSecrets, CANARY } from '../helpers/canary.ts';
import { build, inhale, siteFiles } from '../helpers/output.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const SKIPPED =
  /\(nothing changed since the last build: 0 written, \d+ unchanged, 0 images processed\) in \d+\.\d\d s\.$/m;

/** Each call an hour in the past, a minute after the call before: a time no build has seen. */
let past = Date.now() / 1000 - 7200;

/**
 * Gives files and folders, and the folders above them in the archive, a time more than 2 s old,
 * as an edit made a while before a build leaves them (a file added or removed changes the time
 * of its folder).
 */
async function settle(archive: string, paths: string[]): Promise<void> {
  past += 60;
  const settled = new Set<string>();
  for (const item of paths)
    for (let at = item; at.startsWith(archive); at = path.dirname(at)) settled.add(at);
  for (const item of settled) await utimes(item, past, past);
}

/** Every file and folder of the archive but its cache, git and site. */
async function archivePaths(archive: string): Promise<string[]> {
  const items = await readdir(archive, { recursive: true, withFileTypes: true });
  return items
    .map((item) => path.join(item.parentPath, item.name))
    .filter((file) => !/^(\.git|\.inhale-cache|dist)(\/|$)/.test(path.relative(archive, file)));
}

/** The archive with its site's and cache's folders made, every path of it settled. */
async function settledArchive(): Promise<string> {
  const archive = await archiveWithSecrets();
  // A first build makes them, which changes the archive folder's time.
  for (const folder of ['dist', '.inhale-cache']) await mkdir(path.join(archive, folder));
  await settle(archive, await archivePaths(archive));
  return archive;
}

const cli = (archive: string, args: string[] = []) => {
  const built = inhale(['build', '--archive', archive, ...args]);
  assert.equal(built.status, 0, built.stderr);
  return built.stdout;
};

const ENTRY = path.join('journal', '2024', '05', '01-public-walk.md');

interface Change {
  what: string;
  /** Makes the change; returns the archive's files and folders it changed, to settle. */
  change: (archive: string) => Promise<string[]>;
  audience?: Audience;
  /** Build into another folder than the archive's dist/. */
  isElsewhere?: boolean;
}

const CHANGES: Change[] = [
  {
    what: 'an entry edited',
    change: async (archive) => {
      const file = path.join(archive, ENTRY);
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace('Out on the harbour.', 'Out on the quay.'),
      );
      return [file];
    },
  },
  { what: 'an entry touched', change: async (archive) => [path.join(archive, ENTRY)] },
  {
    what: 'an entry added',
    change: async (archive) => {
      const file = path.join(archive, 'journal', '2024', '06', '01-june.md');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(
        file,
        '---\nid: journal:june\nsource: journal\nkind: note\ndate: 2024-06-01T09:00:00Z\ntitle: June\nvisibility: public\n---\nSummer.\n',
      );
      return [file];
    },
  },
  {
    what: 'an entry removed',
    change: async (archive) => {
      await rm(path.join(archive, 'journal', '2024', '06', '01-june.md'));
      return [path.join(archive, 'journal', '2024', '06')];
    },
  },
  {
    what: 'a photo replaced',
    change: async (archive) => {
      const file = path.join(archive, 'journal', '2024', '05', `${CANARY}.png`);
      await sharp({ create: { width: 16, height: 12, channels: 3, background: '#36c' } })
        .png()
        .toFile(file);
      return [file];
    },
  },
  {
    what: 'people.yaml edited',
    change: async (archive) => {
      const file = path.join(archive, 'people.yaml');
      await writeFile(file, 'Alice:\n  names: [Alice]\n  publish: false\n');
      return [file];
    },
  },
  {
    what: 'inhale.yaml edited',
    change: async (archive) => {
      const file = path.join(archive, 'inhale.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/title: .*/, 'title: Retitled'));
      return [file];
    },
  },
  {
    what: 'a page of pages/ added',
    change: async (archive) => {
      const file = path.join(archive, 'pages', 'about.md');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, '---\ntitle: About\n---\nAbout this archive.\n');
      return [file];
    },
  },
  { what: 'the audience changed', change: async () => [], audience: 'friends' },
  { what: 'the audience changed back', change: async () => [] },
  { what: 'another output folder', change: async () => [], isElsewhere: true },
  {
    what: 'a page deleted from the site',
    change: async (archive) => {
      await rm(path.join(archive, 'dist', 'index.html'));
      return [];
    },
  },
  {
    what: 'a page edited in the site',
    change: async (archive) => {
      await appendFile(path.join(archive, 'dist', 'index.html'), '<p>edited</p>');
      return [];
    },
  },
  {
    what: 'a photo deleted from the site',
    change: async (archive) => {
      const media = await readdir(path.join(archive, 'dist', 'media'), { recursive: true });
      const photo = media.find((file) => /\.(webp|jpg)$/.test(file));
      assert.ok(photo, 'the site has a photo');
      await rm(path.join(archive, 'dist', 'media', photo));
      return [];
    },
  },
  {
    what: 'a file added to the site',
    change: async (archive) => {
      await writeFile(path.join(archive, 'dist', 'stray.html'), '<p>not inhale</p>');
      return [];
    },
  },
];

describe('an unchanged rebuild', () => {
  it('prints the last summary and renders nothing when nothing changed', async () => {
    const archive = await settledArchive();
    const first = cli(archive);
    assert.doesNotMatch(first, /nothing changed/);
    const [, entries, pages] = /^Built (\d+) entries into (\d+) pages /m.exec(first) ?? [];
    assert.ok(pages, first);
    const again = cli(archive, ['--timing']);
    assert.match(again, new RegExp(`^Built ${entries} entries into ${pages} pages in `, 'm'));
    assert.match(again, SKIPPED);
    const table = again.slice(again.indexOf('Where the time went'));
    assert.match(table, /fingerprint: \d+ archive files checked/);
    assert.match(table, /fingerprint: \d+ output files checked/);
    assert.match(table, /nothing changed: the build is skipped/);
    assert.doesNotMatch(table, /load:|timeline built|render:|search index/);
  });

  it('builds again after each change, to the bytes of a fresh build, and skips the build after', async () => {
    const archive = await settledArchive();
    const dist = path.join(archive, 'dist');
    const elsewhere = path.join(temporaryFolder(), 'elsewhere');
    cli(archive);
    for (const { what, change, audience = 'private', isElsewhere } of CHANGES) {
      await settle(archive, await change(archive));
      const out = isElsewhere ? elsewhere : dist;
      const args = ['--audience', audience, ...(isElsewhere ? ['--out', out] : [])];
      assert.doesNotMatch(cli(archive, args), /nothing changed/, `${what}: built`);
      const fresh = path.join(temporaryFolder(), 'fresh');
      await build(archive, fresh, { audience });
      assert.deepEqual(await siteFiles(out), await siteFiles(fresh), `${what}: as a fresh build`);
      assert.match(cli(archive, args), SKIPPED, `${what}: the build after it`);
    }
  });

  it('does not vouch for a file modified in the last seconds, and --force builds in full', async () => {
    const archive = await settledArchive();
    cli(archive);
    assert.match(cli(archive), SKIPPED);
    assert.doesNotMatch(cli(archive, ['--force']), /nothing changed/);
    assert.match(cli(archive), SKIPPED, 'a forced build is remembered');
    await appendFile(path.join(archive, ENTRY), '\nJust now.\n');
    assert.doesNotMatch(cli(archive), /nothing changed/, 'an edit is built');
    assert.doesNotMatch(cli(archive), /nothing changed/, 'and not vouched for while it is new');
    await settle(archive, [path.join(archive, ENTRY)]);
    assert.doesNotMatch(cli(archive), /nothing changed/);
    assert.match(cli(archive), SKIPPED);
  });

  it('builds again after serve wrote the site, to the bytes of a fresh build', async () => {
    const archive = await settledArchive();
    const dist = path.join(archive, 'dist');
    cli(archive);
    // What `inhale serve` does: a build, then an update for an edited entry.
    const { site } = await buildSite(archive, dist);
    const file = path.join(archive, ENTRY);
    await writeFile(file, (await readFile(file, 'utf8')).replace('harbour', 'beach'));
    await settle(archive, [file]);
    await site.update([ENTRY.split(path.sep).join('/')]);
    await site.close();
    assert.doesNotMatch(cli(archive), /nothing changed/);
    const fresh = path.join(temporaryFolder(), 'fresh');
    await build(archive, fresh);
    assert.deepEqual(await siteFiles(dist), await siteFiles(fresh));
    assert.match(cli(archive), SKIPPED);
  });
});
