/**
 * The hash the writer tells two items with one id apart by (writer.ts, distinctId): of the
 * entry's text without its date, so a feed repeating an item on another day is one entry.
 */
import { formatEntry } from '../archive/entry-file.ts';
import { shortHash } from '../archive/paths.ts';
import type { ImportedEntry } from './types.ts';

/** The content hash of an entry as its importer yielded it. */
export function entryContent(entry: ImportedEntry, source: string): string {
  return shortHash(formatEntry({ ...entry.data, source, date: undefined }, entry.body), 16);
}

/**
 * The same hash from the text written for the entry, when that text is its front matter and
 * body with only its date and provenance added (no media, its place and id as given): formatting
 * the entry once more would cost a third of the writer's time. js-yaml writes each field of the
 * front matter from the start of a line and the rest of it indented (or, in a block of text, as
 * an empty line), so dropping the date's and the provenance's lines leaves what entryContent
 * formats (tested on every importer's cases).
 */
export function contentFromText(text: string): string {
  const end = text.indexOf('\n---\n', 3) + 1;
  let kept = '---\n';
  let isDropped = false;
  for (const line of text.slice(4, end).split('\n').slice(0, -1)) {
    if (line !== '' && !line.startsWith(' '))
      isDropped = line.startsWith('date:') || line.startsWith('provenance:');
    if (!isDropped) kept += `${line}\n`;
  }
  return shortHash(kept + text.slice(end), 16);
}
