import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { CLI, REPO, temporaryFolder } from '../helpers/paths.ts';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};
const TWEETS = path.join(REPO, 'tests', 'fixtures', 'twitter', 'synthetic-2023');

function inhale(args: string[], cwd: string, env: Record<string, string> = IDENTITY) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, EDITOR: '', VISUAL: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', args, { cwd, encoding: 'utf8' }).stdout.trim();

async function initialised(): Promise<string> {
  const archive = path.join(temporaryFolder(), 'life');
  const made = inhale(['init', archive, '--title', 'Life'], temporaryFolder());
  assert.equal(made.status, 0, made.stderr);
  return archive;
}

describe('inhale init makes the first commit', () => {
  it('commits the config, .gitignore and first entry, and says so with the hash', async () => {
    const archive = path.join(temporaryFolder(), 'life');
    const made = inhale(['init', archive], temporaryFolder());
    assert.equal(made.status, 0, made.stderr);
    const hash = git(archive, 'rev-parse', '--short', 'HEAD');
    assert.match(made.stdout, new RegExp(`its first commit \\(${hash}\\)`));
    assert.equal(git(archive, 'status', '--porcelain'), '', 'nothing left uncommitted');
    const files = git(archive, 'show', '--name-only', '--format=', 'HEAD').split('\n');
    assert.ok(files.includes('inhale.yaml') && files.includes('.gitignore'), String(files));
    assert.ok(
      files.some((file) => file.startsWith('journal/')),
      String(files),
    );
  });

  it('still makes the archive when git does not know who you are, and says how to commit', () => {
    const archive = path.join(temporaryFolder(), 'life');
    const home = temporaryFolder();
    const made = inhale(['init', archive], temporaryFolder(), {
      HOME: home,
      XDG_CONFIG_HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      EMAIL: '',
    });
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /and a git repository\./);
    assert.match(made.stderr, /git does not know who you are \(git config --global user\.name/);
  });
});

describe('import --commit commits the import only and says so', () => {
  it('commits only the imported files, leaving a staged hand edit out, and names the commit', async () => {
    const archive = await initialised();
    await writeFile(path.join(archive, 'notes.txt'), 'my own file\n');
    git(archive, 'add', 'notes.txt');
    const imported = inhale(['import', TWEETS, '--commit'], archive);
    assert.equal(imported.status, 0, imported.stderr);
    const hash = git(archive, 'rev-parse', '--short', 'HEAD');
    const match = /committed (\d+) file\(s\) of this import only, as (\w+)/.exec(imported.stdout);
    assert.ok(match, imported.stdout);
    assert.equal(match[2], hash);
    const files = git(archive, 'show', '--name-only', '--format=', 'HEAD').split('\n');
    assert.equal(files.length, Number(match[1]));
    assert.ok(!files.includes('notes.txt'), 'the staged file is not in the import commit');
    assert.match(git(archive, 'status', '--porcelain'), /^A {2}notes\.txt$/m);

    const again = inhale(['import', TWEETS, '--commit'], archive);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /nothing to commit: the import changed no file/);
    assert.equal(git(archive, 'rev-parse', '--short', 'HEAD'), hash);
  });

  it('states the time the import took on its summary line', async () => {
    const archive = await initialised();
    const imported = inhale(['import', TWEETS, '--dry-run'], archive);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /^Would import twitter from .*not restored in \d+\.\d\d s\.$/m);
  });
});

describe('inhale build is honest about time', () => {
  it('states the wall time since the process started, and --timing says where it went', async () => {
    const archive = await initialised();
    const started = performance.now();
    const built = inhale(['build', '--timing'], archive);
    const waited = (performance.now() - started) / 1000;
    assert.equal(built.status, 0, built.stderr);
    const stated = Number(/^Built .* in (\d+\.\d\d) s\.$/m.exec(built.stdout)?.[1]);
    // The process started after spawnSync was called and ended before it returned.
    assert.ok(stated > 0 && stated <= waited + 0.01, `${stated} s stated, ${waited} s waited`);
    const table = built.stdout.slice(built.stdout.indexOf('Where the time went'));
    assert.match(table, /^Where the time went \(\d+\.\d\d s since the process started\):$/m);
    for (const phase of [
      /start-up/,
      /load: 1 files/,
      /render: site pages/,
      /search index/,
      /the rest/,
    ])
      assert.match(table, phase);
    const rows = [...table.matchAll(/^ +(\d+\.\d{3}) s +\d+ % {2}/gm)].map((row) => Number(row[1]));
    const sum = rows.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - stated) < 0.05, `rows add up to ${sum}, stated ${stated}`);
  });

  it('says why a friends build is empty: everything is private by default', async () => {
    const archive = await initialised();
    const built = inhale(['build', '--audience', 'friends'], archive);
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, /^Built 0 entries /m);
    assert.match(
      built.stdout,
      /The one entry is left out of this friends site: entries are private unless they say otherwise\. To publish one, write visibility: friends/,
    );
    const own = inhale(['build', '--out', path.join(temporaryFolder(), 'mine')], archive);
    assert.doesNotMatch(own.stdout, /left out/);
  });
});
