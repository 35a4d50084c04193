import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { BufferView } from '../../src/import/file-view.ts';
import { formatReport, runImport } from '../../src/import/run-import.ts';
import { ArchiveWriter } from '../../src/import/writer.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { CLI, REPO, temporaryFolder } from '../helpers/paths.ts';

const TWEETS = path.join(REPO, 'tests', 'fixtures', 'twitter', 'synthetic-2023');
const EDITED_ID = 'twitter:1600000000000000002';

/** An archive with the synthetic tweets imported; returns it and the file of EDITED_ID. */
async function importedArchive(): Promise<{ archive: string; file: string }> {
  const archive = await newArchive();
  await runImport(archive, TWEETS);
  const entry = (await entries(archive, 'twitter')).find((item) => item.data.id === EDITED_ID)!;
  return { archive, file: entry.file };
}

async function idsOf(archive: string): Promise<string[]> {
  return (await entries(archive, 'twitter')).map((entry) => entry.data.id).sort();
}

/** What an editor may do to a file inhale wrote, besides changing its words. */
const EDITS: [string, (text: string) => string][] = [
  ['CRLF line endings', (text) => text.replace(/\n/g, '\r\n')],
  ['a trailing space after the id', (text) => text.replace(/^(id: .*)$/m, '$1 ')],
  ['single quotes around the id', (text) => text.replace(/^id: (.*)$/m, "id: '$1'")],
  ['double quotes around the id', (text) => text.replace(/^id: (.*)$/m, 'id: "$1"')],
  ['single quotes and a trailing space', (text) => text.replace(/^id: (.*)$/m, "id: '$1' ")],
  ['a comment after the id', (text) => text.replace(/^(id: .*)$/m, '$1 # mine')],
  ['a BOM', (text) => `\ufeff${text}`],
  ['a BOM and CRLF line endings', (text) => `\ufeff${text.replace(/\n/g, '\r\n')}`],
  [
    'reordered front matter',
    (text) => text.replace(/^---\n(id: .*\n)([\s\S]*?)---\n/, '---\n$2$1---\n'),
  ],
  ['four-space indentation', (text) => text.replace(/^ {2}(\w+:)/gm, '    $1')],
  ['the id written as a folded block', (text) => text.replace(/^id: (.*)$/m, 'id: >-\n  $1')],
];

