import assert from 'node:assert/strict';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/site/archive-site.ts';
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

/** A copy of the demo archive, built once by a site that stays loaded, as `serve` keeps it. */
async function liveDemo(): Promise<{ root: string; archive: string; live: ArchiveSite }> {
  const root = temporaryFolder();
  const archive = path.join(root, 'archive');
  await cp(DEMO, archive, {
    recursive: true,
    filter: (source) => !source.includes('.inhale-cache'),
  });
  const live = new ArchiveSite(archive, path.join(root, 'live'));
  await live.build();
  return { root, archive, live };
}

/** Builds the archive afresh and checks the live site's pages are the same, file by file. */
async function assertSameAsFresh(root: string, archive: string): Promise<Map<string, string>> {
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
  return after;
}

describe('rebuilding after an edit', () => {
  it('gives exactly the site a full build gives: moved, retagged, added and deleted entries', async () => {
    const { root, archive, live } = await liveDemo();

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
    await mkdir(path.dirname(path.join(archive, added)), { recursive: true });
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

    const after = await assertSameAsFresh(root, archive);
    assert.match(after.get('2024/03/02/a-leap-day.html') ?? '', /A moved day/);
  });

  it('gives the same site when only texts and titles change (the timeline is patched, not rebuilt)', async () => {
    const { root, archive, live } = await liveDemo();
    // Found by name: make-demo chooses the day of an entry written for a month.
    const inFolder = async (folder: string, name: string) =>
      `${folder}/${(await readdir(path.join(archive, folder))).find((file) => file.includes(name))!}`;
    const garden = await inFolder('journal/2025/06', 'garlic-harvest');
    const reply = await inFolder('twitter/2019/02', 'update-the-consensus');
    const edit = async (file: string, change: (text: string) => string) =>
      writeFile(path.join(archive, file), change(await readFile(path.join(archive, file), 'utf8')));
    await edit(garden, (text) =>
      text
        .replace('title: Garlic harvest', 'title: Onion harvest')
        .replace('forty-two', 'forty-three'),
    );
    await edit(reply, (text) => `${text}\nAnd they still do.\n`);
    await live.update([garden, reply]);
    // Then an edit that does change the shape: a new tag on the same entry.
    await edit(garden, (text) => text.replace('  - garden', '  - garden\n  - harvest'));
    await live.update([garden]);
    await live.close();

    const after = await assertSameAsFresh(root, archive);
    assert.match(after.get('tags/garden/index.html') ?? '', /Onion harvest/);
    assert.match(after.get('tags/harvest/index.html') ?? '', /Onion harvest/);
    const day = path.basename(garden).slice(0, 2);
    assert.match(after.get(`2025/06/${day}/garlic-harvest.html`) ?? '', /forty-three heads/);
  });
  it('gives the same site when an entry with a place changes: its text (its place page only), then its place', async () => {
    const { root, archive, live } = await liveDemo();
    const skye = 'journal/2019/09/08-skye-in-weather.md';
    const edit = async (change: (text: string) => string) =>
      writeFile(path.join(archive, skye), change(await readFile(path.join(archive, skye), 'utf8')));
    await edit((text) => text.replace('horizontal rain.', 'horizontal rain, twice.'));
    await live.update([skye]);
    await assertSameAsFresh(root, archive);
    await edit((text) =>
      text.replace('name: Isle of Skye', 'name: Portree').replace('lat: 57.273', 'lat: 57.412'),
    );
    await live.update([skye]);
    await live.close();

    const after = await assertSameAsFresh(root, archive);
    assert.match(after.get('places/united-kingdom/portree.html') ?? '', /horizontal rain, twice/);
    assert.doesNotMatch(after.get('places/united-kingdom/isle-of-skye.html') ?? '', /twice/);
  });
  it('gives the same site when a chat changes: a message edited, moved to a new day, and one deleted that splits the chat', async () => {
    const { root, archive, live } = await liveDemo();
    const chat = 'whatsapp/2025';
    const edit = async (file: string, change: (text: string) => string) =>
      writeFile(path.join(archive, file), change(await readFile(path.join(archive, file), 'utf8')));
    // A text edit: the timeline is patched and only its day of the chat is rendered again.
    const morning = `${chat}/06/14-sam-ortega-5c15b1.md`;
    await edit(morning, (text) => `${text.trimEnd()} (edited)\n`);
    await live.update([morning]);
    // The chat's last message moves to a day of its own, and the message that the rest of the
    // chat replies through is deleted: the chat splits in two, the second under a new name.
    const last = `${chat}/07/02-sam-ortega-7e4753.md`;
    await edit(last, (text) =>
      text.replace('date: 2025-07-02T18:52:55', 'date: 2025-07-05T18:52:55'),
    );
    const moved = `${chat}/07/05-sam-ortega-7e4753.md`;
    await rename(path.join(archive, last), path.join(archive, moved));
    const through = `${chat}/06/15-sam-ortega-bc6caf.md`;
    await rm(path.join(archive, through));
    await live.update([last, moved, through]);
    await live.close();

    const after = await assertSameAsFresh(root, archive);
    const days = [...after.keys()].filter((file) => file.startsWith('chats/')).sort();
    assert.ok(
      days.some((file) => file.endsWith('/2025-07-05/index.html')),
      days.join('\n'),
    );
    assert.ok(new Set(days.map((file) => file.split('/')[1])).size >= 2, 'the chat split');
  });
});
