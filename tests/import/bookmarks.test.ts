import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { bookmarksImporter } from '../../src/import/bookmarks.ts';
import { parseNetscape } from '../../src/import/bookmarks/netscape.ts';
import { BufferView, ImportInputError } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { entriesOf, importTwiceKeepingEdits, kinds, readItems } from '../helpers/import-items.ts';

const NETSCAPE = path.join(SHARED_FIXTURES, 'bookmarks', 'netscape');
const missing = sharedFixturesMissing();

/**
 * Each real sample's bookmarks, notes and links left out. Counted independently of the importer
 * with `grep -o -i '<a href="' <file> | wc -l` (every link), `grep -o -i 'href="place:'` (Firefox's
 * smart folders, not web pages) and `grep -o -i 'href="?'` (Shaarli notes, links to themselves);
 * the test counts the same way with a regular expression below.
 */
const SAMPLES: Record<
  string,
  { bookmark?: number; note?: number; skipped: number; private: number }
> = {
  'chromium_nested.htm': { bookmark: 18, skipped: 0, private: 0 },
  'delicious.htm': { bookmark: 5, skipped: 0, private: 1 },
  'empty.htm': { skipped: 0, private: 0 },
  'firefox_nested.htm': { bookmark: 21, skipped: 3, private: 0 },
  'google_bookmarks_nested.htm': { bookmark: 6, skipped: 0, private: 0 },
  'internet_explorer_11_nested.htm': { bookmark: 27, skipped: 0, private: 0 },
  'netscape_multiline.htm': { bookmark: 3, skipped: 0, private: 0 },
  'safari_folded.htm': { bookmark: 3, skipped: 0, private: 0 },
  'scuttle_new_line.htm': { bookmark: 1, skipped: 0, private: 0 },
  'shaarli.htm': { bookmark: 5, note: 1, skipped: 0, private: 2 },
  'shaarli_legacy.htm': { bookmark: 2, skipped: 0, private: 1 },
  'shaarli_with_tabs_and_spaces.htm': { note: 1, skipped: 0, private: 1 },
};

