/**
 * One bad record never costs the rest: each record of an export's list is read on its own, and
 * one that is not an object, or whose reading throws (an impossible date, a missing field, a
 * structure nested too deep to walk), becomes a skip naming the file and the record.
 */
import type { ImportItem } from './types.ts';
import { FileTooLargeError } from './view-limits.ts';

type Items = Iterable<ImportItem> | AsyncIterable<ImportItem>;

/** The items of each record, or one skip for a record that cannot be read. */
export async function* eachRecord<T extends object>(
  file: string,
  records: readonly unknown[],
  read: (record: T, index: number) => Items,
): AsyncGenerator<ImportItem> {
  for (const [index, record] of records.entries()) yield* oneRecord(file, index, record, read);
}

/**
 * One record's items, held until it is read whole so a record that fails yields nothing else.
 * `file` names the record in the report; `counted` is the export's file it is counted against
 * in the coverage report, when that is another name (a feed read from a URL).
 */
export async function* oneRecord<T extends object>(
  file: string,
  index: number,
  record: unknown,
  read: (record: T, index: number) => Items,
  counted: string = file,
): AsyncGenerator<ImportItem> {
  const against = (item: ImportItem & { type: 'skip' }) =>
    counted === file ? item : { ...item, file: item.file === file ? counted : item.file };
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const found = record === null ? 'null' : Array.isArray(record) ? 'a list' : typeof record;
    return yield against(skip('record that is not an object', file, index, undefined, found));
  }
  const items: ImportItem[] = [];
  try {
    for await (const item of read(record as T, index))
      // Every skip names the file and the record, whatever detail the importer gave.
      items.push(item.type === 'skip' ? against(named(item, file, index, record)) : item);
  } catch (error) {
    if (error instanceof FileTooLargeError) return yield tooLarge(error, counted);
    const message = error instanceof Error ? error.message : String(error);
    return yield against(
      skip('record that could not be read', file, index, recordId(record), message),
    );
  }
  yield* items;
}

function named(
  item: ImportItem & { type: 'skip' },
  file: string,
  index: number,
  record: object,
): ImportItem & { type: 'skip' } {
  // A detail that already says where (`inbox.mbox #3`) is kept as it is.
  if (item.detail?.includes(file) && !item.detail.startsWith(`${file}: `))
    return { ...item, file: item.file ?? file };
  const detail = item.detail?.startsWith(`${file}: `)
    ? item.detail.slice(file.length + 2)
    : item.detail;
  const id = recordId(record);
  const named = skip(item.reason, file, index, id, detail && detail !== id ? detail : item.reason);
  return item.file ? { ...named, file: item.file } : named;
}

function skip(
  reason: string,
  file: string,
  index: number,
  id: string | undefined,
  what: string,
): ImportItem & { type: 'skip' } {
  const record = id === undefined ? `record ${index + 1}` : `record ${index + 1} (${id})`;
  // `file` counts the skip against its file in the coverage report (coverage.ts).
  return { type: 'skip', reason, detail: `${file}: ${record}: ${what}`, file };
}

const ID_FIELDS = ['id_str', 'id', 'guid', 'uri', 'title', 'name'];

/** The record's own id, when it has one in a field exports commonly use, for the report. */
export function recordId(record: object): string | undefined {
  for (const inner of [record, ...Object.values(record).slice(0, 1)]) {
    if (typeof inner !== 'object' || inner === null) continue;
    for (const field of ID_FIELDS) {
      const value = (inner as Record<string, unknown>)[field];
      if (typeof value === 'string' || typeof value === 'number') return String(value).slice(0, 80);
    }
  }
  return undefined;
}

/**
 * The items of each file, or one skip for a file too large to read whole (over
 * `ZIP_LIMITS.fileBytes`); the rest of the export is still imported.
 */
export async function* eachFile(
  files: readonly string[],
  read: (file: string) => Items,
): AsyncGenerator<ImportItem> {
  for (const file of files) {
    try {
      yield* read(file);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      yield tooLarge(error, file);
    }
  }
}

export function tooLarge(error: FileTooLargeError, file?: string): ImportItem {
  return {
    type: 'skip',
    reason: 'file too large to read whole',
    detail: error.message,
    ...(file ? { file } : {}),
  };
}