describe('the import writer', () => {
  it("writes the importer's name as the source, whatever an entry says", async () => {
    const archive = await newArchive();
    const writer = new ArchiveWriter(
      archive,
      { name: 'feed', version: '1' },
      {
        dryRun: false,
        input: 'feed.rss',
      },
    );
    await writer.open();
    const data = { id: 'feed:1', kind: 'article', date: '2024-01-05T08:30:00+01:00' };
    // An importer that still sets source (only a cast lets it: ImportedData has no source).
    const claimed = { ...data, source: 'twitter' } as typeof data;
    await writer.write(
      { data: claimed, body: 'Bread.', media: [], file: 'feed.rss' },
      new BufferView('feed.rss', 'feed.rss', Buffer.from('')),
    );
    await writer.commit();
    const [entry] = await entries(archive, 'feed');
    assert.equal(entry?.data.source, 'feed');
    assert.match(entry?.file ?? '', /^feed\/2024\/01\/05-/);
  });

  describe('keeps a hand edit on every re-import', () => {
    for (const [name, edit] of EDITS)
      it(`keeps a hand edit saved with ${name}`, async () => {
        const { archive, file } = await importedArchive();
        const target = path.join(archive, file);
        const edited = edit((await readFile(target, 'utf8')).replace('lentil', 'red lentil'));
        await writeFile(target, edited);
        const before = await idsOf(archive);
        for (let time = 0; time < 2; time++) {
          const report = await runImport(archive, TWEETS);
          assert.deepEqual(report.keptEdited, [file]);
          assert.equal(report.added, 0);
        }
        assert.equal(await readFile(target, 'utf8'), edited);
        assert.deepEqual(await idsOf(archive), before, 'no second file with the same id');
      });

    it('keeps a file of the person at the path an import would write', async () => {
      const { archive, file } = await importedArchive();
      const target = path.join(archive, file);
      const own =
        '---\nid: journal:soup\nsource: twitter\nkind: post\ndate: 2023-01-05T12:00:00Z\n---\nMine.\n';
      await writeFile(target, own);
      const report = await runImport(archive, TWEETS);
      assert.deepEqual(report.keptEdited, [file]);
      assert.equal(await readFile(target, 'utf8'), own);
    });

    it('keeps an edited file whose front matter is no longer valid YAML', async () => {
      const { archive, file } = await importedArchive();
      const target = path.join(archive, file);
      const broken = (await readFile(target, 'utf8')).replace(
        /^source: twitter$/m,
        'source: [twitter',
      );
      await writeFile(target, broken);
      const report = await runImport(archive, TWEETS);
      assert.deepEqual(report.keptEdited, [file]);
      assert.equal(await readFile(target, 'utf8'), broken);
    });

    it('still updates a file it wrote and nobody edited', async () => {
      const { archive } = await importedArchive();
      const before = await snapshot(archive, 'twitter');
      const report = await runImport(archive, TWEETS);
      assert.equal(report.unchanged, 6);
      assert.deepEqual(report.keptEdited, []);
      assert.deepEqual(await snapshot(archive, 'twitter'), before);
    });
  });

  describe('keeps a deleted entry deleted', () => {
    it('leaves an entry the person deleted out of every later import and records why', async () => {
      const { archive, file } = await importedArchive();
      await rm(path.join(archive, file));
      const first = await runImport(archive, TWEETS);
      assert.deepEqual(first.newlyDeleted, [EDITED_ID]);
      assert.equal(first.deletedNotRestored, 1);
      assert.equal(first.added, 0);
      assert.match(formatReport(first), /1 deleted by you, not restored/);
      const deleted = await readFile(path.join(archive, '.inhale', 'deleted.yaml'), 'utf8');
      assert.match(deleted, new RegExp(`^  ${EDITED_ID}: ${file}$`, 'm'));
      const second = await runImport(archive, TWEETS);
      assert.deepEqual(second.newlyDeleted, []);
      assert.equal(second.deletedNotRestored, 1);
      assert.equal(existsSync(path.join(archive, file)), false);
    });

    it('brings deleted entries back with restoreDeleted and takes them off the list', async () => {
      const { archive, file } = await importedArchive();
      const written = await readFile(path.join(archive, file), 'utf8');
      await rm(path.join(archive, file));
      await runImport(archive, TWEETS);
      const report = await runImport(archive, TWEETS, { restoreDeleted: true });
      assert.equal(report.restored, 1);
      assert.equal(report.added, 1);
      assert.equal(await readFile(path.join(archive, file), 'utf8'), written);
      const deleted = await readFile(path.join(archive, '.inhale', 'deleted.yaml'), 'utf8');
      assert.doesNotMatch(deleted, /twitter:/);
      assert.equal((await runImport(archive, TWEETS)).unchanged, 6);
    });

    it('counts deleted entries in the --json report and restores them with --restore-deleted', async () => {
      const { archive, file } = await importedArchive();
      await rm(path.join(archive, file));
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [CLI, 'import', TWEETS, '--archive', archive, ...args], {
          encoding: 'utf8',
        });
      const text = cli();
      assert.match(text.stdout, /1 deleted by you, not restored/);
      assert.match(text.stdout, /recorded 1 deleted by you in \.inhale\/deleted\.yaml/);
      assert.equal(JSON.parse(cli('--json').stdout).deletedNotRestored, 1);
      const restored = JSON.parse(cli('--json', '--restore-deleted').stdout);
      assert.equal(restored.restored, 1);
      assert.ok(existsSync(path.join(archive, file)));
    });

    it('puts the deletion in the import commit, so git log says why the entry is gone', async () => {
      for (const [name, value] of Object.entries({ NAME: 'Test', EMAIL: 'test@example.org' }))
        process.env[`GIT_AUTHOR_${name}`] = process.env[`GIT_COMMITTER_${name}`] = value;
      const archive = await newArchive();
      await runImport(archive, TWEETS, { commit: true });
      const entry = (await entries(archive, 'twitter')).find((item) => item.data.id === EDITED_ID)!;
      await rm(path.join(archive, entry.file));
      await runImport(archive, TWEETS, { commit: true });
      const log = spawnSync('git', ['log', '--format=%B', '--', '.inhale/deleted.yaml'], {
        cwd: archive,
        encoding: 'utf8',
      }).stdout;
      assert.match(log, /recorded 1 deleted by you in \.inhale\/deleted\.yaml/);
    });

    it('records no deletion on a dry run', async () => {
      const { archive, file } = await importedArchive();
      await rm(path.join(archive, file));
      const report = await runImport(archive, TWEETS, { dryRun: true });
      assert.equal(report.deletedNotRestored, 1);
      assert.equal(existsSync(path.join(archive, '.inhale', 'deleted.yaml')), false);
    });

    it('writes no deleted list when nothing was deleted', async () => {
      const { archive } = await importedArchive();
      await runImport(archive, TWEETS);
      assert.equal(existsSync(path.join(archive, '.inhale', 'deleted.yaml')), false);
      assert.ok(existsSync(path.join(archive, '.inhale', 'imported', 'twitter.yaml')));
    });
  });

  describe('never writes two files with one id', () => {
    const item = (guid: string, day: number, text: string) =>
      `<item><guid>${guid}</guid><title>${text}</title><description>${text}</description><pubDate>${day} Mar 2024 10:00:00 +0000</pubDate></item>`;
    const feed = async (...items: string[]) => {
      const file = path.join(temporaryFolder(), 'feed.xml');
      await writeFile(
        file,
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link>${items.join('')}</channel></rss>`,
      );
      return file;
    };
    const feedIds = async (archive: string) =>
      (await entries(archive, 'feed')).map((entry) => entry.data.id);

    it('gives the second of two different items with one guid a distinct id', async () => {
      const archive = await newArchive();
      const file = await feed(item('a-1', 4, 'Monday'), item('a-1', 5, 'Tuesday'));
      const report = await runImport(archive, file, { source: 'feed' });
      assert.equal(report.added, 2);
      const ids = await feedIds(archive);
      assert.equal(new Set(ids).size, 2);
      assert.ok(report.warnings.some((warning) => /is used twice/.test(warning)));
      const again = await runImport(archive, file, { source: 'feed' });
      assert.equal(again.unchanged, 2, 'the distinct id is the same on every import');
    });

    it('merges an item a feed repeats on another day with the same content', async () => {
      const archive = await newArchive();
      const file = await feed(item('a-1', 4, 'Same'), item('a-1', 5, 'Same'));
      const report = await runImport(archive, file, { source: 'feed' });
      assert.equal(report.added, 1);
      assert.equal(report.skipped['same entry twice in this export'], 1);
      assert.equal((await feedIds(archive)).length, 1);
    });

    it('merges a third copy of a changed item instead of writing it again', async () => {
      const archive = await newArchive();
      const file = await feed(item('a-1', 4, 'One'), item('a-1', 5, 'Two'), item('a-1', 6, 'Two'));
      const report = await runImport(archive, file, { source: 'feed' });
      assert.equal(report.added, 2);
      assert.equal(new Set(await feedIds(archive)).size, 2);
    });
  });

  describe('the lock', () => {
    const lockOf = async (archive: string, text: string) => {
      await mkdir(path.join(archive, '.inhale-cache'), { recursive: true });
      await writeFile(path.join(archive, '.inhale-cache', 'import.lock'), text);
    };
    const stale: [string, string][] = [
      ['a bare pid 1 (an older lock whose pid is now init)', '1\n'],
      ["a bare pid that is the test's own", `${process.pid}\n`],
      [
        'pid 1 with a start time that is not init’s',
        JSON.stringify({ pid: 1, started: '999999999', host: '', token: 'x', time: '' }),
      ],
      ['damaged text', 'not a lock'],
    ];
    for (const [name, text] of stale)
      it(`does not let a lock with ${name} block an import`, async () => {
        const archive = await newArchive();
        await lockOf(archive, text);
        assert.equal((await runImport(archive, TWEETS)).added, 6);
        assert.equal(existsSync(path.join(archive, '.inhale-cache', 'import.lock')), false);
      });

    it("does not let a lock naming this process's pid but no import in it block an import", async () => {
      const archive = await newArchive();
      const { hostname } = await import('node:os');
      await lockOf(
        archive,
        JSON.stringify({ pid: process.pid, host: hostname(), token: 'gone', time: '' }),
      );
      assert.equal((await runImport(archive, TWEETS)).added, 6);
    });

    it('refuses a second import while one runs, naming the lock file', async () => {
      const archive = await newArchive();
      const first = new ArchiveWriter(
        archive,
        { name: 'twitter', version: '1' },
        {
          dryRun: false,
          input: TWEETS,
        },
      );
      await first.open();
      try {
        await assert.rejects(runImport(archive, TWEETS), (error: Error) => {
          assert.match(error.message, /another import \(process \d+ /);
          assert.match(error.message, /import\.lock.*delete .*import\.lock/);
          return true;
        });
      } finally {
        await first.close();
      }
      assert.equal((await runImport(archive, TWEETS)).added, 6);
    });
  });

  describe('symbolic links', () => {
    it('refuses to import through a symlinked folder that leads out of the archive', async () => {
      const archive = await newArchive();
      const elsewhere = temporaryFolder();
      await mkdir(path.join(archive, 'twitter', '2023'), { recursive: true });
      await symlink(elsewhere, path.join(archive, 'twitter', '2023', '05'));
      await assert.rejects(runImport(archive, TWEETS), (error: Error) => {
        assert.match(error.message, /twitter\/2023\/05: a symbolic link to .* outside the archive/);
        return true;
      });
      assert.deepEqual(await readdir(elsewhere), []);
      assert.deepEqual(
        await readdir(path.join(archive, 'twitter', '2023')),
        ['05'],
        'nothing moved',
      );
    });

    it('refuses a symlinked source folder and a dangling link', async () => {
      for (const to of [temporaryFolder(), path.join(temporaryFolder(), 'gone')]) {
        const archive = await newArchive();
        await symlink(to, path.join(archive, 'twitter'));
        await assert.rejects(runImport(archive, TWEETS), /twitter: a symbolic link to/);
      }
    });

    it('refuses a cache folder that is a link out of the archive', async () => {
      const archive = await newArchive();
      await rm(path.join(archive, '.inhale-cache'), { recursive: true, force: true });
      const elsewhere = temporaryFolder();
      await symlink(elsewhere, path.join(archive, '.inhale-cache'));
      await assert.rejects(runImport(archive, TWEETS), /\.inhale-cache: a symbolic link to/);
      assert.deepEqual(await readdir(elsewhere), []);
    });

    it('follows a symlinked folder that stays inside the archive', async () => {
      const archive = await newArchive();
      await mkdir(path.join(archive, 'old-tweets'));
      await symlink(path.join(archive, 'old-tweets'), path.join(archive, 'twitter'));
      assert.equal((await runImport(archive, TWEETS)).added, 6);
      assert.ok((await readdir(path.join(archive, 'old-tweets'))).includes('2023'));
    });
  });
});
