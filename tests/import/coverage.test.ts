import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  CoverageTally,
  damagedFile,
  damagedFiles,
  formatCoverage,
  unbalanced,
} from '../../src/import/coverage.ts';

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

test('a damaged file is named with its reason, counts no records, and is listed in damaged', () => {
  const tally = new CoverageTally();
  tally.account({ file: 'your_posts_1.json', status: 'read', records: 1 });
  tally.entry('your_posts_1.json');
  const item = damagedFile('your_posts_2.json', new SyntaxError('Unexpected end of\nJSON input'));
  assert.equal(item.type, 'file');
  if (item.type === 'file') tally.account(item.account);
  const files = tally.finish(['your_posts_1.json', 'your_posts_2.json']);
  assert.deepEqual(unbalanced(files), []);
  assert.deepEqual(damagedFiles(files), ['your_posts_2.json: Unexpected end of JSON input']);
  const lines = formatCoverage(files).join('\n');
  assert.match(lines, /0 not understood, 1 damaged/);
  assert.match(lines, /damaged, not imported: your_posts_2\.json \(Unexpected end of JSON input\)/);
});
