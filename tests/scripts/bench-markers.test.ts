import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

import { replaceBetweenMarkers, writeBetweenMarkers } from '../../scripts/bench/markers.ts';

const document = [
  '# Performance',
  '',
  'First paragraph.',
  '',
  '<!-- bench:start -->',
  'old table',
  '<!-- bench:end -->',
  '',
  '## Later',
  '',
].join('\n');

describe('the benchmark section between markers', () => {
  it('replaces what lies between the markers and keeps the rest', () => {
    const replaced = replaceBetweenMarkers(document, '| new | table |\n');
    assert.equal(replaced, document.replace('old table', '| new | table |'));
  });

  it('replaces it again the same way on a second run', () => {
    const once = replaceBetweenMarkers(document, 'run 1');
    assert.equal(replaceBetweenMarkers(once, 'run 2'), document.replace('old table', 'run 2'));
  });

  it('fails naming the marker when the start marker is missing', () => {
    assert.throws(
      () => replaceBetweenMarkers(document.replace('<!-- bench:start -->', ''), 'x'),
      /no start marker/,
    );
  });

  it('fails naming the marker when the end marker is missing or comes first', () => {
    assert.throws(
      () => replaceBetweenMarkers(document.replace('<!-- bench:end -->', ''), 'x'),
      /no end marker/,
    );
    const swapped = '<!-- bench:end -->\n<!-- bench:start -->\n';
    assert.throws(() => replaceBetweenMarkers(swapped, 'x'), /no end marker/);
  });

  it('writes the file through a rename, naming the file when it has no markers', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-markers-'));
    const file = path.join(folder, 'performance.md');
    await writeFile(file, document);
    await writeBetweenMarkers(file, 'written');
    assert.equal(await readFile(file, 'utf8'), document.replace('old table', 'written'));
    await writeFile(file, '# no markers\n');
    await assert.rejects(
      writeBetweenMarkers(file, 'x'),
      new RegExp(`${file}: Expected the markers`),
    );
    assert.equal(await readFile(file, 'utf8'), '# no markers\n');
  });
});
