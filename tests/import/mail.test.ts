import assert from 'node:assert/strict';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/site/archive-site.ts';
import { splitMbox } from '../../src/import/mail.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { formatReport, runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const EMAIL = path.join(SHARED_FIXTURES, 'email');

async function messagesOf(text: string, chunk = 7) {
  const bytes = Buffer.from(text);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, index) =>
    bytes.subarray(index * chunk, (index + 1) * chunk),
  );
  const out: string[] = [];
  for await (const message of splitMbox(Readable.from(chunks)))
    if ('raw' in message) out.push(message.raw.toString());
  return out;
}

describe('the mail importer', () => {
  it('splits mboxo and mboxrd, CRLF, a body line starting with From, and a missing final newline', async () => {
    const mbox =
      'From a@example.org Mon Jan  1 00:00:00 2024\r\nSubject: one\r\n\r\nFrom here on, a body line.\r\n>From quoted once\r\n>>From quoted twice\r\n\r\nFrom b@example.org Tue Jan  2 00:00:00 2024\nSubject: two\n\nlast line without newline';
    const messages = await messagesOf(mbox);
    assert.equal(messages.length, 2);
    assert.match(
      messages[0]!,
      /From here on, a body line\.\r\nFrom quoted once\r\n>From quoted twice/,
    );
    assert.match(messages[1]!, /last line without newline$/);
  });

  it(
    'imports the real samples: every message, once, private, dated by the best clue it has; again changes nothing',
    { skip: sharedFixturesMissing() },
    async () => {
      // Counted independently: one message per .eml file, and one per "From " envelope line in the mboxes.
      const eml = (await readdir(path.join(EMAIL, 'eml'))).length;
      let mboxMessages = 0;
      for (const file of await readdir(path.join(EMAIL, 'mbox')))
        mboxMessages += (
          (await readFile(path.join(EMAIL, 'mbox', file), 'latin1')).match(/^From /gm) ?? []
        ).length;
      assert.deepEqual([eml, mboxMessages], [38, 12]);
      // Counted independently: `grep -Li '^Date:' eml/*.eml` lists 6 files without a Date header
      // and none of them has a Received header (`grep -ci '^Received:'` gives 0 for each), so
      // their date is the file's; bad_date_header.eml has an empty Date and 2 Received headers.
      const eml_ = path.join(EMAIL, 'eml');
      const texts = await Promise.all(
        (await readdir(eml_)).map((name) => readFile(path.join(eml_, name), 'latin1')),
      );
      const undated = texts.filter((text) => !/^Date:/im.test(text));
      assert.equal(undated.length, 6);
      assert.ok(undated.every((text) => !/^Received:/im.test(text)));
      const archive = await newArchive();
      const report = await runImport(archive, EMAIL, { source: 'mail' });
      // Nothing is dropped for its date; 2 messages are in both an .eml and an mbox.
      assert.deepEqual(report.skipped, { 'same entry twice in this export': 2 });
      assert.equal(report.added, eml + mboxMessages - 2);
      assert.deepEqual(report.damaged, []);
      // Every file read, with its messages counted: one per .eml, one per "From " line.
      assert.deepEqual(unbalanced(report.files), []);
      assert.equal(
        report.files.filter((file) => file.status === 'read').length,
        eml + (await readdir(path.join(EMAIL, 'mbox'))).length,
      );
      assert.equal(
        report.files.reduce((sum, file) => sum + (file.records ?? 0), 0),
        eml + mboxMessages,
      );
      const before = await snapshot(archive, 'mail');
      assert.equal((await runImport(archive, EMAIL, { source: 'mail' })).unchanged, report.added);
      assert.deepEqual(await snapshot(archive, 'mail'), before);

      const all = await entries(archive, 'mail');
      assert.ok(all.every((entry) => entry.data.visibility === 'private'));
      assert.ok(
        all.some((entry) => entry.data.title === 'NOTE: 한국말로 하는 것'),
        'a ks_c_5601-1987 subject is decoded',
      );
      const bySource = (source: string) =>
        all.filter((entry) => entry.data.dateSource === source).length;
      assert.equal(bySource('received-header'), 1, 'a broken Date falls back to Received');
      assert.equal(bySource('file-time'), undated.length, 'no date clue at all: the file time');
      const byId = new Map(all.map((entry) => [entry.data.id, entry]));
      const replies = all.filter(
        (entry) => entry.data.inReplyTo && byId.has(String(entry.data.inReplyTo)),
      );
      assert.ok(replies.length >= 1, 'replies link to the message they answer');
    },
  );

  it('skips Spam and Trash, and keeps remote images of HTML mail as links', async () => {
    const folder = temporaryFolder();
    await writeFile(
      path.join(folder, 'Takeout.mbox'),
      [
        'From 1@xxx Mon Jan 01 10:00:00 +0000 2024',
        'X-Gmail-Labels: Spam',
        'Date: Mon, 1 Jan 2024 10:00:00 +0000',
        'Subject: win money',
        '',
        'spam',
        '',
        'From 2@xxx Mon Jan 01 11:00:00 +0000 2024',
        'X-Gmail-Labels: Inbox,Travel,"Family, close"',
        'Message-ID: <newsletter@example.org>',
        'Date: Mon, 1 Jan 2024 11:00:00 +0100',
        'From: Shop <shop@example.org>',
        'To: Robin <robin@example.org>',
        'Subject: =?UTF-8?B?w5xiZXJyYXNjaHVuZw==?=',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Hello <img src="https://tracker.example/open.gif?u=1" alt="pixel"><script>alert(1)</script></p>',
        '',
      ].join('\n'),
    );
    const archive = await newArchive('Europe/Berlin');
    const report = await runImport(archive, folder);
    assert.equal(report.source, 'mail');
    assert.equal(report.added, 1);
    assert.equal(report.skipped['in Spam or Trash'], 1);
    const [mail] = await entries(archive, 'mail');
    assert.equal(mail!.data.title, 'Überraschung');
    assert.deepEqual(mail!.data.tags, ['Travel', 'Family, close']);
    assert.deepEqual(mail!.data.people, ['Shop', 'Robin']);
    assert.equal(mail!.data.date, '2024-01-01T11:00:00+01:00');
    assert.match(mail!.body, /\[pixel\]\(https:\/\/tracker\.example\/open\.gif\?u=1\)/);
    assert.doesNotMatch(mail!.body, /script|alert/);
  });

  it('marks sent mail, leaves out list mail when asked, and reports an attachment over the cap', async () => {
    const folder = temporaryFolder();
    const message = (id: number, from: string, extra: string[], body: string) =>
      [
        `From ${from} Mon Jan 01 1${id}:00:00 2024`,
        `Message-ID: <${id}@x>`,
        `Date: Mon, 1 Jan 2024 1${id}:00:00 +0000`,
        `From: ${from}`,
        'To: someone@example.org',
        `Subject: m${id}`,
        ...extra,
        '',
        body,
        '',
      ].join('\n');
    const big = Buffer.alloc(3000, 1).toString('base64');
    await writeFile(
      path.join(folder, 'mail.mbox'),
      [
        message(1, 'robin@example.org', [], 'I wrote this.'),
        message(
          2,
          'list@lists.example.org',
          ['List-Id: <news.lists.example.org>'],
          'A newsletter.',
        ),
        message(
          3,
          'sam@example.org',
          ['MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'],
          `--b\nContent-Type: text/plain\n\nSee attached.\n--b\nContent-Type: application/octet-stream; name="big.bin"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="big.bin"\n\n${big}\n--b--`,
        ),
      ].join('\n'),
    );
    const archive = await newArchive();
    const config = path.join(archive, 'inhale.yaml');
    await writeFile(
      config,
      `${await readFile(config, 'utf8')}mail:\n  addresses: [Robin@Example.org]\n  skipLists: true\n  maxAttachmentBytes: 1000\n`,
    );
    const report = await runImport(archive, folder, { source: 'mail' });
    assert.equal(report.added, 2);
    assert.equal(report.skipped['mailing-list mail (mail.skipLists)'], 1);
    assert.ok(
      report.warnings.some((warning) =>
        /big\.bin \(3000 bytes\) is over mail\.maxAttachmentBytes/.test(warning),
      ),
    );
    const byTitle = new Map(
      (await entries(archive, 'mail')).map((entry) => [entry.data.title, entry]),
    );
    assert.equal(byTitle.get('m1')!.data.direction, 'sent');
    assert.equal(byTitle.get('m3')!.data.direction, 'received');
    assert.equal(byTitle.get('m3')!.data.media, undefined);
  });

  it(
    'survives 10,000 nested parts and a 1 MB header line, and imports the rest of the mailbox',
    { timeout: 120_000 },
    async () => {
      const depth = 10_000;
      let nested = 'Content-Type: text/plain\n\ninnermost\n';
      for (let level = depth; level > 0; level--)
        nested = `Content-Type: multipart/mixed; boundary="b${level}"\n\n--b${level}\n${nested}--b${level}--\n`;
      const folder = temporaryFolder();
      await writeFile(
        path.join(folder, 'hostile.mbox'),
        [
          'From a@x Mon Jan 01 10:00:00 2024',
          'Message-ID: <deep@x>',
          'Date: Mon, 1 Jan 2024 10:00:00 +0000',
          'Subject: deep',
          `MIME-Version: 1.0`,
          nested,
          'From b@x Mon Jan 01 11:00:00 2024',
          'Message-ID: <long@x>',
          'Date: Mon, 1 Jan 2024 11:00:00 +0000',
          `X-Long: ${'x'.repeat(1024 * 1024)}`,
          'Subject: long header',
          '',
          'body',
          '',
          'From c@x Mon Jan 01 12:00:00 2024',
          'Message-ID: <fine@x>',
          'Date: Mon, 1 Jan 2024 12:00:00 +0000',
          'Subject: fine',
          '',
          'fine',
          '',
        ].join('\n'),
      );
      const report = await runImport(await newArchive(), folder, { source: 'mail' });
      const skipped = Object.values(report.skipped).reduce((sum, count) => sum + count, 0);
      assert.equal(report.added + skipped, 3, JSON.stringify(report.skipped));
      assert.ok(report.added >= 2, 'the long header and the plain message are imported');
    },
  );

  it('groups conversations by References and Gmail thread ids, names people from the people file, flags unknown charsets', async () => {
    const folder = temporaryFolder();
    const message = (id: string, hour: number, headers: string[], body = 'Text.') =>
      [
        `From x@example.org Mon Jan 01 ${hour}:00:00 2024`,
        `Message-ID: <${id}@x>`,
        `Date: Mon, 1 Jan 2024 ${hour}:00:00 +0000`,
        'From: Lena F <LENA@example.org>',
        'To: Robin <robin@example.org>, Sam Ortega <sam@example.org>',
        `Subject: ${id}`,
        ...headers,
        '',
        body,
        '',
      ].join('\n');
    await writeFile(
      path.join(folder, 'mail.mbox'),
      [
        // A thread whose middle message is not in the export: References still joins them.
        message('root', 10, []),
        message('third', 12, ['In-Reply-To: <second@x>', 'References: <root@x> <second@x>']),
        // Gmail's thread id joins messages that name no parent at all.
        message('g1', 13, ['X-GM-THRID: 1780000000000000001']),
        message('g2', 14, ['X-GM-THRID: 1780000000000000001']),
        message('alone', 15, []),
        message('odd', 16, ['MIME-Version: 1.0', 'Content-Type: text/plain; charset=x-martian-7']),
      ].join('\n'),
    );
    const archive = await newArchive();
    await writeFile(
      path.join(archive, 'inhale.yaml'),
      `${await readFile(path.join(archive, 'inhale.yaml'), 'utf8')}mail:\n  addresses: [robin@example.org]\n`,
    );
    await writeFile(path.join(archive, 'people.yaml'), 'Lena Fischer:\n  - lena@example.org\n');
    const report = await runImport(archive, folder, { source: 'mail' });
    assert.equal(report.added, 6);
    assert.ok(
      report.warnings.some((warning) =>
        /unknown charset x-martian-7; decoded best-effort/.test(warning),
      ),
      report.warnings.join('\n'),
    );
    const byTitle = new Map(
      (await entries(archive, 'mail')).map((entry) => [entry.data.title, entry.data]),
    );
    // The owner is left out; the people file gives Lena her name.
    assert.deepEqual(byTitle.get('root')!.people, ['Lena Fischer', 'Sam Ortega']);
    assert.equal(byTitle.get('third')!.thread, byTitle.get('root')!.id);
    assert.equal(byTitle.get('g1')!.thread, 'gmail:1780000000000000001');

    const out = path.join(temporaryFolder(), 'out');
    const site = new ArchiveSite(archive, out);
    await site.build();
    await site.close();
    const pageOf = async (title: string) => {
      const files = (await readdir(out, { recursive: true })).filter((file) =>
        new RegExp(`/${title}-[0-9a-f]+\\.html$`).test(file),
      );
      return readFile(path.join(out, files[0]!), 'utf8');
    };
    // Each conversation page lists the whole thread.
    assert.match(await pageOf('third'), /root[\s\S]*third/);
    assert.match(await pageOf('g1'), /g1[\s\S]*g2/);
    assert.doesNotMatch(await pageOf('alone'), /g1|root/);
  });

  it('tells its progress through a large mailbox in bytes', async () => {
    const folder = temporaryFolder();
    const body = `${'A long line of a long mail. '.repeat(30)}\n`.repeat(700); // ~590 KB
    const messages = Array.from({ length: 30 }, (_, index) =>
      [
        `From a@example.org Mon Jan 01 10:${String(index).padStart(2, '0')}:00 2024`,
        `Message-ID: <big${index}@x>`,
        `Date: Mon, 1 Jan 2024 10:${String(index).padStart(2, '0')}:00 +0000`,
        'From: a@example.org',
        `Subject: big ${index}`,
        '',
        body,
      ].join('\n'),
    );
    const mbox = path.join(folder, 'big.mbox');
    await writeFile(mbox, messages.join('\n'));
    const size = (await readFile(mbox)).length;
    const seen: { done: number; total?: number }[] = [];
    const report = await runImport(await newArchive(), folder, {
      source: 'mail',
      dryRun: true,
      onProgress: (_, bytes) => bytes && seen.push(bytes),
    });
    assert.equal(report.added, 30);
    assert.equal(seen.length, Math.floor(size / (8 << 20)));
    assert.ok(
      seen.every((bytes, index) => bytes.total === size && bytes.done >= (index + 1) * (8 << 20)),
    );
  });

  it('names a binary file called .mbox as damaged and imports the other mailboxes', async () => {
    const folder = temporaryFolder();
    await writeFile(
      path.join(folder, 'broken.mbox'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
    );
    await writeFile(
      path.join(folder, 'good.mbox'),
      'From a@x Mon Jan  1 10:00:00 2024\nMessage-ID: <good@x>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\nSubject: fine\n\nbody\n',
    );
    const report = await runImport(await newArchive(), folder, { source: 'mail' });
    assert.equal(report.added, 1);
    assert.equal(report.damaged.length, 1);
    assert.match(report.damaged[0]!, /^broken\.mbox: not an mbox/);
    assert.match(formatReport(report), /damaged, not imported: broken\.mbox \(not an mbox/);
  });

  it('keeps a message without a Date: dated by the envelope, Received, then the file time; only an empty file is skipped', async () => {
    const folder = temporaryFolder();
    // Synthetic, in the mbox format of RFC 4155 and Gmail Takeout's envelope (offset before the year).
    await writeFile(
      path.join(folder, 'Takeout.mbox'),
      [
        'From 1@xxx Tue Mar 05 09:30:00 +0000 2013',
        'Message-ID: <envelope@x>',
        'Subject: dated by its envelope',
        '',
        'one',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(folder, 'received.eml'),
      [
        'Received: from mx.example.org by mail.example.org; Wed, 6 Mar 2013 10:00:00 +0100',
        'Message-ID: <received@x>',
        'Date: not a date at all',
        'Subject: dated by Received',
        '',
        'two',
      ].join('\n'),
    );
    await writeFile(
      path.join(folder, 'bare.eml'),
      'Message-ID: <bare@x>\nSubject: dated by its file\n\nthree\n',
    );
    const fileTime = new Date('2014-07-08T12:00:00Z');
    await utimes(path.join(folder, 'bare.eml'), fileTime, fileTime);
    await writeFile(path.join(folder, 'empty.eml'), '');
    await writeFile(path.join(folder, 'empty.mbox'), '\n');
    const archive = await newArchive();
    const report = await runImport(archive, folder, { source: 'mail' });
    assert.equal(report.added, 3);
    assert.deepEqual(report.skipped, { 'empty file': 2 });
    assert.deepEqual(unbalanced(report.files), []);
    assert.deepEqual(
      report.files.filter((file) => file.status === 'not-imported').map((file) => file.file),
      ['empty.eml', 'empty.mbox'],
    );
    const byTitle = new Map(
      (await entries(archive, 'mail')).map((entry) => [entry.data.title, entry.data]),
    );
    assert.deepEqual(
      [
        byTitle.get('dated by its envelope')!.dateSource,
        byTitle.get('dated by its envelope')!.date,
      ],
      ['mbox-envelope', '2013-03-05T09:30:00+00:00'],
    );
    assert.deepEqual(
      [byTitle.get('dated by Received')!.dateSource, byTitle.get('dated by Received')!.date],
      ['received-header', '2013-03-06T09:00:00+00:00'],
    );
    assert.deepEqual(
      [byTitle.get('dated by its file')!.dateSource, byTitle.get('dated by its file')!.date],
      ['file-time', '2014-07-08T12:00:00+00:00'],
    );
    const before = await snapshot(archive, 'mail');
    assert.equal((await runImport(archive, folder, { source: 'mail' })).unchanged, 3);
    assert.deepEqual(await snapshot(archive, 'mail'), before);
  });
});
