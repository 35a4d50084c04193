import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, it, mock } from 'node:test';

import { ArchiveSite } from '../../src/site/archive-site.ts';
import {
  countProgress,
  flushProgress,
  onBuildProgress,
  postProgressTo,
  type BuildProgress,
  type ProgressCounts,
} from '../../src/site/build-progress.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

describe('build progress', () => {
  afterEach(() => {
    mock.timers.reset();
    postProgressTo(undefined);
    onBuildProgress(undefined);
  });

  it('a worker posts its counts at most every 100 ms, added up, and the rest when flushed', () => {
    mock.timers.enable({ apis: ['Date'], now: 0 });
    const posts: ProgressCounts[] = [];
    postProgressTo((counts) => posts.push(structuredClone(counts)), 100);
    for (let entry = 0; entry < 1000; entry++) countProgress('entries');
    assert.deepEqual(posts, [], 'no message within the first 100 ms');
    mock.timers.tick(100);
    countProgress('pages');
    countProgress('pages');
    assert.deepEqual(posts, [{ entries: { done: 1000, total: 0 }, pages: { done: 1, total: 0 } }]);
    flushProgress();
    flushProgress();
    assert.deepEqual(posts.at(-1), { pages: { done: 1, total: 0 } });
    assert.equal(posts.length, 2, 'nothing left to post the second time');
  });

  it('starts from zero for each listener, having counted nothing while no one listened', () => {
    const heard: BuildProgress[] = [];
    countProgress('entries', 5, 10);
    onBuildProgress((progress) => heard.push(structuredClone(progress)));
    countProgress('entries', 0, 3);
    assert.deepEqual(heard.at(-1)?.entries, { done: 0, total: 3 });
  });

  it('tells the entry files read of those listed and the pages written, from two worker threads', async () => {
    const archive = await newArchive();
    for (let year = 2001; year <= 2004; year++) {
      const folder = path.join(archive, 'notes', String(year), '01');
      await mkdir(folder, { recursive: true });
      for (let day = 1; day <= 25; day++)
        await writeFile(
          path.join(folder, `${String(day).padStart(2, '0')}-note.md`),
          `---\nid: notes:${year}-${day}\nsource: notes\nkind: note\ndate: ${year}-01-${String(day).padStart(2, '0')}T10:00:00Z\n---\nA note.\n`,
        );
    }
    // The listener is given the tally itself, as it stands: read after the build, it is whole.
    const heard = { tally: undefined as BuildProgress | undefined, told: 0 };
    onBuildProgress((progress) => {
      heard.tally = progress;
      heard.told++;
    });
    const site = new ArchiveSite(archive, path.join(temporaryFolder(), 'dist'), 'private', {
      shards: 2,
    });
    let summary;
    try {
      summary = await site.build();
    } finally {
      await site.close();
    }
    const { tally, told } = heard;
    assert.ok(tally, 'told at all');
    // The 100 notes and the first entry every new archive has.
    assert.deepEqual(tally.entries, { done: 101, total: 101 });
    assert.equal(summary.entries, 101);
    assert.ok(tally.pages.done >= summary.pages, `${tally.pages.done} of ${summary.pages} pages`);
    assert.ok(told < 100, `told ${told} times for 101 entries and their pages`);
  });
});
