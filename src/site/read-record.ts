/** Reading one entry file into a record, shared by the shards. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { EntryError, type Problem } from '../archive/errors.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import { buildRecord } from './entry-record.ts';
import { type EntryRecord } from '../shared/entry-types.ts';

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
