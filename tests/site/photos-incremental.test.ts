import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/site/archive-site.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { photoArchive } from '../helpers/photo-archive.ts';

/** Every page (not media) of a built site: file → text. */
async function pages(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
  return new Map(
    await Promise.all(
      files.map(async (file) => [file, await readFile(path.join(dir, file), 'utf8')] as const),
    ),
  );
}

describe('the Photos pages after an edit', () => {
  it('are what a full build gives when a photo changes, a month loses its photos and a month gains some', async () => {
    // 6 entries of 2 photos: 3 in January, 3 in February 2021.
    const { archive, entries } = await photoArchive(6, 2, 2);
    const root = temporaryFolder();
    const live = new ArchiveSite(archive, path.join(root, 'live'));
    await live.build();
    const fileOf = (index: number) => {
      const entry = entries[index]!;
      const day = entry.date.slice(8, 10);
      return `photos/2021/${entry.date.slice(5, 7)}/${day}-walk-${index + 1}.md`;
    };
    const edit = async (file: string, change: (text: string) => string) =>
      writeFile(path.join(archive, file), change(await readFile(path.join(archive, file), 'utf8')));

    // A new alt text in January, which keeps other photos: only January's pages change.
    await edit(fileOf(0), (text) => text.replace('alt: Photo 1 of walk 1', 'alt: A heron'));
    await live.update([fileOf(0)]);
    // February loses every photo: two entries deleted, one keeps its text alone.
    await rm(path.join(archive, fileOf(3)));
    await rm(path.join(archive, fileOf(4)));
    await edit(fileOf(5), (text) => text.replace(/media:\n(  .*\n)+/, ''));
    await live.update([fileOf(3), fileOf(4), fileOf(5)]);
    assert.ok(!(await pages(path.join(root, 'live'))).has('photos/2021/02/index.html'));
    // March gains its first photos.
    const march = 'photos/2021/03/05-a-new-walk.md';
    await mkdir(path.join(archive, 'photos/2021/03'));
    await writeFile(
      path.join(archive, march),
      (await readFile(path.join(archive, fileOf(1)), 'utf8'))
        .replace(/id: .*/, 'id: photos:march')
        .replace(/date: .*/, 'date: 2021-03-05T10:00:00Z')
        .replaceAll('path: e1-', 'path: ../01/e1-'),
    );
    await live.update([march]);
    await live.close();

    const fresh = new ArchiveSite(archive, path.join(root, 'fresh'));
    await fresh.build();
    await fresh.close();
    const [after, expected] = await Promise.all([
      pages(path.join(root, 'live')),
      pages(path.join(root, 'fresh')),
    ]);
    const photoPages = (site: Map<string, string>) =>
      [...site.keys()].filter((file) => file.startsWith('photos/')).sort();
    assert.deepEqual(photoPages(after), photoPages(expected));
    assert.deepEqual(photoPages(expected), [
      'photos/2021/01/index.html',
      'photos/2021/03/index.html',
      'photos/2021/index.html',
      'photos/index.html',
    ]);
    for (const file of expected.keys())
      assert.equal(after.get(file), expected.get(file), `${file} differs from a full build's`);
    assert.match(after.get('photos/2021/01/index.html')!, /alt="A heron"/);
  });
});