describe('the bookmarks importer', { skip: missing }, () => {
  for (const [file, expected] of Object.entries(SAMPLES)) {
    it(`reads ${file}: ${expected.bookmark ?? 0} bookmark(s), ${expected.note ?? 0} note(s)`, async () => {
      const text = readFileSync(path.join(NETSCAPE, file), 'utf8');
      const links = text.match(/<a\s+href="/gi)?.length ?? 0;
      const smart = text.match(/href="place:/gi)?.length ?? 0;
      const notes = text.match(/href="\?/gi)?.length ?? 0;
      assert.equal((expected.bookmark ?? 0) + (expected.note ?? 0), links - smart);
      assert.equal(expected.note ?? 0, notes);
      assert.equal(expected.skipped, smart);
      assert.equal(expected.private, text.match(/PRIVATE="1"/g)?.length ?? 0);

      const items = await readItems('bookmarks', path.join(NETSCAPE, file));
      const counts: Record<string, number> = {};
      if (expected.bookmark) counts.bookmark = expected.bookmark;
      if (expected.note) counts.note = expected.note;
      assert.deepEqual(kinds(items), counts);
      assert.equal(items.filter((item) => item.type === 'skip').length, expected.skipped);
      assert.equal(
        entriesOf(items).filter((entry) => entry.data.visibility === 'private').length,
        expected.private,
        'PRIVATE="1" makes a bookmark private',
      );
      assert.deepEqual(
        items.find((item) => item.type === 'file'),
        {
          type: 'file',
          account: { file, status: 'read', records: links },
        },
      );
    });
  }

  it('imports a link filed in several files of the export once', async () => {
    // Counted independently: the distinct HREFs of every sample, but Firefox's place: links.
    const hrefs = new Set(
      Object.keys(SAMPLES).flatMap((file) =>
        [...readFileSync(path.join(NETSCAPE, file), 'utf8').matchAll(/<a\s+href="([^"]*)"/gi)]
          .map((match) => match[1]!.replace(/&amp;/g, '&'))
          .filter((href) => !href.startsWith('place:')),
      ),
    );
    const entries = entriesOf(await readItems('bookmarks', NETSCAPE));
    assert.equal(entries.length, hrefs.size);
    assert.equal(new Set(entries.map((entry) => entry.data.id)).size, entries.length);
  });

  it('turns folders into tags, without the browser’s own root folders', async () => {
    const items = await readItems(
      'bookmarks',
      path.join(NETSCAPE, 'internet_explorer_11_nested.htm'),
    );
    const matplotlib = entriesOf(items).find((entry) => entry.data.url?.includes('XKCD-plots'));
    assert.deepEqual(matplotlib?.data.tags, ['Dev', 'Python']);
    const chromium = entriesOf(
      await readItems('bookmarks', path.join(NETSCAPE, 'chromium_nested.htm')),
    );
    assert.equal(chromium[0]!.data.tags, undefined, 'the Personal toolbar is no tag');
  });

  it('keeps a multi-line description whole and reads Google’s microsecond dates', async () => {
    const [first] = entriesOf(
      await readItems('bookmarks', path.join(NETSCAPE, 'netscape_multiline.htm')),
    );
    assert.equal(first!.body, 'List:\n- item1\n- item2\n- item3');
    const [google] = entriesOf(
      await readItems('bookmarks', path.join(NETSCAPE, 'google_bookmarks_nested.htm')),
    );
    assert.equal(google!.data.date, '2018-01-09T16:34:57+00:00');
    assert.deepEqual(google!.data.tags, undefined, 'Unlabeled is no tag');
  });

  it('dates a Safari bookmark, which has no ADD_DATE, by the file’s time and says so', async () => {
    const view = new BufferView(
      'Safari.html',
      'Safari.html',
      readFileSync(path.join(NETSCAPE, 'safari_folded.htm')),
      Date.UTC(2024, 4, 1, 12),
    );
    const items = [];
    for await (const item of bookmarksImporter.read(view, {
      config: ArchiveConfigSchema.parse({}),
      include: new Set(),
      people: new Map(),
    }))
      items.push(item);
    const entries = entriesOf(items);
    assert.equal(entries.length, 3);
    for (const entry of entries) {
      assert.equal(entry.data.date, '2024-05-01T12:00:00+00:00');
      assert.equal(entry.data.dateSource, 'file-time');
    }
    assert.deepEqual(entries[2]!.data.tags, ['Autre Divers', 'doc']);
  });

  it('imports a browser’s export; a second import changes no byte, and an edit survives', async () => {
    const { added } = await importTwiceKeepingEdits(
      'bookmarks',
      path.join(NETSCAPE, 'firefox_nested.htm'),
    );
    assert.equal(added, 21);
  });

  it('names the file when it is not a bookmark file', async () => {
    const archive = await newArchive();
    await assert.rejects(
      runImport(archive, path.join(SHARED_FIXTURES, 'pocket', 'wallabag', 'ril_export.html'), {
        source: 'bookmarks',
      }),
      (error: Error) =>
        error instanceof ImportInputError &&
        /ril_export\.html: no bookmark file here/.test(error.message),
    );
  });
});

describe('bookmark files, in memory', () => {
  it('a javascript:, data: or file: link is never kept, and a description stays text', () => {
    const [script, data, file, ordinary] = parseNetscape(
      readFileSync('tests/import/cases/bookmarks/hostile/input/bookmarks.html', 'utf8'),
    );
    assert.match(script!.href, /^javascript:/);
    assert.match(data!.href, /^data:/);
    assert.match(file!.href, /^file:/);
    assert.doesNotMatch(ordinary!.description ?? '', /<script|<img|onerror/);
  });
});
