import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { CLI, temporaryFolder } from '../helpers/paths.ts';

function inhale(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, EDITOR: '', VISUAL: '', INHALE_PASSWORD: 'unused' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each command, and whether it takes --out (kept out of the test's folder). */
const COMMANDS: [string[], boolean][] = [
  [['build'], true],
  [['serve', '--port', '0'], true],
  [['check'], false],
  [['search', 'coffee'], true],
  [['import', 'x.zip'], false],
  [['new', 'A title'], false],
];

describe('a wrong archive path', () => {
  for (const [kind, makeFolder] of [
    ['a missing folder', false],
    ['a folder without inhale.yaml', true],
  ] as const) {
    for (const [command, hasOut] of COMMANDS) {
      it(`${command[0]} on ${kind} says there is no inhale archive there, in one line, and exits 1`, async () => {
        const root = temporaryFolder();
        const archive = path.join(root, 'not-an-archive');
        if (makeFolder) await mkdir(path.join(archive, 'journal'), { recursive: true });
        const out = hasOut ? ['--out', path.join(root, 'out')] : [];
        const result = inhale([...command, '--archive', archive, ...out], root);
        assert.equal(result.status, 1, result.stderr);
        assert.equal(
          result.stderr,
          `error: no inhale archive at ${archive} (no inhale.yaml); make one with inhale init ${archive}\n`,
        );
        assert.doesNotMatch(result.stderr, /input. parameter|\n\s+at /);
      });
    }
  }
});
