/**
 * Exports that are files of one kind known by their names (`.ics` calendars, `.vcf` contacts):
 * how surely a view is one, and which of its files to read.
 */
import { FileTooLargeError, ImportInputError, type FileView } from './file-view.ts';
import { tooLarge } from './records.ts';
import type { ImportItem } from './types.ts';

/**
 * 1 when every file of the view is named like `pattern` (a folder of nothing but them, or one
 * such file), 0.4 when some are among other files, 0 when none is.
 */
export async function detectNamedFiles(view: FileView, pattern: RegExp): Promise<number> {
  const files = await view.list();
  const named = files.filter((file) => pattern.test(file));
  if (named.length === 0) return 0;
  return named.length === files.length ? 1 : 0.4;
}

/**
 * The files to read: a view's only file whatever its name (`single`, so a file that turns out
 * not to be of the kind is an error rather than a note in the report), or else those named
 * like `pattern`. None throws an ImportInputError: `${view.label}: ${none}`.
 */
export async function namedFiles(
  view: FileView,
  pattern: RegExp,
  none: string,
): Promise<{ files: string[]; single: boolean }> {
  const all = await view.list();
  const single = all.length === 1;
  const files = single ? all : all.filter((file) => pattern.test(file));
  if (files.length === 0) throw new ImportInputError(`${view.label}: ${none}`);
  return { files, single };
}

/** A file's text, or the skip of a file too large to read whole (the rest is still read). */
export async function textOrTooLarge(view: FileView, file: string): Promise<string | ImportItem> {
  try {
    return await view.text(file);
  } catch (error) {
    if (!(error instanceof FileTooLargeError)) throw error;
    return tooLarge(error);
  }
}
