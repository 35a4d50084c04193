import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { generateArchive } from '../../scripts/generate-archive.ts';
import { CACHE_DIR } from '../../src/archive/cache-folder.ts';
import type { EntryRecord } from '../../src/shared/entry-types.ts';
import { ArchiveSite } from '../../src/site/archive-site.ts';
import { RecordStore, type CachedAt } from '../../src/site/record-store.ts';
import { siteFiles } from '../helpers/output.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const record = (file: string, date: string): EntryRecord =>
  ({ file, id: `test:${file}`, date }) as unknown as EntryRecord;

/** A store whose "cache" is `buckets`, counting each bucket read back. */
function storeOf(buckets: Record<string, EntryRecord[]>, keepAll = false) {
  const reads: string[] = [];
  const store = new RecordStore((bucket, files) => {
    reads.push(bucket);
    return new Map(
      (buckets[bucket] ?? [])
        .filter((item) => files.has(item.file))
        .map((item) => [item.file, item]),
    );
  });
  store.keepAll = keepAll;
  for (const [bucket, records] of Object.entries(buckets))
    for (const item of records) store.addCached(item, { bucket, mtimeMs: 1, size: 1 } as CachedAt);
  return { store, reads };
}

describe('RecordStore', () => {
  const buckets = {
    '2014': [record('a/2014/01.md', '2014-01-01'), record('a/2014/12.md', '2015-01-01')],
    '2015': [record('a/2015/02.md', '2015-02-01')],
  };

  it('reads records back a bucket at a time, and only the buckets chosen ones are in', () => {
    const { store, reads } = storeOf(buckets);
    const chunks = [...store.chunks((held) => held.year === '2014')];
    assert.deepEqual(
      chunks.map((chunk) => chunk.map((item) => item.file)),
      [['a/2014/01.md']],
    );
    assert.deepEqual(reads, ['2014']);
  });

  it('gives each year its records, oldest year first, wherever they were filed', () => {
    const { store } = storeOf(buckets);
    assert.deepEqual(
      [...store.byYear()].map((year) => year.map((item) => item.file).sort()),
      [['a/2014/01.md'], ['a/2014/12.md', 'a/2015/02.md']],
    );
  });

  it('keeps every record in memory when asked to, and reads nothing back', () => {
    const { store, reads } = storeOf(buckets, true);
    assert.equal(store.select().length, 3);
    assert.deepEqual(reads, []);
  });

  it('prefers a record held in memory (an edit, an adoption) to its old cached one', () => {
    const { store, reads } = storeOf(buckets);
    const edited = record('a/2015/02.md', '2015-03-01');
    store.addInMemory(edited);
    assert.equal(
      store.select((held) => held.file === 'a/2015/02.md')[0],
      edited,
      'the edited record, not the cached one',
    );
    assert.deepEqual(reads, []);
    store.delete('a/2015/02.md');
    assert.equal(store.size, 2);
    assert.deepEqual(
      store.list().map((held) => held.file),
      ['a/2014/01.md', 'a/2014/12.md'],
    );
  });
});

describe('records read back from the parse cache', () => {
  it('give the same site as records kept in memory, and a lost cache is parsed again', async () => {
    const archive = path.join(temporaryFolder(), 'archive');
    await generateArchive(archive, 300, 7);
    const built = async (name: string, keep: boolean, loseCache = false) => {
      const out = path.join(path.dirname(archive), name);
      // Records are kept in memory for an archive this small, unless the limit says otherwise.
      process.env.INHALE_KEEP_IN_MEMORY = keep ? '1000000' : '0';
      const site = new ArchiveSite(archive, out);
      await site.load().finally(() => delete process.env.INHALE_KEEP_IN_MEMORY);
      // Removed between loading and rendering: every record must be read from its file again.
      if (loseCache) await rm(path.join(archive, CACHE_DIR), { recursive: true, force: true });
      await site.build();
      await site.close();
      return siteFiles(out);
    };
    const kept = await built('kept', true);
    const readBack = await built('read-back', false);
    const lost = await built('lost', false, true);
    assert.ok(kept.size > 400, `${kept.size} files`);
    for (const [name, files] of [
      ['read back', readBack],
      ['parsed again', lost],
    ] as const) {
      const differing = [...kept.keys()].filter((file) => files.get(file) !== kept.get(file));
      assert.deepEqual(differing, [], `${name}: files that differ`);
      assert.equal(files.size, kept.size, `${name}: as many files`);
    }
  });
});
