import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { chatName } from '../../src/import/whatsapp.ts';
import { parseChat } from '../../src/import/whatsapp-chat.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/paths.ts';

const SAMPLES = path.join(SHARED_FIXTURES, 'whatsapp');
const CASES = path.join(REPO, 'tests', 'import', 'cases', 'whatsapp');

/**
 * Messages in a chat file counted without the importer: as `grep -c` would, the lines that,
 * once direction marks are gone, start with `[` and a digit (iOS) or with a date, a time and
 * ` - ` (Android).
 */
function countMessages(file: string): number {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/[\u200e\u200f\u202a-\u202e\u061c]/g, ''))
    .filter((line) =>
      /^(\[\d|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\S{0,2} \d{1,2}[:.]\d{2} - )/.test(line),
    ).length;
}

describe('parsing a WhatsApp chat', () => {
  it('reads iOS and Android lines, multi-line messages and direction marks', () => {
    const chat = parseChat(
      '\u200e[27/03/2022, 21:41:55] Ana: \u200e<attached: 1.jpg>\r\n[27/03/2022, 21:42:00] Sam: two\r\nlines\r\n',
    );
    assert.deepEqual(
      chat.messages.map((m) => [m.local, m.sender, m.text, m.generated]),
      [
        ['2022-03-27T21:41:55', 'Ana', '<attached: 1.jpg>', true],
        ['2022-03-27T21:42:00', 'Sam', 'two\nlines', false],
      ],
    );
    const android = parseChat('3/27/22, 9:05 PM - Ana: hi\n3/27/22, 9:06 PM - Sam left\n');
    assert.deepEqual(
      android.messages.map((m) => [m.local, m.sender ?? null]),
      [
        ['2022-03-27T21:05:00', 'Ana'],
        ['2022-03-27T21:06:00', null],
      ],
    );
  });

  it('infers the day/month order from a part above 12, per date shape, and obeys an override', () => {
    assert.equal(
      parseChat('1/2/22, 10:00 - A: x\n25/2/22, 10:00 - A: y\n').messages[0]!.local,
      '2022-02-01T10:00:00',
    );
    assert.equal(
      parseChat('1/2/22, 10:00 - A: x\n2/25/22, 10:00 - A: y\n').messages[0]!.local,
      '2022-01-02T10:00:00',
    );
    const ambiguous = parseChat('1/2/22, 10:00 - A: x\n');
    assert.equal(ambiguous.ambiguous, true);
    assert.equal(
      parseChat('1/2/22, 10:00 - A: x\n', 'mdy').messages[0]!.local,
      '2022-01-02T10:00:00',
    );
    // One file, two shapes (a test harness's mix): each shape settles its own order.
    const mixed = parseChat('6/30/23, 16:13 - A: x\n30/6/2023, 16:15 - A: y\n');
    assert.deepEqual(
      mixed.messages.map((m) => m.local),
      ['2023-06-30T16:13:00', '2023-06-30T16:15:00'],
    );
  });

  it('reads Buddhist and Japanese era years, time-first stamps and 4-digit years first', () => {
    const local = (text: string) => parseChat(text).messages[0]?.local;
    assert.equal(local('[3/18/2565 BE, 14:56:01] A: x'), '2022-03-18T14:56:01');
    assert.equal(local('[3/18/R4, 14:56:01] A: x'), '2022-03-18T14:56:01');
    assert.equal(local('[14:56:01, 3/18/22] A: x'), '2022-03-18T14:56:01');
    assert.equal(local('[2020-05-01, 12:00:05] A: x'), '2020-05-01T12:00:05');
    assert.equal(local('[18/3/2022، 14:56:01] A: x'), '2022-03-18T14:56:01');
  });

  it('names a chat from its file or, for _chat.txt, its folder or zip', () => {
    assert.equal(chatName('WhatsApp Chat with Sam.txt', 'x'), 'Sam');
    assert.equal(chatName('WhatsApp Chat - Sam/_chat.txt', 'x'), 'Sam');
    assert.equal(chatName('_chat.txt', '/d/WhatsApp Chat - Elon Musk.zip'), 'Elon Musk');
  });
});

