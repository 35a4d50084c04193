/**
 * Exports cannot exhaust memory or hang an import: a file too large to read whole is skipped
 * and named, zip bombs are refused, and what is not a regular file is skipped and named.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import { ZIP_LIMITS } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { exportFolder } from '../helpers/meta-exports.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { makeZip, type ZipEntry } from '../helpers/zip.ts';

const tweets = (id: string, part = 'part0') =>
  `window.YTD.tweets.${part} = ${JSON.stringify([{ tweet: { id_str: id, created_at: 'Wed Oct 10 20:19:24 +0000 2018', full_text: `tweet ${id}` } }])}`;

async function zipFile(entries: ZipEntry[] | Buffer): Promise<string> {
  const file = path.join(temporaryFolder(), 'export.zip');
  await writeFile(file, Buffer.isBuffer(entries) ? entries : makeZip(entries));
  return file;
}

/** A zip whose central-directory entries all point at `offset(index)` instead of their own bytes. */
function pointedAt(zip: Buffer, offset: (index: number, own: number) => number): Buffer {
  const copy = Buffer.from(zip);
  const end = copy.length - 22;
  let at = copy.readUInt32LE(end + 16);
  for (let index = 0; index < copy.readUInt16LE(end + 10); index++) {
    copy.writeUInt32LE(offset(index, copy.readUInt32LE(at + 42)), at + 42);
    at += 46 + copy.readUInt16LE(at + 28) + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  return copy;
}

const saved = { ...ZIP_LIMITS };
after(() => Object.assign(ZIP_LIMITS, saved));

describe('a file too large to read whole', () => {
  it('skips a 3 GiB tweets file in a folder export, names it, and imports the other tweets', async () => {
    const folder = await exportFolder({ 'data/tweets.js': tweets('1') });
    // Sparse: no 3 GiB is written.
    execFileSync('truncate', ['-s', '3G', path.join(folder, 'data/tweets-part1.js')]);
    const report = await runImport(await newArchive(), folder, { source: 'twitter' });
    assert.equal(report.added, 1);
    assert.equal(report.skipped['file too large to read whole'], 1);
    assert.ok(report.warnings.some((warning) => warning.includes('data/tweets-part1.js')));
  });

  it('skips a zip entry over the limit, names it, and imports the rest', async () => {
    ZIP_LIMITS.fileBytes = 1000;
    try {
      const zip = await zipFile([
        { name: 'data/tweets.js', data: tweets('1') },
        { name: 'data/tweets-part1.js', data: tweets('2', 'part1') + ' '.repeat(2000) },
      ]);
      const report = await runImport(await newArchive(), zip, { source: 'twitter' });
      assert.equal(report.added, 1);
      assert.ok(report.warnings.some((warning) => warning.includes('data/tweets-part1.js')));
    } finally {
      ZIP_LIMITS.fileBytes = saved.fileBytes;
    }
  });

  it('skips a 3 GiB photo in a folder of photos (read whole for its EXIF), names it, and imports the others', async () => {
    const folder = await exportFolder({ 'a.jpg': 'photo a', 'b.jpg': 'photo b' });
    execFileSync('truncate', ['-s', '3G', path.join(folder, 'huge.jpg')]);
    const report = await runImport(await newArchive(), folder, { source: 'photos' });
    assert.equal(report.added, 2);
    assert.ok(
      report.warnings.some((warning) => warning.includes('huge.jpg')),
      report.warnings.join('\n'),
    );
  });
});

describe('a zip bomb', () => {
  const entries = ['a', 'b', 'c'].map((name) => ({
    name: `data/${name}.js`,
    data: 'x'.repeat(100),
    deflate: true,
  }));

  it('refuses a zip whose entries all point at the same bytes (overlapping-entry bomb), naming the zip', async () => {
    const zip = await zipFile(pointedAt(makeZip(entries), () => 0));
    await assert.rejects(
      runImport(await newArchive(), zip, { source: 'twitter' }),
      (error: Error) => error.message.includes(zip) && /share the same bytes/.test(error.message),
    );
  });

  it('refuses a zip whose each entry starts inside the one before (quoted overlap)', async () => {
    const zip = await zipFile(
      pointedAt(makeZip(entries), (index, own) => (index === 0 ? own : own - 10)),
    );
    await assert.rejects(
      runImport(await newArchive(), zip, { source: 'twitter' }),
      /share the same bytes/,
    );
  });

  it('refuses a zip whose entries inflate to more than the total limit, naming the zip', async () => {
    ZIP_LIMITS.totalBytes = 250;
    try {
      const zip = await zipFile(entries);
      await assert.rejects(
        runImport(await newArchive(), zip, { source: 'twitter' }),
        (error: Error) => error.message.includes(zip) && /inflate to 300 bytes/.test(error.message),
      );
    } finally {
      ZIP_LIMITS.totalBytes = saved.totalBytes;
    }
  });
});

describe('what is not a regular file', () => {
  const SPECIAL: [string, number][] = [
    ['a FIFO', 0o010644],
    ['a character device', 0o020644],
    ['a block device', 0o060644],
    ['a socket', 0o140644],
  ];
  for (const [name, mode] of SPECIAL)
    it(`skips ${name} entry in a zip, names it, and imports the rest`, async () => {
      const zip = await zipFile([
        { name: 'data/tweets.js', data: tweets('1') },
        { name: 'data/tweets-part1.js', data: tweets('2', 'part1'), mode },
      ]);
      const report = await runImport(await newArchive(), zip, { source: 'twitter' });
      assert.equal(report.added, 1);
      assert.ok(
        report.warnings.some((warning) =>
          warning.includes(`data/tweets-part1.js skipped: ${name}`),
        ),
        report.warnings.join('\n'),
      );
    });

  it('skips a FIFO in a folder export without hanging, names it, and imports the rest', async () => {
    const folder = await exportFolder({ 'a.jpg': 'photo a' });
    execFileSync('mkfifo', [path.join(folder, 'b.jpg')]);
    const report = await runImport(await newArchive(), folder, { source: 'photos' });
    assert.equal(report.added, 1);
    assert.ok(
      report.warnings.some((warning) => warning.includes('b.jpg skipped: not a regular file')),
    );
  });

  it('does not follow symbolic links out of a folder export, and names them', async () => {
    const outside = temporaryFolder();
    await mkdir(path.join(outside, 'more'), { recursive: true });
    await writeFile(path.join(outside, 'secret.jpg'), 'not part of the export');
    await writeFile(path.join(outside, 'more', 'c.jpg'), 'not part of the export either');
    const folder = await exportFolder({ 'a.jpg': 'photo a' });
    await symlink(path.join(outside, 'secret.jpg'), path.join(folder, 'b.jpg'));
    await symlink(path.join(outside, 'more'), path.join(folder, 'more'));
    const report = await runImport(await newArchive(), folder, { source: 'photos' });
    assert.equal(report.added, 1);
    for (const link of ['b.jpg', 'more'])
      assert.ok(
        report.warnings.some((warning) => warning.includes(`${link} skipped: a symbolic link`)),
      );
  });
});
