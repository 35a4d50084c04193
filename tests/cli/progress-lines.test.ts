import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import { newArchive } from '../helpers/archives.ts';
import { CLI, temporaryFolder } from '../helpers/paths.ts';

/** Runs inhale with stderr a pipe, not a terminal; `every` sets the seconds between lines. */
function inhale(args: string[], every?: string) {
  const env = { ...process.env };
  delete env.INHALE_PROGRESS_EVERY;
  if (every) env.INHALE_PROGRESS_EVERY = every;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An archive of `count` notes over a few years, and the first entry `inhale init` writes. */
async function notesArchive(count: number): Promise<string> {
  const archive = await newArchive();
  for (let index = 0; index < count; index++) {
    const year = 2001 + (index % 4);
    const day = String(1 + (index % 28)).padStart(2, '0');
    const folder = path.join(archive, 'notes', String(year), '03');
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, `${day}-note-${index}.md`),
      `---\nid: notes:${index}\nsource: notes\nkind: note\ndate: ${year}-03-${day}T10:00:00Z\n---\nNote ${index}.\n`,
    );
  }
  return archive;
}

const PROGRESS_LINE = /^\d+( of \d+)? (entries|pages|images|files|MB)\b/m;

describe('progress of a real command, stderr not a terminal', () => {
  it('a build and a check print plain progress lines on stderr when it runs long enough, and its summary states the wall time', async () => {
    const archive = await notesArchive(60);
    const slow = inhale(['build', '--archive', archive], '0.001');
    assert.equal(slow.status, 0, slow.stderr);
    assert.match(slow.stderr, /^\d+ of 61 entries \(\d+ %\)/m);
    assert.match(slow.stderr, /^\d+ pages/m);
    assert.doesNotMatch(slow.stderr, /\x1b/, 'no escape sequences off a terminal');
    assert.doesNotMatch(slow.stdout, PROGRESS_LINE, 'nothing on stdout but the summary');
    assert.match(slow.stdout, /^Built 61 entries into \d+ pages .* in \d+\.\d\d s\.$/m);

    const check = inhale(['check', '--archive', archive], '0.001');
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stderr, /^\d+ of 61 entries \(\d+ %\)/m, 'check reads them too');
    assert.equal(check.stdout, '61 entries, no problems.\n');

    // At the default of a line every 5 s, a build quicker than that prints none.
    const quick = inhale(['build', '--archive', archive]);
    assert.equal(quick.status, 0, quick.stderr);
    const seconds = Number(/ in (\d+\.\d\d) s\./.exec(quick.stdout)?.[1]);
    if (seconds < 4.5) assert.doesNotMatch(quick.stderr, PROGRESS_LINE);
  });

  it('an import prints the files of the folder it went through, and nothing of it with --json', async () => {
    const archive = await newArchive();
    const photos = path.join(temporaryFolder(), 'photos');
    await mkdir(photos);
    for (let index = 0; index < 30; index++)
      await writeFile(
        path.join(photos, `photo-${index}.jpg`),
        await sharp({
          create: { width: 8, height: 8, channels: 3, background: { r: index * 8, g: 0, b: 0 } },
        })
          .jpeg()
          .toBuffer(),
      );
    const args = ['import', 'photos', photos, '--archive', archive, '--dry-run'];
    const shown = inhale(args, '0.0001');
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stderr, /^\d+ of 30 files \(\d+ %\)/m);
    assert.match(shown.stdout, /^Would import photos from .* in \d+\.\d\d s\.$/m);

    const json = inhale([...args, '--json'], '0.0001');
    assert.equal(json.status, 0, json.stderr);
    assert.doesNotMatch(json.stderr, PROGRESS_LINE);
    assert.equal(JSON.parse(json.stdout).source, 'photos');
  });
});
