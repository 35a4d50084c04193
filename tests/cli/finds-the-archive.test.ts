import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

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

describe('finding the archive without --archive', () => {
  it('takes the nearest parent folder holding inhale.yaml, as git finds a repository', async () => {
    const archive = await newArchive();
    const below = path.join(archive, 'journal', 'deeper');
    await mkdir(below, { recursive: true });
    const check = inhale(['check'], below);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /^1 entries, no problems\.$/m);
    const created = inhale(['new', 'Found from below'], below);
    assert.equal(created.status, 0, created.stderr);
    const file = path.resolve(below, created.stdout.trim());
    assert.ok(file.startsWith(path.join(archive, 'journal') + path.sep), file);
    assert.ok(existsSync(file), file);
  });

  it('takes the current folder when it holds inhale.yaml', async () => {
    const archive = await newArchive();
    const check = inhale(['check'], archive);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /^1 entries, no problems\.$/m);
  });

  it('falls back to content/ of the current folder when no folder up holds inhale.yaml', () => {
    const check = inhale(['check'], temporaryFolder());
    assert.equal(check.status, 1);
    assert.match(check.stderr, /no inhale archive at content \(no inhale\.yaml\)/);
  });
});
