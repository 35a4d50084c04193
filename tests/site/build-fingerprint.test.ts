import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import {
  fingerprintFileOf,
  inputState,
  rememberBuild,
  unchangedBuild,
} from '../../src/site/build-fingerprint.ts';
import { toolDigest } from '../../src/site/tool-identity.ts';
import { archiveWithSecrets } from '../helpers/canary.ts';
import { build } from '../helpers/output.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const HOUR_AGO = Date.now() / 1000 - 3600;

/** Makes the folders a build makes in the archive, and gives every file and folder an old time. */
function settle(archive: string): void {
  for (const folder of ['dist', '.inhale-cache']) mkdirSync(path.join(archive, folder));
  for (const item of readdirSync(archive, { recursive: true, withFileTypes: true }))
    utimesSync(path.join(item.parentPath, item.name), HOUR_AGO, HOUR_AGO);
  utimesSync(archive, HOUR_AGO, HOUR_AGO);
}

describe('the build fingerprint', () => {
  it('is trusted only when its files are settled, and only by the same tool and options', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(archive, 'dist');
    const options = { audience: 'private' as const, fileLinks: false, tool: 'inhale 1' };
    // The archive's files were written just now: a fingerprint would not vouch for them.
    assert.equal(inputState(archive, out, options).isTrusted, false);
    settle(archive);
    const state = inputState(archive, out, options);
    assert.equal(state.isTrusted, true);
    await build(archive, out);
    const record = { entries: 5, pages: 40, unchanged: 39, warnings: ['a warning'] };
    await rememberBuild(archive, out, state, record);
    assert.ok((await readFile(fingerprintFileOf(archive, out))).length > 0);
    assert.deepEqual(await unchangedBuild(archive, out, options), record);
    for (const other of [
      { ...options, tool: 'inhale 2' },
      { ...options, audience: 'public' as const },
      { ...options, fileLinks: true },
    ])
      assert.equal(await unchangedBuild(archive, out, other), undefined);
  });

  it('is not trusted once another build wrote the output folder (its marker names another build)', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(archive, 'dist');
    settle(archive);
    const options = { audience: 'private' as const, fileLinks: false, tool: 'inhale 1' };
    const state = inputState(archive, out, options);
    await build(archive, out);
    const record = { entries: 5, pages: 40, unchanged: 39, warnings: [] };
    await rememberBuild(archive, out, state, record);
    assert.deepEqual(await unchangedBuild(archive, out, options), record);
    // What `serve` or `search --rebuild` leave: the same files, under another build id.
    writeFileSync(path.join(out, '.inhale-build'), 'another-build\n');
    assert.equal(await unchangedBuild(archive, out, options), undefined);
  });

  it('describes the tool by its code, assets and packages, not by its tests', () => {
    const root = temporaryFolder();
    for (const file of ['src/cli/main.ts', 'layouts/assets/style.css', 'tests/a.test.ts'])
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{"version":"1.0.0"}\n');
    writeFileSync(path.join(root, 'src/cli/main.ts'), 'one\n');
    writeFileSync(path.join(root, 'layouts/assets/style.css'), 'body {}\n');
    const before = toolDigest(root);
    assert.equal(toolDigest(root), before);
    writeFileSync(path.join(root, 'tests/a.test.ts'), 'a test\n');
    assert.equal(toolDigest(root), before, 'a test is not the tool');
    for (const [file, text] of [
      ['src/cli/main.ts', 'two\n'],
      ['layouts/assets/style.css', 'body { margin: 0 }\n'],
      ['package.json', '{"version":"1.0.1"}\n'],
    ] as const) {
      const was = toolDigest(root);
      writeFileSync(path.join(root, file), text);
      assert.notEqual(toolDigest(root), was, file);
    }
  });
});
