import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { newArchive } from '../helpers/archives.ts';
import { CLI } from '../helpers/paths.ts';

function inhale(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** A line of a JavaScript stack trace, or Eleventy's heading of one. */
const STACK = /^\s*(\[11ty\]\s*)?at .+:\d+:\d+\)?$|Original error stack trace/m;

describe('no stack trace reaches a person without --debug', () => {
  it('a broken entry: its file, line and fix, once, and no Eleventy report or stack', async () => {
    const archive = await newArchive();
    await mkdir(path.join(archive, 'journal', '2020', '01'), { recursive: true });
    await writeFile(
      path.join(archive, 'journal', '2020', '01', '01-x.md'),
      '---\nid: journal:x\nsource: journal\nkind: note\ndate: 2020-01-01T10:00:00Z\ntitle: Breakfast: eggs\n---\nhi\n',
    );
    const built = inhale(['build'], archive);
    assert.equal(built.status, 1);
    assert.doesNotMatch(built.output, STACK);
    assert.doesNotMatch(built.output, /\[11ty\]/);
    const line =
      /^journal\/2020\/01\/01-x\.md:6: invalid YAML: .*\(fix: .*title: "Breakfast: eggs"\)$/gm;
    assert.equal(built.output.match(line)?.length, 1, built.output);

    const debug = inhale(['build', '--debug'], archive);
    assert.match(debug.output, /^\s+at /m, 'with --debug the stack is shown');
  });

  it("a broken page of the person's own: Eleventy's report naming it, without the stack", async () => {
    const archive = await newArchive();
    await mkdir(path.join(archive, 'pages'), { recursive: true });
    await writeFile(path.join(archive, 'pages', 'about.md'), '---\nlayout: nope.njk\n---\nHi\n');
    const built = inhale(['build'], archive);
    assert.equal(built.status, 1);
    assert.match(built.output, /pages\/about\.md/);
    assert.match(built.output, /layout that does not exist/);
    assert.doesNotMatch(built.output, STACK);
    assert.match(built.output, /run again with --debug for details/);
  });

  it('inhale check in the archive itself says "this archive", not "."', async () => {
    const archive = await newArchive();
    await mkdir(path.join(archive, 'journal', '2020', '01'), { recursive: true });
    await writeFile(
      path.join(archive, 'journal', '2020', '01', '01-x.md'),
      '---\nid: journal:x\nsource: journal\nkind: note\ndate: 2020-01-01T10:00:00Z\ntitle: "open\n---\nhi\n',
    );
    const check = inhale(['check'], archive);
    assert.equal(check.status, 1);
    assert.match(check.output, /^1 problem\(s\) in this archive\.$/m);
  });
});
