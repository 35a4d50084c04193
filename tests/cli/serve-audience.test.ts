import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { newArchive } from '../helpers/archives.ts';
import { CLI } from '../helpers/paths.ts';

/** Runs `inhale serve` until it serves, and returns the home page it built. */
async function servedHome(archive: string, args: string[]): Promise<string> {
  const out = path.join(archive, '..', `dist-${args.join('-') || 'default'}`);
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--archive', archive, '--out', out, '--port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    let printed = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        if (printed.includes('Serving')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${printed}`)));
    });
    return await readFile(path.join(out, 'index.html'), 'utf8');
  } finally {
    child.kill();
  }
}

describe('inhale serve --audience', () => {
  it(
    'builds for the audience given, like inhale build, and for private by default',
    { timeout: 60_000 },
    async () => {
      // The first entry `init` writes is private.
      const archive = await newArchive();
      assert.match(await servedHome(archive, []), /Hello, archive/);
      assert.match(await servedHome(archive, ['--audience', 'private']), /Hello, archive/);
      assert.doesNotMatch(await servedHome(archive, ['--audience', 'public']), /Hello, archive/);
    },
  );
});
