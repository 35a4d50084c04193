import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deserialize, serialize } from 'node:v8';

import { entryDigest } from '../../src/import/import-cache.ts';
import { hashOf } from '../../src/import/own-files.ts';
import { runImport } from '../../src/import/run-import.ts';
import type { ImportedEntry } from '../../src/import/types.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { REPO } from '../helpers/paths.ts';

const TWEETS = path.join(REPO, 'tests', 'fixtures', 'twitter', 'synthetic-2023');
const cacheFile = (archive: string) => path.join(archive, '.inhale-cache', 'import', 'twitter.v8');

/** The cache's file as import-cache.ts stores it. */
interface Stored {
  key: string;
  entries: { id: string[]; text: string[] };
  prints: { file: string[]; hash: string[]; stats: number[] };
}

const readCache = (archive: string) => deserialize(readFileSync(cacheFile(archive))) as Stored;
const writeCache = (archive: string, stored: Stored) =>
  writeFileSync(cacheFile(archive), serialize(stored));

/**
 * An archive with the synthetic tweets imported, one entry's file replaced by `broken` (not
 * valid front matter), and the cache changed to say the import wrote those bytes there: a cache
 * that lies, so a test can tell whether the writer believed it.
 */
async function archiveWithLyingCache(changeKey: (key: string) => string) {
  const archive = await newArchive();
  await runImport(archive, TWEETS);
  const [entry] = await entries(archive, 'twitter');
  const broken = '---\nid: [not closed\n---\nSomething else.\n';
  await writeFile(path.join(archive, entry!.file), broken);
  const stored = readCache(archive);
  stored.entries.id.forEach((id, row) => {
    if (id === entry!.data.id) stored.entries.text[row] = hashOf(broken);
  });
  writeCache(archive, { ...stored, key: changeKey(stored.key) });
  return { archive, file: entry!.file, broken };
}

describe('the import cache', () => {
  it('takes an entry as unchanged from the cache alone, without reading its file again', async () => {
    const { archive, file, broken } = await archiveWithLyingCache((key) => key);
    const report = await runImport(archive, TWEETS);
    assert.equal(report.unchanged, 6);
    assert.deepEqual(report.keptEdited, []);
    assert.equal(await readFile(path.join(archive, file), 'utf8'), broken);
  });

  it('is not believed when the importer version or the code it was made by differs', async () => {
    const { archive, file, broken } = await archiveWithLyingCache((key) =>
      key.replace(/"2"/, '"1"'),
    );
    const report = await runImport(archive, TWEETS);
    assert.equal(report.unchanged, 5);
    assert.deepEqual(report.keptEdited, [file]);
    assert.equal(await readFile(path.join(archive, file), 'utf8'), broken);
  });

  it('changes nothing on an unchanged re-import, with or without a cache', async () => {
    const archive = await newArchive();
    await runImport(archive, TWEETS);
    const before = await snapshot(archive, 'twitter');
    const ledger = await readFile(path.join(archive, '.inhale', 'imported', 'twitter.yaml'));
    for (const cache of ['as written', 'damaged', 'as written again']) {
      if (cache === 'damaged') await writeFile(cacheFile(archive), 'not a cache');
      const report = await runImport(archive, TWEETS);
      assert.equal(report.unchanged, 6, cache);
      assert.equal(report.added + report.updated, 0, cache);
      assert.deepEqual(await snapshot(archive, 'twitter'), before, cache);
      assert.deepEqual(
        await readFile(path.join(archive, '.inhale', 'imported', 'twitter.yaml')),
        ledger,
      );
    }
    assert.equal(readCache(archive).entries.id.length, 6, 'the damaged cache was written again');
  });

  it('knows a file by its stat once it has settled, and reads it when an edit keeps its size', async () => {
    const archive = await newArchive();
    await runImport(archive, TWEETS);
    const all = await entries(archive, 'twitter');
    const edited = all.find((entry) => entry.data.id === 'twitter:1600000000000000002')!.file;
    const hidden = all.find((entry) => entry.file !== edited)!.file;
    // A stat is evidence only two seconds after the file's last change (file-prints.ts).
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await runImport(archive, TWEETS);
    assert.equal(readCache(archive).prints.file.length, 6, 'every file has a print');
    const text = await readFile(path.join(archive, edited), 'utf8');
    await writeFile(path.join(archive, edited), text.replace('lentil', 'LENTIL'));
    // A print made to match an edited file is believed, as a stat that did not change would be.
    await writeFile(path.join(archive, hidden), 'Not what the import wrote.');
    const stored = readCache(archive);
    const row = stored.prints.file.indexOf(hidden);
    const stat = statSync(path.join(archive, hidden));
    stored.prints.stats.splice(row * 4, 4, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino);
    writeCache(archive, stored);
    const report = await runImport(archive, TWEETS);
    assert.deepEqual(report.keptEdited, [edited]);
    assert.equal(report.unchanged, 5);
    assert.match(await readFile(path.join(archive, edited), 'utf8'), /LENTIL/);
  });

  it('tells apart entries that JSON would not', () => {
    const entry = (value: unknown): ImportedEntry => ({
      data: { id: 'feed:1', kind: 'post', date: '2024-01-01', value } as ImportedEntry['data'],
      body: '',
      media: [],
      file: 'feed.xml',
    });
    const values = [null, Number.NaN, 0, -0, undefined, 'null', [null], [undefined]];
    const digests = new Set(values.map((value) => entryDigest(entry(value))));
    assert.equal(digests.size, values.length);
    assert.equal(entryDigest(entry(1)), entryDigest(entry(1)));
  });
});
