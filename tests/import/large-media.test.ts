import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { open, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { newArchive } from '../helpers/archives.ts';
import { syntheticMedia } from '../helpers/media-bytes.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const run = promisify(execFile);
const MB = 1024 * 1024;
const SIZE = 400 * MB;

/** A sparse video: an MP4 header, then a hole; SIZE bytes on paper, almost nothing on disk. */
async function sparseVideo(folder: string, name: string): Promise<void> {
  const handle = await open(path.join(folder, name), 'w');
  await handle.write(syntheticMedia('mp4', name));
  await handle.truncate(SIZE);
  await handle.close();
}

/** Imports `folder` with `source` in a fresh process; returns what it added and its peak RSS. */
async function importMeasured(archive: string, folder: string, source: string) {
  const runImport = pathToFileURL(path.resolve('src/import/run-import.ts')).href;
  const script = `import { runImport } from ${JSON.stringify(runImport)};
const report = await runImport(process.argv[2]!, process.argv[3]!, { source: process.argv[4]! });
console.log(JSON.stringify({ added: report.added, peak: process.resourceUsage().maxRSS * 1024 }));`;
  const file = path.join(temporaryFolder(), 'measure.mts');
  await writeFile(file, script);
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', file, archive, folder, source],
    { maxBuffer: MB },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { added: number; peak: number };
}

describe('large media', () => {
  it('copies a 400 MB video with memory bounded: streamed while hashed, never read whole', async () => {
    const folder = temporaryFolder();
    await sparseVideo(folder, 'big.mp4');
    const archive = await newArchive();
    const { added, peak } = await importMeasured(archive, folder, 'photos');
    assert.equal(added, 1);
    const stored = (await readdir(path.join(archive, 'photos'), { recursive: true })).filter(
      (file) => file.endsWith('.mp4'),
    );
    assert.equal(stored.length, 1, 'stored under the extension its bytes allow');
    assert.equal((await stat(path.join(archive, 'photos', stored[0]!))).size, SIZE);
    assert.ok(peak < 250 * MB, `peak RSS ${Math.round(peak / MB)} MB for a ${SIZE / MB} MB video`);
  });
});
