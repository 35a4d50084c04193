import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { listFiles, restatFiles } from '../../src/site/file-listing.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;

/** A folder with two files, an hour old. */
function folder(): string {
  const root = temporaryFolder();
  mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
  for (const file of ['one.md', 'a/b/two.md']) writeFileSync(path.join(root, file), 'text\n');
  // Folders too: a file added now must give its folder another time than the one listed.
  for (const item of ['one.md', 'a/b/two.md', 'a/b', 'a', '.'])
    utimesSync(path.join(root, item), HOUR_AGO, HOUR_AGO);
  return root;
}

const CHANGES: [string, (root: string) => void][] = [
  ['a file rewritten, same size', (root) => writeFileSync(path.join(root, 'one.md'), 'TEXT\n')],
  ['a file grown', (root) => writeFileSync(path.join(root, 'one.md'), 'more text\n')],
  [
    'a file touched',
    // 50 µs later: libuv sets times to the microsecond.
    (root) => utimesSync(path.join(root, 'one.md'), HOUR_AGO, HOUR_AGO + 0.00005),
  ],
  ['a file added', (root) => writeFileSync(path.join(root, 'a', 'three.md'), 'text\n')],
  ['a file removed', (root) => rmSync(path.join(root, 'a', 'b', 'two.md'))],
  ['a file renamed', (root) => renameSync(path.join(root, 'one.md'), path.join(root, 'uno.md'))],
  [
    'a file replaced by another with its size and time',
    (root) => {
      writeFileSync(path.join(root, 'new.md'), 'text\n');
      utimesSync(path.join(root, 'new.md'), HOUR_AGO, HOUR_AGO);
      renameSync(path.join(root, 'new.md'), path.join(root, 'one.md'));
    },
  ],
  ['an empty folder made', (root) => mkdirSync(path.join(root, 'c'))],
];

describe('listFiles', () => {
  it('gives the same digest for a folder left alone, with its files and their newest time', () => {
    const root = folder();
    const listing = listFiles(root);
    assert.deepEqual(listFiles(root), listing);
    assert.equal(listing.files, 2);
    assert.equal(Math.round(listing.newestMs / 1000), Math.round(HOUR_AGO));
    assert.equal(listing.isComplete, true);
  });

  for (const [what, change] of CHANGES)
    it(`gives another digest when ${what}, listed again or its paths stated again`, () => {
      const root = folder();
      const before = listFiles(root);
      assert.equal(restatFiles(root, before.paths).digest, before.digest);
      change(root);
      assert.notEqual(listFiles(root).digest, before.digest);
      assert.notEqual(restatFiles(root, before.paths).digest, before.digest);
    });

  it('leaves out what the skip says, and says when a linked folder was not listed', () => {
    const root = folder();
    const skip = (relative: string) => relative === 'a';
    const before = listFiles(root, skip);
    writeFileSync(path.join(root, 'a', 'b', 'two.md'), 'changed, unseen\n');
    assert.deepEqual(listFiles(root, skip), before);
    assert.equal(before.files, 1);
    symlinkSync(path.join(root, 'a'), path.join(root, 'linked'));
    assert.equal(listFiles(root, skip).isComplete, false);
  });
});
