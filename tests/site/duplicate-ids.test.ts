import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/site/archive-site.ts';
import { checkArchive } from '../../src/cli/archive-commands.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const entry = (title: string, day = '01') =>
  `---\nid: journal:walk\nsource: journal\nkind: note\ndate: 2020-01-${day}T10:00:00Z\ntitle: ${title}\n---\n${title}.\n`;

/** An archive holding `files` (name → text) under journal/2020/01/. */
async function archiveWith(files: Record<string, string>): Promise<string> {
  const archive = await newArchive();
  const folder = path.join(archive, 'journal', '2020', '01');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text);
  return archive;
}

async function build(archive: string, shards?: number) {
  const out = path.join(temporaryFolder(), 'dist');
  const site = new ArchiveSite(archive, out, 'private', shards ? { shards } : {});
  try {
    return { summary: await site.build(), out };
  } finally {
    await site.close();
  }
}

async function pagesMentioning(out: string, text: string): Promise<string[]> {
  const files = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.html'));
  const found: string[] = [];
  for (const file of files)
    if ((await readFile(path.join(out, file), 'utf8')).includes(text)) found.push(file);
  return found;
}

describe('two files with one id', () => {
  it('builds the site and warns naming both files when a person copied an entry', async () => {
    const archive = await archiveWith({
      '01-walk.md': entry('The walk'),
      '01-walk-copy.md': entry('The walk, copied'),
    });
    const { summary, out } = await build(archive);
    const warning = summary.warnings.find((item) => /journal:walk/.test(item));
    assert.ok(warning, summary.warnings.join('\n'));
    assert.match(warning, /01-walk(-copy)?\.md/);
    assert.match(warning, /already the id of .*01-walk(-copy)?\.md/);
    assert.ok((await pagesMentioning(out, 'The walk')).length > 0, 'the first one is published');
  });

  it('keeps one entry of three copies and names each file left out', async () => {
    const archive = await archiveWith({
      'a.md': entry('First', '01'),
      'b.md': entry('Second', '02'),
      'c.md': entry('Third', '03'),
    });
    const { summary, out } = await build(archive);
    assert.equal(summary.warnings.filter((item) => /journal:walk/.test(item)).length, 2);
    assert.ok((await pagesMentioning(out, 'First.')).length > 0);
    assert.deepEqual(await pagesMentioning(out, 'Third.'), []);
  });

  it('leaves out a copy filed in a year another worker thread renders', async () => {
    const archive = await newArchive();
    // Two worker shards, each holding half of the years; the two copies are years apart.
    for (let year = 2000; year < 2020; year++) {
      const folder = path.join(archive, 'notes', String(year), '01');
      await mkdir(folder, { recursive: true });
      for (let index = 0; index < 150; index++)
        await writeFile(
          path.join(folder, `${String(index).padStart(3, '0')}.md`),
          `---\nid: notes:${year}-${index}\nsource: notes\nkind: note\ndate: ${year}-01-01T10:00:00Z\n---\nNote.\n`,
        );
    }
    await writeFile(path.join(archive, 'notes', '2001', '01', 'walk.md'), entry('Early walk'));
    await writeFile(path.join(archive, 'notes', '2018', '01', 'walk.md'), entry('Late walk'));
    const { summary, out } = await build(archive, 2);
    assert.equal(summary.warnings.filter((item) => /journal:walk/.test(item)).length, 1);
    assert.equal(summary.entries, 3001 + 1, 'every other entry, the kept copy and the first entry');
    assert.equal((await pagesMentioning(out, 'walk.</p>')).length > 0, true);
  });

  it('is still a problem that inhale check lists', async () => {
    const archive = await archiveWith({ 'a.md': entry('One'), 'b.md': entry('Two') });
    const { problems } = await checkArchive(archive);
    assert.ok(problems.some((problem) => /is already the id of/.test(problem.message)));
  });
});
