import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { formatEntry } from '../../src/archive/entry-file.ts';
import { contentFromText, entryContent } from '../../src/import/entry-content.ts';
import { ZERO_HASH } from '../../src/import/own-files.ts';
import type { ImportedEntry } from '../../src/import/types.ts';
import { REPO } from '../helpers/paths.ts';

const CASES = path.join(REPO, 'tests', 'import', 'cases');

/** Every entry the importers' cases yield, with its source. */
function caseEntries(): [string, ImportedEntry][] {
  const found: [string, ImportedEntry][] = [];
  for (const source of readdirSync(CASES))
    for (const name of readdirSync(path.join(CASES, source))) {
      const items = JSON.parse(
        readFileSync(path.join(CASES, source, name, 'expected.json'), 'utf8'),
      ) as { type: string; entry?: ImportedEntry }[];
      for (const item of items) if (item.entry) found.push([source, item.entry]);
    }
  return found;
}

describe('the content hash of an entry', () => {
  it('is the same from its written text as from formatting it again, for every case of every importer', () => {
    const found = caseEntries();
    assert.ok(found.length > 150, `only ${found.length} entries in the cases`);
    for (const [source, entry] of found) {
      const data = entry.data as Record<string, unknown>;
      const text = formatEntry(
        {
          ...data,
          source,
          id: data.id,
          provenance: { file: entry.file, importer: source, version: '1', hash: ZERO_HASH },
        },
        entry.body,
      );
      assert.equal(contentFromText(text), entryContent(entry, source), `${source}: ${data.id}`);
    }
  });

  it('leaves out the date whatever its form, and a block of text with empty lines stays whole', () => {
    const entry: ImportedEntry = {
      data: {
        id: 'notes:1',
        kind: 'note',
        date: '2024-01-01T10:00:00+01:00',
        title: 'Two\n\nparagraphs',
        tags: ['a', 'b'],
      },
      body: 'Text.',
      media: [],
      file: 'notes.txt',
    };
    const text = formatEntry(
      { ...entry.data, source: 'notes', provenance: { file: 'x\n\ny', hash: ZERO_HASH } },
      entry.body,
    );
    assert.match(text, /\n\n/, 'the title is written as a block with an empty line');
    assert.equal(contentFromText(text), entryContent(entry, 'notes'));
    const other = { ...entry, data: { ...entry.data, date: '2025-06-01' } };
    assert.equal(entryContent(other, 'notes'), entryContent(entry, 'notes'));
  });
});
