import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { markdownText } from '../../src/import/telegram-text.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const SAMPLES = path.join(SHARED_FIXTURES, 'telegram');
const CASE = path.join(REPO, 'tests', 'import', 'cases', 'telegram', 'full-export', 'input');

interface Counted {
  type?: string;
  action?: string;
}

/**
 * Messages and service records of an export counted without the importer, as
 * `jq '[(.chats.list // [.])[] | .messages[]] | length'` and the same filtered on
 * `.type == "service"` whose action is not a call.
 */
function count(file: string): { records: number; service: number } {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    chats?: { list: { messages: Counted[] }[] };
    messages?: Counted[];
  };
  const messages = (parsed.chats?.list ?? [parsed]).flatMap((chat) => chat.messages ?? []);
  return {
    records: messages.length,
    service: messages.filter((m) => m.type === 'service' && !/call/.test(m.action ?? '')).length,
  };
}

describe('Telegram text', () => {
  it('reads a string or a list of parts, keeping bold and safe links only', () => {
    assert.equal(markdownText({ text: 'a *b*' }), 'a \\*b\\*');
    assert.equal(
      markdownText({
        text: ['x ', { type: 'link', text: 'https://e.org/' }],
        text_entities: [
          { type: 'bold', text: 'x' },
          { type: 'plain', text: ' ' },
          { type: 'text_link', text: 'here', href: 'javascript:alert(1)' },
        ],
      }),
      '**x** here',
    );
  });
});

describe('the Telegram importer', () => {
  it('imports every sample export: each message an entry, each service record skipped', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    const exports = [
      ...readdirSync(path.join(SAMPLES, 'chat-history-manager')).map((name) =>
        path.join(SAMPLES, 'chat-history-manager', name, 'result.json'),
      ),
      path.join(SAMPLES, 'chat-analytics', 'DM_2A_7M.json'),
    ];
    // The one record without words or media that is not a service record, found by reading:
    // in telegram_2024-01_inline-bot-buttons, a message of an auth button only.
    const empty: Record<string, number> = { 'telegram_2024-01_inline-bot-buttons': 1 };
    let total = 0;
    for (const file of exports) {
      const name = path.basename(path.dirname(file));
      const { records, service } = count(file);
      const archive = await newArchive('UTC');
      const report = await runImport(
        archive,
        file.endsWith('result.json') ? path.dirname(file) : file,
        {
          source: 'telegram',
        },
      );
      const skipped = Object.values(report.skipped).reduce((sum, n) => sum + n, 0);
      assert.equal(skipped, service + (empty[name] ?? 0), `${name}: skipped`);
      assert.equal(report.added, records - skipped, `${name}: added`);
      assert.deepEqual(unbalanced(report.files), [], `${name}: records add up`);
      total += report.added;
    }
    // 18 exports, 107 records of which 25 service records and 1 empty message.
    assert.equal(total, 81);
  });

  it('links replies, media and the owner; a second import changes nothing; an edit is kept', async () => {
    const archive = await newArchive('UTC');
    const report = await runImport(archive, CASE);
    assert.equal(report.source, 'telegram');
    assert.equal(report.added, 6);
    const written = new Map((await entries(archive, 'telegram')).map((e) => [e.data.id, e]));
    assert.equal(written.get('telegram:2002-3')!.data.inReplyTo, 'telegram:2002-2');
    assert.equal(written.get('telegram:2002-3')!.data.direction, 'sent');
    assert.equal(written.get('telegram:2002-4')!.data.direction, 'received');
    assert.equal((written.get('telegram:2002-4')!.data.media as unknown[]).length, 1);
    for (const entry of written.values()) assert.equal(entry.data.visibility, 'private');
    const before = await snapshot(archive, 'telegram');
    assert.equal((await runImport(archive, CASE)).unchanged, 6);
    assert.deepEqual(await snapshot(archive, 'telegram'), before);
    const file = path.join(archive, written.get('telegram:2002-2')!.file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Hello', 'Hi'));
    assert.equal((await runImport(archive, CASE)).keptEdited.length, 1);
  });

  it('keeps a photo path that climbs out of the export as a note: ../../../etc/passwd is not read', async () => {
    const archive = await newArchive('UTC');
    await runImport(archive, CASE);
    const forwarded = (await entries(archive, 'telegram')).find(
      (e) => e.data.id === 'telegram:2002-6',
    )!;
    assert.equal(forwarded.data.media, undefined);
    assert.match(forwarded.body, /photo not included in the export/);
    assert.match(forwarded.body, /\\<img src=x onerror=alert\(1\)\\>/);
  });

  it('names a damaged result.json', async () => {
    const folder = temporaryFolder();
    await writeFile(path.join(folder, 'result.json'), '{"chats": {"list": [{"messages": [');
    const archive = await newArchive('UTC');
    await assert.rejects(
      runImport(archive, folder, { source: 'telegram' }),
      /result\.json: not valid JSON/,
    );
  });
});
