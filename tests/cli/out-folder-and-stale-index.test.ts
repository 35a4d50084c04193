import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { whyStale } from '../../src/site/build-freshness.ts';
import { newArchive } from '../helpers/archives.ts';
import { CLI, temporaryFolder } from '../helpers/paths.ts';

function inhale(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, EDITOR: '', VISUAL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An archive with one more entry that says "lighthouse", so a search finds it. */
async function archiveWithLighthouse(): Promise<{ archive: string; entry: string }> {
  const archive = await newArchive();
  const entry = path.join(archive, 'journal', '2020', '05', '01-lighthouse.md');
  await mkdir(path.dirname(entry), { recursive: true });
  await writeFile(
    entry,
    '---\nid: journal:lighthouse\nsource: journal\nkind: note\ndate: 2020-05-01T10:00:00Z\ntitle: The lighthouse\n---\nWe walked to the lighthouse.\n',
  );
  return { archive, entry };
}

/** Sets a file's times a minute ahead, as an edit after the build would. */
const editLater = (file: string) => utimes(file, new Date(), new Date(Date.now() + 60_000));

describe('the output folder defaults to the archive’s own dist/', () => {
  it('builds into <archive>/dist/ when --out is not given, never into the current folder', async () => {
    const { archive } = await archiveWithLighthouse();
    const elsewhere = temporaryFolder();
    const built = inhale(['build', '--archive', archive], elsewhere);
    assert.equal(built.status, 0, built.stderr);
    assert.ok(existsSync(path.join(archive, 'dist', 'index.html')));
    assert.deepEqual(await readdir(elsewhere), []);
    assert.match(built.stdout, /^Built 2 entries /m);
  });

  it('does not read the built dist/ inside the archive as entries on the next build or check', async () => {
    const { archive } = await archiveWithLighthouse();
    assert.equal(inhale(['build'], archive).status, 0);
    // A Markdown file in dist/ (a person's README for the host, say) is not an entry.
    await writeFile(path.join(archive, 'dist', 'notes.md'), '# not an entry\n');
    await mkdir(path.join(archive, 'dist', 'x'), { recursive: true });
    await writeFile(path.join(archive, 'dist', 'x', 'broken.md'), '---\nid: [\n---\n');
    const check = inhale(['check'], archive);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /^2 entries, no problems\.$/m);
  });
});

describe('inhale search refuses a stale index', () => {
  it('refuses an index older than an edited entry, naming it, and answers with --rebuild', async () => {
    const { archive, entry } = await archiveWithLighthouse();
    assert.equal(inhale(['build'], archive).status, 0);
    const fresh = inhale(['search', 'lighthouse'], archive);
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.match(fresh.stdout, /The lighthouse/);

    await editLater(entry);
    const stale = inhale(['search', 'lighthouse'], archive);
    assert.equal(stale.status, 1);
    assert.match(
      stale.stderr,
      /1 entry changed since .*dist was built \(journal\/2020\/05\/01-lighthouse\.md\)/,
    );
    assert.match(stale.stderr, /search with --rebuild/);
    assert.equal(stale.stdout, '');

    const rebuilt = inhale(['search', 'lighthouse', '--rebuild'], archive);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    assert.match(rebuilt.stdout, /The lighthouse/);
    // Once the edit is older than the build, the index is current again.
    await utimes(entry, new Date(), new Date(Date.now() - 60_000));
    assert.equal(await whyStale(archive, path.join(archive, 'dist')), undefined);
  });

  it('refuses an index after an entry was deleted (its folder changed)', async () => {
    const { archive, entry } = await archiveWithLighthouse();
    assert.equal(inhale(['build'], archive).status, 0);
    await rm(entry);
    await editLater(path.dirname(entry));
    const stale = inhale(['search', 'lighthouse'], archive);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /an entry was added or removed in journal\/2020\/05 since/);
  });

  it('refuses an index built from another archive', async () => {
    const first = await archiveWithLighthouse();
    const second = await archiveWithLighthouse();
    const out = path.join(temporaryFolder(), 'site');
    assert.equal(inhale(['build', '--out', out], first.archive).status, 0);
    const other = inhale(['search', 'lighthouse', '--out', out], second.archive);
    assert.equal(other.status, 1);
    assert.match(other.stderr, /was built from another archive/);
  });

  it('refuses an index after the settings changed', async () => {
    const { archive } = await archiveWithLighthouse();
    assert.equal(inhale(['build'], archive).status, 0);
    await editLater(path.join(archive, 'inhale.yaml'));
    const stale = inhale(['search', 'lighthouse'], archive);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /inhale\.yaml changed since/);
  });
});
