/** Reading entry files into records, shared by the main thread and the parser workers. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { EntryError, type Problem } from '../archive/errors.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import { buildRecord, type EntryRecord } from './entry-record.ts';

export interface ParseResult {
  file: string;
  record?: EntryRecord;
  problems?: Problem[];
}

/** Parses one file into a record or its problems; used by the workers and for single edits. */
export async function readRecord(
  archiveDir: string,
  file: string,
  config: ArchiveConfig,
): Promise<ParseResult> {
  try {
    const text = await readFile(path.join(archiveDir, file), 'utf8');
    return { file, record: buildRecord(file, text, config) };
  } catch (error) {
    if (error instanceof EntryError) return { file, problems: error.problems };
    return { file, problems: [{ file, line: 1, message: (error as Error).message }] };
  }
}

/** Runs `task` over `items` with at most `limit` at once, keeping order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  });
  await Promise.all(runners);
  return results;
}
