import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { StagingWriter } from '../../src/import/staging-writer.ts';
import { temporaryFolder } from '../helpers/paths.ts';

describe('the staging writer', () => {
  it('writes every file, in folders it makes, by the time finish() returns', async () => {
    const root = temporaryFolder();
    const writer = new StagingWriter();
    for (let index = 0; index < 1000; index++)
      await writer.write(path.join(root, `f${index % 7}`, `${index}.md`), `entry ${index}\n`);
    await writer.write(path.join(root, 'media', 'a.bin'), new Uint8Array([1, 2, 3]));
    await writer.finish();
    await writer.close();
    assert.equal(await readFile(path.join(root, 'f5', '999.md'), 'utf8'), 'entry 999\n');
    assert.deepEqual([...(await readFile(path.join(root, 'media', 'a.bin')))], [1, 2, 3]);
  });

  it('reports a file it cannot write from finish(), naming the reason', async () => {
    const root = temporaryFolder();
    await writeFile(path.join(root, 'taken'), 'a file where a folder should be');
    const writer = new StagingWriter();
    try {
      await writer.write(path.join(root, 'taken', 'entry.md'), 'text');
      await assert.rejects(writer.finish(), /cannot write a staged file: .*taken/);
    } finally {
      await writer.close();
    }
  });
});
