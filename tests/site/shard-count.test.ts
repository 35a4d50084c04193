import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';

import { generateArchive } from '../../scripts/generate-archive.ts';
import { ArchiveSite } from '../../src/site/archive-site.ts';
import { PARALLEL_THRESHOLD, shardCount } from '../../src/site/shard-pool.ts';
import { everyByte } from '../helpers/canary.ts';
import { DEMO, temporaryFolder } from '../helpers/paths.ts';

describe('shardCount', () => {
  afterEach(() => {
    delete process.env.INHALE_SHARDS;
  });

  it('keeps a small archive in the main thread and gives a large one a worker per core', () => {
    assert.equal(shardCount(PARALLEL_THRESHOLD - 1), 1);
    assert.ok(shardCount(PARALLEL_THRESHOLD) >= 1);
  });

  it('takes the count INHALE_SHARDS gives, at most 8, whatever the archive’s size', () => {
    for (const [value, files, expected] of [
      ['2', 10, 2],
      ['1', 100_000, 1],
      ['20', 10, 8],
    ] as const) {
      process.env.INHALE_SHARDS = value;
      assert.equal(shardCount(files), expected, `INHALE_SHARDS=${value}, ${files} files`);
    }
  });

  it('ignores an INHALE_SHARDS that is not a whole number of at least 1', () => {
    for (const value of ['0', '-1', '1.5', 'two', '']) {
      process.env.INHALE_SHARDS = value;
      assert.equal(shardCount(10), 1, `INHALE_SHARDS=${JSON.stringify(value)}`);
    }
  });
});

/**
 * A generated archive and two conversations across its years, so each of two shards holds some
 * of their messages: a mail thread (quoted text, a signature, one long mail) and a reply chain
 * (a link, a photo).
 */
async function conversationArchive(): Promise<string> {
  const archive = path.join(temporaryFolder(), 'archive');
  await generateArchive(archive, 120);
  const entry = async (file: string, front: string, body: string) => {
    await mkdir(path.join(archive, path.dirname(file)), { recursive: true });
    await writeFile(path.join(archive, file), `---\n${front}visibility: public\n---\n${body}\n`);
  };
  const mail = (id: number, date: string, title: string) =>
    `id: mail:thread-${id}\nsource: mail\nkind: email\ndate: ${date}\ntitle: "${title}"\nthread: gmail:1\nfrom: Ana <ana@example.org>\nto:\n  - Bench <bench@example.org>\n`;
  await entry(
    'mail/2012/03/04-plans.md',
    mail(1, '2012-03-04T10:00:00+01:00', 'Plans'),
    `Shall we walk the [ridge](https://example.org/ridge) in *May*?\n\n-- \nAna`,
  );
  await entry(
    'mail/2019/06/01-re-plans.md',
    mail(2, '2019-06-01T10:00:00+01:00', 'Re: Plans'),
    `${'Yes, and a long answer about the weather and the boots. '.repeat(40)}\n\n> Shall we walk the ridge in May?`,
  );
  await entry(
    'mail/2025/01/02-re-re-plans.md',
    mail(3, '2025-01-02T10:00:00+01:00', 'Re: Re: Plans'),
    'Finally: **next week**.',
  );
  const tweet = (id: number, date: string, parent?: number) =>
    `id: twitter:${id}\nsource: twitter\nkind: ${parent ? 'reply' : 'post'}\ndate: ${date}\n${parent ? `inReplyTo: twitter:${parent}\n` : ''}`;
  await entry(
    'twitter/2012/05/06-bread.md',
    `${tweet(1, '2012-05-06T09:00:00Z')}media:\n  - path: loaf.jpg\n    alt: A loaf\n    type: image\n`,
    'A loaf, from [the recipe](https://example.org/bread).',
  );
  await copyFile(
    path.join(DEMO, 'twitter', '2019', '02', '4a6eeca0c4f0bdb8.jpg'),
    path.join(archive, 'twitter', '2012', '05', 'loaf.jpg'),
  );
  await entry(
    'twitter/2018/07/08-more-bread.md',
    tweet(2, '2018-07-08T09:00:00Z', 1),
    'Still baking it.',
  );
  await entry(
    'twitter/2024/09/10-bread-again.md',
    tweet(3, '2024-09-10T09:00:00Z', 2),
    'Twelve years of it.',
  );
  return archive;
}

describe('the pages, whatever the shard count', () => {
  it('are the same bytes from one thread and from two worker shards, records held or read back, conversations whole', async () => {
    const archive = await conversationArchive();
    const outputs: Map<string, Buffer>[] = [];
    // The third build's shards read their records back from the parse cache to render them.
    for (const [shards, keep] of [
      [1, undefined],
      [2, undefined],
      [2, '0'],
    ] as const) {
      const out = path.join(temporaryFolder(), 'dist');
      if (keep) process.env.INHALE_KEEP_IN_MEMORY = keep;
      const site = new ArchiveSite(archive, out, 'private', { shards });
      try {
        await site.build();
      } finally {
        await site.close();
        delete process.env.INHALE_KEEP_IN_MEMORY;
      }
      const files = (await everyByte(out)).filter(({ file }) => file !== '.inhale-build');
      outputs.push(new Map(files.map(({ file, bytes }) => [file, bytes])));
    }
    const [one, ...others] = outputs as [Map<string, Buffer>, ...Map<string, Buffer>[]];
    assert.ok(one.size > 300, `${one.size} files`);
    for (const other of others) {
      assert.deepEqual([...other.keys()].sort(), [...one.keys()].sort());
      for (const [file, bytes] of one) assert.ok(other.get(file)!.equals(bytes), file);
    }
    // The last messages show the first ones whole: their links, emphasis, photo and folded signature.
    const last = one.get('2025/01/02/re-re-plans.html')!.toString();
    assert.match(last, /ridge<\/a> in <em>May<\/em>/);
    assert.match(last, /Show signature[\s\S]*Show quoted text/);
    assert.match(last, /(Yes, and a long answer about the weather and the boots\. ){39}/);
    const reply = one.get('2024/09/10/bread-again.html')!.toString();
    assert.match(reply, /<a href="https:\/\/example.org\/bread"[^>]*>the recipe<\/a>/);
    assert.match(reply, /<picture\s*>\s*<source[^>]*webp[\s\S]*alt="A loaf"/);
  });
});
