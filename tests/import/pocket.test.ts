import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { parse } from 'csv-parse/sync';

import { ImportInputError, openView } from '../../src/import/file-view.ts';
import { detectSource } from '../../src/import/registry.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { entriesOf, importTwiceKeepingEdits, kinds, readItems } from '../helpers/import-items.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const WALLABAG = path.join(SHARED_FIXTURES, 'pocket', 'wallabag');
/** Synthetic, in the layout of Pocket's 2025 zip: two CSV parts and a highlights file. */
const CSV_2025 = 'tests/import/cases/pocket/csv-2025/input';

describe(
  'the Pocket importer, on wallabag’s real samples',
  { skip: sharedFixturesMissing() },
  () => {
    it('reads ril_export.html: 2 unread links, an empty Read Archive', async () => {
      // Counted independently: `grep -c '<li><a' ril_export.html` is 2, both under "Unread".
      const text = readFileSync(path.join(WALLABAG, 'ril_export.html'), 'utf8');
      assert.equal(text.match(/<li><a /g)?.length, 2);
      const items = await readItems('pocket', path.join(WALLABAG, 'ril_export.html'));
      assert.deepEqual(kinds(items), { bookmark: 2 });
      for (const entry of entriesOf(items)) {
        assert.equal(entry.data.readingStatus, 'unread');
        assert.deepEqual(entry.data.tags, ['ifttt', 'new_entry_simple']);
      }
    });

    it('reads the 2025 CSV: 7 links, 2 of them read, a title with a blank line in it', async () => {
      // Counted independently with csv-parse on its own: 7 rows, 2 with status "archive".
      const rows = parse(readFileSync(path.join(WALLABAG, 'pocket.csv')), { columns: true }) as {
        status: string;
      }[];
      assert.equal(rows.length, 7);
      assert.equal(rows.filter((row) => row.status === 'archive').length, 2);
      const entries = entriesOf(await readItems('pocket', path.join(WALLABAG, 'pocket.csv')));
      assert.equal(entries.length, 7);
      assert.equal(entries.filter((entry) => entry.data.readingStatus === 'read').length, 2);
      assert.equal(
        entries.at(-1)!.data.title,
        'Des abeilles pour résoudre les « conflits » entre les humains et les élépha',
      );
    });

    it('imports both; a second import changes no byte, and an edit survives', async () => {
      const { added } = await importTwiceKeepingEdits('pocket', WALLABAG);
      assert.equal(added, 9);
    });

    it('is detected as Pocket, not as a bookmark file', async () => {
      for (const input of [
        path.join(WALLABAG, 'ril_export.html'),
        path.join(WALLABAG, 'pocket.csv'),
      ]) {
        const view = await openView(input);
        assert.equal((await detectSource(view))?.definition.name, 'pocket');
        await view.close();
      }
    });
  },
);

describe('the Pocket importer, on synthetic exports', () => {
  it('quotes each highlight in its bookmark, and names highlights of a link not listed', async () => {
    const items = await readItems('pocket', CSV_2025);
    const slow = entriesOf(items).find((entry) => entry.data.url === 'https://slow.example/essay');
    assert.equal(slow!.body, '> Read it twice.\n\n> Two lines\n> of <b>quote</b>');
    assert.ok(
      items.some(
        (item) => item.type === 'warning' && /https:\/\/gone\.example\//.test(item.message),
      ),
    );
    const untitled = entriesOf(items).find((entry) => entry.data.url?.includes('untitled'));
    assert.equal(untitled!.data.title, undefined, 'a title that is only the URL is none');
  });

  it('names the file of a CSV that cannot be read', async () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'part_000000.csv');
    await writeFile(
      file,
      'title,url,time_added,tags,status\n"unclosed,https://a.example/,1,,unread\n',
    );
    const archive = await newArchive();
    await assert.rejects(
      runImport(archive, file, { source: 'pocket' }),
      (error: Error) =>
        error instanceof ImportInputError &&
        /part_000000\.csv: not a readable CSV/.test(error.message),
    );
  });
});
