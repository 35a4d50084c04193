import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { InhaleError } from '../../src/archive/errors.ts';
import { archiveWithSecrets, everyByte } from '../helpers/canary.ts';
import { failWrites } from '../helpers/failing-disk-core.mjs';
import { build, inhale, siteFiles } from '../helpers/output.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const FAILING_DISK = new URL('../helpers/failing-disk.mjs', import.meta.url).href;

/** A folder holding someone else's files: a web root, a home folder given as --out by mistake. */
async function foreignFolder(): Promise<string> {
  const out = path.join(temporaryFolder(), 'www');
  await mkdir(path.join(out, 'photos'), { recursive: true });
  await writeFile(path.join(out, 'index.html'), '<h1>My other site</h1>');
  await writeFile(path.join(out, 'photos', 'holiday.jpg'), 'not inhale');
  return out;
}

describe('a build into a folder that holds files inhale never wrote', () => {
  it('refuses, naming the folder and a few of the files, and leaves them alone', async () => {
    const archive = await archiveWithSecrets();
    const out = await foreignFolder();
    const refused = await build(archive, out).then(
      () => assert.fail('the build went ahead'),
      (error: Error) => error,
    );
    assert.ok(refused instanceof InhaleError, String(refused));
    assert.equal(refused.message.split('\n').length, 1);
    assert.match(refused.message, new RegExp(`^${out} holds files inhale did not write`));
    assert.match(refused.message, /index\.html, photos\/holiday\.jpg/);
    assert.match(refused.message, /--force/);
    assert.deepEqual([...(await siteFiles(out)).keys()].sort(), [
      'index.html',
      'photos/holiday.jpg',
    ]);
  });

  it('refuses through the command with one line and exit code 1, and --force takes it over', async () => {
    const archive = await archiveWithSecrets();
    const out = await foreignFolder();
    const refused = inhale(['build', '--archive', archive, '--out', out]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /^error: .* holds files inhale did not write .*--force.*\n$/);
    const forced = inhale(['build', '--archive', archive, '--out', out, '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.ok(!existsSync(path.join(out, 'photos', 'holiday.jpg')), 'taken over: removed');
    assert.doesNotMatch(await readFile(path.join(out, 'index.html'), 'utf8'), /My other site/);
    const clean = path.join(temporaryFolder(), 'clean');
    await build(archive, clean);
    assert.deepEqual(await siteFiles(out), await siteFiles(clean));
  });

  it('goes ahead in a missing or empty folder, one it built before, and keeps .git and dot files', async () => {
    const archive = await archiveWithSecrets();
    const empty = temporaryFolder();
    await build(archive, empty);
    await build(archive, path.join(temporaryFolder(), 'a', 'b', 'missing'));
    await mkdir(path.join(empty, '.git'), { recursive: true });
    await writeFile(path.join(empty, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(path.join(empty, '.nojekyll'), '');
    const again = await build(archive, empty);
    assert.equal(again.written, 0);
    assert.ok(
      existsSync(path.join(empty, '.git', 'HEAD')) && existsSync(path.join(empty, '.nojekyll')),
    );
  });

  it('removes a file put by hand into a folder inhale built, as it removes its own stale files', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'site');
    await build(archive, out);
    const before = await siteFiles(out);
    await writeFile(path.join(out, '2024', 'notes.txt'), 'dropped here');
    await mkdir(path.join(out, 'extra', 'deep'), { recursive: true });
    await writeFile(path.join(out, 'extra', 'deep', 'x.html'), 'x');
    await build(archive, out);
    assert.deepEqual(await siteFiles(out), before);
    assert.ok(!existsSync(path.join(out, 'extra')), 'an emptied folder goes too');
  });
});

describe('a page damaged or deleted by hand in the output folder', () => {
  it('is rewritten by the next build: truncated, deleted, or changed at the same size', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'site');
    await build(archive, out);
    const before = await siteFiles(out);
    await truncate(path.join(out, 'index.html'), 0);
    await rm(path.join(out, '2024', '05', '03', 'public-reply.html'));
    const day = path.join(out, '2024', '05', '01', 'index.html');
    const text = await readFile(day, 'utf8');
    await writeFile(day, text.replace('<html', '<HTML'));
    assert.equal((await stat(day)).size, Buffer.byteLength(text), 'same size, other bytes');
    await rm(path.join(out, 'search', 'manifest.js'));
    await rm(path.join(out, 'assets', 'style.css'));
    const media = [...before.keys()].filter((file) => file.startsWith('media/'));
    await rm(path.join(out, media[0]!));

    const repaired = await build(archive, out);
    assert.deepEqual(await siteFiles(out), before);
    // The pages and the index file (the stylesheet and the photo are placed, not counted).
    assert.equal(repaired.written, 4);
  });

  it('an unchanged rebuild writes nothing', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'site');
    await build(archive, out);
    assert.equal((await build(archive, out)).written, 0);
  });
});

describe('a full disk or a locked folder during a build', () => {
  for (const code of ['ENOSPC', 'EACCES'])
    it(`gives one line naming the folder, and leaves no empty or partial page (${code})`, async () => {
      const archive = await archiveWithSecrets();
      const out = path.join(temporaryFolder(), 'site');
      await build(archive, out);
      const before = await siteFiles(out);
      await writeFile(
        path.join(archive, 'journal', '2024', '05', '01-public-walk.md'),
        (
          await readFile(path.join(archive, 'journal', '2024', '05', '01-public-walk.md'), 'utf8')
        ).replace('Out on the harbour.', 'Out on the harbour, edited.'),
      );
      await rm(path.join(archive, '.inhale-cache', 'media'), { recursive: true });
      const restore = failWrites(out, { code, after: 3 });
      const failed = await build(archive, out).then(
        () => assert.fail('the build went ahead'),
        (error: Error) => error,
      );
      restore();
      assert.ok(failed instanceof InhaleError, String(failed));
      assert.equal(failed.message.split('\n').length, 1);
      assert.match(failed.message, new RegExp(`^Could not write the site into ${out}: `));
      assert.match(failed.message, code === 'ENOSPC' ? /the disk is full/ : /permission denied/);
      const after = await everyByte(out);
      assert.deepEqual(
        after.filter(({ bytes }) => bytes.length === 0).map(({ file }) => file),
        [],
      );
      for (const { file, bytes } of after)
        if (file !== '.inhale-build')
          assert.ok(
            before.has(file) || file.startsWith('2024/05/01/') || file.startsWith('search/'),
            file,
          );

      await build(archive, out);
      const clean = path.join(temporaryFolder(), 'clean');
      await build(archive, clean);
      assert.deepEqual(await siteFiles(out), await siteFiles(clean));
    });

  it('the command prints that line alone, without a stack trace, and exits with 1', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'site');
    const result = inhale(['build', '--archive', archive, '--out', out], {
      preload: FAILING_DISK,
      env: { INHALE_TEST_FAILING_DIR: out, INHALE_TEST_FAIL_AFTER: '5' },
    });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      new RegExp(
        `^error: Could not write the site into ${out}: the disk is full \\(ENOSPC on [^\\n]+\\); [^\\n]+\\n$`,
      ),
    );
    assert.doesNotMatch(result.stderr, /at |--debug/);
    const files = await everyByte(out);
    assert.deepEqual(
      files.filter(({ bytes }) => bytes.length === 0).map(({ file }) => file),
      [],
    );
  });
});
