import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { newArchive } from '../helpers/archives.ts';
import { CLI } from '../helpers/paths.ts';

const PASSWORD = 'correct horse battery staple, preview';

describe('inhale serve --encrypt', () => {
  it(
    'serves the encrypted site on 127.0.0.1 to try its unlock page, leaving dist/ alone',
    { timeout: 120_000 },
    async () => {
      const archive = await newArchive();
      const child = spawn(process.execPath, [CLI, 'serve', '--encrypt', '--port', '0'], {
        cwd: archive,
        env: { ...process.env, INHALE_PASSWORD: PASSWORD },
      });
      try {
        let printed = '';
        const port = await new Promise<number>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => {
            printed += chunk.toString();
            const match = /Serving the encrypted site on http:\/\/127\.0\.0\.1:(\d+)\//.exec(
              printed,
            );
            if (match) resolve(Number(match[1]));
          });
          child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
          child.on('exit', (code) => reject(new Error(`exited ${code}: ${printed}`)));
        });
        const page = await (await fetch(`http://127.0.0.1:${port}/`)).text();
        assert.match(page, /This archive is locked/);
        const keys = await fetch(`http://127.0.0.1:${port}/keys.json`);
        assert.equal(keys.status, 200);
        const style = await (await fetch(`http://127.0.0.1:${port}/unlock.css`)).text();
        assert.match(style, /prefers-color-scheme: dark/, 'light and dark, like the site');
        assert.match(style, /background: var\(--background\)/);
        assert.doesNotMatch(page, /Hello, archive/, 'no entry in plaintext');
        assert.ok(!existsSync(path.join(archive, 'dist')), 'dist/ is not touched');
      } finally {
        child.kill();
      }
    },
  );
});
