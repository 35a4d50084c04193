import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { listEntryFiles } from '../../src/site/entry-files.ts';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { build, siteFiles } from '../helpers/output.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const ENTRIES = 1500;

/** A moment in a build: `ms` after it reports `stage` (its INHALE_TIMING lines). */
interface Moment {
  stage: string;
  ms: number;
}

/** Runs a build in a child process, killed with SIGKILL at `moment`; true when it was killed. */
async function childBuild(archive: string, out: string, moment: Moment): Promise<boolean> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/run-inhale.ts', archive, out],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, INHALE_TIMING: '1' } },
  );
  let timer: NodeJS.Timeout | undefined;
  let log = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    log += text;
    if (!timer && log.includes(` ${moment.stage}`))
      timer = setTimeout(() => child.kill('SIGKILL'), moment.ms);
  });
  const [, signal] = await new Promise<[number | null, string | null]>((resolve) =>
    child.on('exit', (...result) => resolve(result)),
  );
  clearTimeout(timer);
  if (signal !== 'SIGKILL') console.error(log);
  return signal === 'SIGKILL';
}

/** Files a killed build left that are not whole files of `expected` (temporary files aside). */
function damaged(left: Map<string, string>, expected: Map<string, string>): string[] {
  return [...left]
    .filter(([file]) => !file.endsWith('.inhale-tmp'))
    .filter(([file, bytes]) => expected.get(file) !== bytes)
    .map(([file]) => file);
}

/** Appends a line to the text of every entry; returns the originals, to put them back. */
async function editEveryEntry(archive: string): Promise<Map<string, string>> {
  const originals = new Map<string, string>();
  for (const file of await listEntryFiles(archive)) {
    const full = path.join(archive, file);
    const text = await readFile(full, 'utf8');
    originals.set(full, text);
    await writeFile(full, `${text.endsWith('\n') ? text : `${text}\n`}Edited.\n`);
  }
  return originals;
}

describe('a build killed at any moment', () => {
  let archive = '';
  let expected = new Map<string, string>();
  before(async () => {
    archive = path.join(temporaryFolder(), 'archive');
    await generateArchive(archive, ENTRIES);
    const clean = path.join(temporaryFolder(), 'clean');
    await build(archive, clean);
    expected = await siteFiles(clean);
  });

  const moments: Moment[] = [
    { stage: 'load:', ms: 0 }, // the photos are placed, no page is written yet
    { stage: 'render: inputs ready', ms: 0 },
    { stage: 'render: inputs ready', ms: 150 },
    { stage: 'search index written', ms: 0 },
    { stage: 'render: done', ms: 0 }, // every page written, the manifest not yet
  ];
  for (const moment of moments)
    it(`leaves only whole files, and the next build finishes the job (killed ${moment.ms} ms after "${moment.stage}")`, async () => {
      const out = path.join(temporaryFolder(), 'site');
      assert.ok(await childBuild(archive, out, moment), 'killed before it finished');
      assert.deepEqual(damaged(await siteFiles(out), expected), []);
      await build(archive, out);
      assert.deepEqual(await siteFiles(out), expected);
    });

  it('gives the old site back when an edit is reverted after a killed rebuild', async () => {
    const out = path.join(temporaryFolder(), 'site');
    await build(archive, out);
    const originals = await editEveryEntry(archive);
    const moment = { stage: 'render: inputs ready', ms: 300 }; // some pages rewritten
    assert.ok(await childBuild(archive, out, moment), 'killed before it finished');
    for (const [file, text] of originals) await writeFile(file, text);
    // Pages the killed build rewrote with the edit still have the old site's hash in the
    // manifest: their size and time tell the next build they are not what it wrote.
    await build(archive, out);
    assert.deepEqual(await siteFiles(out), expected);
  });
});
