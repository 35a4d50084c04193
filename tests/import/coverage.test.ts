import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CoverageTally, formatCoverage, unbalanced } from '../../src/import/coverage.ts';

test('every file of an export is accounted for: read, media, left out on purpose or not understood', () => {
  const tally = new CoverageTally();
  tally.account({ file: 'posts.json', status: 'read', records: 3 });
  tally.entry('posts.json', ['media/a.jpg']);
  tally.entry('posts.json');
  tally.skip('posts.json');
  tally.account({ file: 'likes.json', status: 'not-imported', reason: 'likes', include: 'likes' });
  const files = tally.finish(['ads.json', 'likes.json', 'media/a.jpg', 'posts.json']);
  assert.deepEqual(
    files.map((file) => [file.file, file.status]),
    [
      ['ads.json', 'not-understood'],
      ['likes.json', 'not-imported'],
      ['media/a.jpg', 'media'],
      ['posts.json', 'read'],
    ],
  );
  assert.deepEqual(unbalanced(files), []);
  const lines = formatCoverage(files).join('\n');
  assert.match(lines, /1 read \(2 item\(s\)\), 1 media, 1 not imported, 1 not understood/);
  assert.match(lines, /not imported: likes\.json \(likes\); --include likes imports it/);
  assert.match(lines, /not understood: ads\.json/);
});

test('a file whose records do not add up is found', () => {
  const tally = new CoverageTally();
  tally.account({ file: 'posts.json', status: 'read', records: 2 });
  tally.entry('posts.json');
  assert.equal(unbalanced(tally.finish(['posts.json'])).length, 1);
});