describe('the WhatsApp importer', () => {
  it('imports every message of each real sample, accounting for every line', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    // Entries and skips measured on each sample; their sum is checked against countMessages.
    // Skipped: notices (encryption, members, security codes, timers), deleted messages and
    // Android's "null" (view-once) lines.
    const expected: [string, number, number][] = [
      ['timelinize', 15, 4],
      ['chat-history-manager', 10, 3],
      ['chat-analytics', 16, 3],
      ['whats_json/android', 215, 45],
      ['whats_json/ios', 391, 24],
      ['whats_json/calendars', 64, 17],
    ];
    for (const [folder, added, skipped] of expected) {
      const dir = path.join(SAMPLES, folder);
      const lines = readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .reduce((sum, name) => sum + countMessages(path.join(dir, name)), 0);
      assert.equal(added + skipped, lines, `${folder}: every message line is an entry or a skip`);
      const archive = await newArchive('Europe/London');
      const report = await runImport(archive, dir, { source: 'whatsapp' });
      assert.equal(report.added, added, `${folder}: added`);
      assert.equal(
        Object.values(report.skipped).reduce((sum, count) => sum + count, 0),
        skipped,
        `${folder}: skipped`,
      );
      assert.deepEqual(unbalanced(report.files), [], `${folder}: records add up`);
    }
  });

  it('reads a zipped chat, detected as WhatsApp, named by its zip', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    const archive = await newArchive('UTC');
    const zip = path.join(SAMPLES, 'whats_json', 'ios', 'WhatsApp Chat - Elon Musk (RU).zip');
    const report = await runImport(archive, zip);
    assert.equal(report.source, 'whatsapp');
    // 25 message lines (unzip -p … | grep -c '^.\?\[[0-9]'), the encryption notice skipped.
    assert.equal(report.added, 24);
    const written = await entries(archive, 'whatsapp');
    assert.ok(written.every((entry) => entry.data.title === 'Elon Musk (RU)'));
    assert.ok(written.every((entry) => entry.data.visibility === 'private'));
  });

  it('imports a chat with its media; a second import changes nothing and a hand edit survives', async () => {
    const archive = await newArchive('Europe/London');
    const input = path.join(CASES, 'ios-with-media', 'input');
    const report = await runImport(archive, input);
    assert.equal(report.source, 'whatsapp');
    assert.equal(report.added, 5);
    const written = await entries(archive, 'whatsapp');
    const photo = written.find((entry) => (entry.data.media as unknown[] | undefined)?.length);
    assert.ok(photo, 'the attached photo is linked');
    // Summer time in London: the export's wall-clock time gets the archive zone's offset.
    assert.match(String(photo.data.date), /^2022-03-27T21:41:55\+01:00$/);
    const before = await snapshot(archive, 'whatsapp');
    const again = await runImport(archive, input);
    assert.equal(again.unchanged, 5);
    assert.deepEqual(await snapshot(archive, 'whatsapp'), before);

    const edited = path.join(archive, written.find((e) => /Morning/.test(e.body))!.file);
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('Morning', 'Good morning'));
    const third = await runImport(archive, input);
    assert.equal(third.keptEdited.length, 1);
    assert.match(await readFile(edited, 'utf8'), /Good morning/);
  });

  it('keeps a path in an attachment line as text: ../../etc/passwd is not read', async () => {
    const archive = await newArchive('UTC');
    await runImport(archive, path.join(CASES, 'ios-with-media', 'input'));
    const written = await entries(archive, 'whatsapp');
    const escape = written.find((entry) => /passwd/.test(entry.body))!;
    assert.deepEqual(escape.data.media ?? [], []);
  });
});
