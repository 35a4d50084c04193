import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/build/archive-site.ts';
import { DEMO, temporaryFolder } from '../helpers/paths.ts';

async function pages(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(
    (item) => item.isFile() && item.name !== '.inhale-build',
  );
  return new Map(
    await Promise.all(
      files.map(
        async (item) =>
          [
            path.relative(dir, path.join(item.parentPath, item.name)),
            await readFile(path.join(item.parentPath, item.name), 'utf8'),
          ] as const,
      ),
    ),
  );
}

describe('rebuilding after an edit', () => {
  it('gives exactly the site a full build gives: moved, retagged, added and deleted entries', async () => {
    const root = temporaryFolder();
    const archive = path.join(root, 'archive');
    await cp(DEMO, archive, {
      recursive: true,
      filter: (source) => !source.includes('.inhale-cache'),
    });
    const live = new ArchiveSite(archive, path.join(root, 'live'));
    await live.build();

    const leapDay = 'journal/2024/02/29-a-leap-day.md';
    const text = await readFile(path.join(archive, leapDay), 'utf8');
    // Move it to another month, give it a new tag and new words.
    await writeFile(
      path.join(archive, leapDay),
      text
        .replace('2024-02-29T21:15:00+00:00', '2024-03-02T08:00:00+00:00')
        .replace('tags:\n  - reading', 'tags:\n  - leaping')
        .replace('An extra day', 'A moved day'),
    );
    const added = 'journal/2023/07/04-a-new-one.md';
    await writeFile(
      path.join(archive, added),
      '---\nid: journal:2023-07-04-a-new-one\nsource: journal\nkind: note\ndate: 2023-07-04T12:00:00+01:00\ntitle: A new one\ntags: [reading]\n---\nWritten while serving.\n',
    );
    const newYearFile = (await readdir(path.join(archive, 'journal', '2022', '12'))).find((name) =>
      name.includes('new-year'),
    )!;
    await rm(path.join(archive, 'journal', '2022', '12', newYearFile));
    await live.update([leapDay, added, `journal/2022/12/${newYearFile}`]);
    await live.close();

    const fresh = new ArchiveSite(archive, path.join(root, 'fresh'));
    await fresh.build();
    await fresh.close();

    const [after, expected] = await Promise.all([
      pages(path.join(root, 'live')),
      pages(path.join(root, 'fresh')),
    ]);
    const missing = [...expected.keys()].filter((file) => !after.has(file));
    const extra = [...after.keys()].filter(
      (file) => !expected.has(file) && !file.startsWith('media/'),
    );
    const different = [...expected.keys()].filter(
      (file) => after.has(file) && after.get(file) !== expected.get(file),
    );
    assert.deepEqual({ missing, extra, different }, { missing: [], extra: [], different: [] });
    assert.match(after.get('2024/03/02/a-leap-day.html') ?? '', /A moved day/);
  });
});
