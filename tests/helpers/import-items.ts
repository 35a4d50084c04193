/** Reading an export in memory through one importer, and the writer's promises, for tests. */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { openView } from '../../src/import/file-view.ts';
import { findSource } from '../../src/import/registry.ts';
import { runImport } from '../../src/import/run-import.ts';
import type { ImportedEntry, ImportItem } from '../../src/import/types.ts';
import { entries, newArchive, snapshot } from './archives.ts';

/** Every item the source's importer yields for the export, in memory. */
export async function readItems(
  source: string,
  input: string,
  include: string[] = [],
  config: Record<string, unknown> = {},
): Promise<ImportItem[]> {
  const view = await openView(input);
  try {
    const items: ImportItem[] = [];
    for await (const item of findSource(source).importer.read(view, {
      config: ArchiveConfigSchema.parse(config),
      include: new Set(include),
      people: new Map(),
    }))
      items.push(item);
    return items;
  } finally {
    await view.close();
  }
}

/** The entries among the items, and their number per kind. */
export function entriesOf(items: ImportItem[]): ImportedEntry[] {
  return items.flatMap((item) => (item.type === 'entry' ? [item.entry] : []));
}

export function kinds(items: ImportItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entriesOf(items))
    counts[entry.data.kind] = (counts[entry.data.kind] ?? 0) + 1;
  return counts;
}

/**
 * Imports the export into a new archive; a second import changes no byte; a hand-edited entry
 * survives a third; every read file's records add up in the coverage report. Returns the
 * archive and the first report.
 */
export async function importTwiceKeepingEdits(
  source: string,
  input: string,
  include: string[] = [],
): Promise<{ archive: string; added: number }> {
  const archive = await newArchive('Europe/London');
  const first = await runImport(archive, input, { source, include });
  assert.deepEqual(unbalanced(first.files), [], 'every read file adds up');
  const before = await snapshot(archive, source);
  const again = await runImport(archive, input, { source, include });
  assert.equal(again.added, 0);
  assert.equal(again.updated, 0);
  assert.equal(again.unchanged, first.added);
  assert.deepEqual(await snapshot(archive, source), before, 'a re-import is a byte-for-byte no-op');

  const [edited] = await entries(archive, source);
  assert.ok(edited, 'an entry to edit');
  const file = path.join(archive, edited.file);
  const text = `${await readFile(file, 'utf8')}\nMy own words.\n`;
  await writeFile(file, text);
  const third = await runImport(archive, input, { source, include });
  assert.deepEqual(third.keptEdited, [edited.file]);
  assert.equal(await readFile(file, 'utf8'), text, 'the edit survives');
  return { archive, added: first.added };
}
