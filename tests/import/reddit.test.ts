import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { parse } from 'csv-parse/sync';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { BufferView } from '../../src/import/file-view.ts';
import { redditImporter } from '../../src/import/reddit.ts';
import { runImport } from '../../src/import/run-import.ts';
import type { ImportItem } from '../../src/import/types.ts';
import { kindFacts } from '../../src/site/kind-facts/index.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { REPO } from '../helpers/paths.ts';

const EXPORT = path.join(REPO, 'tests', 'import', 'cases', 'reddit', 'export', 'input');

const rowsOf = (name: string) =>
  parse(readFileSync(path.join(EXPORT, name)), { columns: true }) as Record<string, string>[];

async function read(view: BufferView, include: string[] = []): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of redditImporter.read(view, {
    config: ArchiveConfigSchema.parse({}),
    include: new Set(include as never[]),
    people: new Map(),
  }))
    items.push(item);
  return items;
}

describe('the Reddit importer', () => {
  it('imports every post and comment that has a date and text, counted without the importer', async () => {
    // Counted from the CSVs: rows with a real date, comments whose text was not removed.
    const isReal = (date: string) => /^\d{4}-(?:0\d|1[0-2])-(?:[012]\d|30) /.test(date);
    const posts = rowsOf('posts.csv').filter((row) => isReal(row.date!)).length;
    const comments = rowsOf('comments.csv').filter(
      (row) => isReal(row.date!) && !/^\[(deleted|removed)\]$/.test(row.body!),
    ).length;
    assert.deepEqual([posts, comments], [3, 3]);

    const archive = await newArchive('UTC');
    const report = await runImport(archive, EXPORT);
    assert.equal(report.source, 'reddit');
    assert.equal(report.added, posts + comments);
    assert.deepEqual(unbalanced(report.files), []);
    const written = await entries(archive, 'reddit');
    const post = written.find((entry) => entry.data.id === 'reddit:t3_1a2b3c')!;
    assert.deepEqual(post.data.tags, ['r/Sourdough']);
    assert.deepEqual(kindFacts(post.data as never), [
      { label: 'Subreddit', value: 'r/Sourdough', card: true },
    ]);
    // A reply under your own post answers it: one conversation.
    const reply = written.find((entry) => entry.data.id === 'reddit:t1_kq1abc')!;
    assert.equal(reply.data.inReplyTo, 'reddit:t3_1a2b3c');
    // Messages and saved posts only when asked for.
    assert.equal(written.filter((entry) => entry.data.kind === 'message').length, 0);
  });

  it('never writes the ip column', async () => {
    const archive = await newArchive('UTC');
    await runImport(archive, EXPORT, { include: ['messages', 'saved'] });
    for (const [, text] of await snapshot(archive, 'reddit')) {
      assert.doesNotMatch(text, /203\.0\.113\.7|198\.51\.100\.2/);
      assert.doesNotMatch(text, /^ip:/m);
    }
  });

  it('re-imports byte for byte and keeps a hand-edited post', async () => {
    const archive = await newArchive('UTC');
    const first = await runImport(archive, EXPORT, { source: 'reddit' });
    const before = await snapshot(archive, 'reddit');
    const again = await runImport(archive, EXPORT, { source: 'reddit' });
    assert.equal(again.unchanged, first.added);
    assert.deepEqual(await snapshot(archive, 'reddit'), before);
    const post = (await entries(archive, 'reddit')).find(
      (entry) => entry.data.id === 'reddit:t3_9z8y7x',
    )!;
    const file = path.join(archive, post.file);
    await writeFile(file, `${await readFile(file, 'utf8')}\nIt ran on my phone too.\n`);
    assert.deepEqual((await runImport(archive, EXPORT, { source: 'reddit' })).keptEdited, [
      post.file,
    ]);
  });

  it('imports saved posts as bookmarks dated by the file, titled from their permalink', async () => {
    const csv =
      'id,permalink\n1xyz99,https://www.reddit.com/r/Breadit/comments/1xyz99/the_perfect_baguette_guide/\n';
    const modified = Date.UTC(2024, 2, 5, 10, 0, 0);
    const view = new BufferView(
      '/d/saved_posts.csv',
      'saved_posts.csv',
      Buffer.from(csv),
      modified,
    );
    await assert.rejects(read(view, ['saved']), /no posts\.csv, comments\.csv or messages\.csv/);
    const items = await read(
      new MultiView(
        {
          'posts.csv': 'id,permalink,date,ip,subreddit,gildings,title,url,body\n',
          'saved_posts.csv': csv,
        },
        modified,
      ),
      ['saved'],
    );
    const saved = items.find((item) => item.type === 'entry');
    assert.ok(saved?.type === 'entry');
    assert.deepEqual(saved.entry.data, {
      id: 'reddit:saved-1xyz99',
      kind: 'bookmark',
      date: '2024-03-05T10:00:00+00:00',
      dateSource: 'file-time',
      url: 'https://www.reddit.com/r/Breadit/comments/1xyz99/the_perfect_baguette_guide/',
      title: 'the perfect baguette guide',
      subreddit: 'Breadit',
      tags: ['r/Breadit'],
    });
  });

  it('names a damaged CSV and imports the other files', async () => {
    const items = await read(
      new MultiView({
        'posts.csv':
          'id,permalink,date,ip,subreddit,gildings,title,url,body\nabc,/r/x/comments/abc/t/,2024-01-01 10:00:00 UTC,1.2.3.4,x,0,T,,"unclosed',
        'comments.csv':
          'id,permalink,date,ip,subreddit,gildings,link,parent,body,media\nc1,/r/x/comments/abc/t/c1/,2024-01-01 11:00:00 UTC,1.2.3.4,x,0,,t3_abc,hi,\n',
      }),
    );
    const damaged = items.find((item) => item.type === 'file' && item.account.status === 'damaged');
    assert.ok(damaged?.type === 'file' && damaged.account.file === 'posts.csv');
    assert.equal(items.filter((item) => item.type === 'entry').length, 1);
  });
});

/** A few files in memory, as an export folder. */
class MultiView extends BufferView {
  constructor(
    private readonly files: Record<string, string>,
    private readonly time?: number,
  ) {
    super('/d', 'd', Buffer.alloc(0));
  }
  override async list() {
    return Object.keys(this.files);
  }
  override async text(file: string) {
    return this.files[file]!;
  }
  override async stream(file: string) {
    const { Readable } = await import('node:stream');
    return Readable.from([Buffer.from(this.files[file]!)]);
  }
  override async modified() {
    return this.time;
  }
}
