import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { CLI, temporaryFolder } from '../helpers/paths.ts';

function inhale(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      EDITOR: '',
      VISUAL: '',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A Flickr export (synthetic, in the layout of Flickr's account data export: one
 * `photo_<id>.json` per photo) in which one photo's JSON is cut off halfway.
 */
async function flickrWithADamagedFile(): Promise<string> {
  const folder = path.join(temporaryFolder(), 'flickr');
  await mkdir(folder);
  await writeFile(
    path.join(folder, 'photo_1001.json'),
    JSON.stringify({
      id: '1001',
      name: 'Harbour',
      date_taken: '2015-06-01 10:00:00',
      privacy: 'public',
    }),
  );
  await writeFile(path.join(folder, 'photo_1002.json'), '{"id": "1002", "name": "Cut off');
  return folder;
}

describe('a damaged file of a multi-file export', () => {
  it('is named in the report, the rest is imported, and inhale import exits 1', async () => {
    const archive = path.join(temporaryFolder(), 'life');
    assert.equal(inhale(['init', archive], temporaryFolder()).status, 0);
    const folder = await flickrWithADamagedFile();

    const run = inhale(['import', 'flickr', folder, '--archive', archive], archive);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /1 added/);
    assert.match(run.stdout, /damaged, not imported: photo_1002\.json \(not valid JSON/);
    assert.match(run.stderr, /1 damaged file\(s\) not imported/);

    // --json carries the files and the damaged list; the exit status is the same.
    const json = inhale(
      ['import', 'flickr', folder, '--archive', archive, '--json', '--dry-run'],
      archive,
    );
    assert.equal(json.status, 1);
    const report = JSON.parse(json.stdout) as {
      damaged: string[];
      files: { file: string; status: string }[];
    };
    assert.deepEqual(report.damaged.length, 1);
    assert.match(report.damaged[0]!, /^photo_1002\.json: not valid JSON/);
    assert.deepEqual(
      report.files.map((file) => [file.file, file.status]),
      [
        ['photo_1001.json', 'read'],
        ['photo_1002.json', 'damaged'],
      ],
    );
  });

  it('an export without one exits 0', async () => {
    const archive = path.join(temporaryFolder(), 'life');
    assert.equal(inhale(['init', archive], temporaryFolder()).status, 0);
    const folder = await flickrWithADamagedFile();
    await writeFile(path.join(folder, 'photo_1002.json'), '{"id": "1002", "name": "Whole"}');
    const run = inhale(['import', 'flickr', folder, '--archive', archive], archive);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /damaged/);
  });
});
