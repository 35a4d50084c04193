/** Reading one entry file into a record, shared by the shards. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { EntryError, type Problem } from '../archive/errors.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import { buildRecord, type EntryRecord } from './entry-record.ts';

export interface ParseResult {
  file: string;
  record?: EntryRecord;
  problems?: Problem[];
  /** The file no longer exists. */
  missing?: boolean;
}

export function readRecordSync(
  archiveDir: string,
  file: string,
  config: ArchiveConfig,
): ParseResult {
  let text: string;
  try {
    text = readFileSync(path.join(archiveDir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      file,
      missing: code === 'ENOENT',
      problems: [{ file, line: 1, message: `cannot read: ${code ?? error}` }],
    };
  }
  try {
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
