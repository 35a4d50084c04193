/** A CSV export read by its header's column names (Reddit's, YouTube's comments, Letterboxd's). */
import { parse } from 'csv-parse/sync';

import { damagedFile } from './coverage.ts';
import type { FileView } from './file-view-contract.ts';
import { where } from './item-helpers.ts';
import type { ImportItem } from './types.ts';
import { ImportInputError } from './view-limits.ts';

export type CsvRow = Record<string, string>;

/**
 * The rows of a CSV as objects keyed by the header's names: a BOM, blank lines and rows with
 * fewer or more cells than the header (columns added over the years) are read; a file that is
 * not CSV at all is an error naming `where`.
 */
export function csvRows(text: string, where: string): CsvRow[] {
  try {
    return parse(text, {
      bom: true,
      columns: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as CsvRow[];
  } catch (error) {
    throw new ImportInputError(`${where}: not a readable CSV (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/** The first line of a CSV's text, its header, without a BOM. */
export const csvHeader = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';

/**
 * The rows of one CSV of a multi-file export, or the item that names it damaged (the rest of the
 * export is still imported).
 */
export async function csvFile(view: FileView, file: string): Promise<CsvRow[] | ImportItem> {
  try {
    return csvRows(await view.text(file), where(view.label, file));
  } catch (error) {
    if (!(error instanceof ImportInputError)) throw error;
    return damagedFile(file, error);
  }
}
