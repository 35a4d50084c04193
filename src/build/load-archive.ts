/**
 * Loads every entry of an archive into records, reusing the cache for files whose size and
 * modification time did not change, and parsing the rest in worker threads.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

import { loadConfig } from '../archive/config.ts';
import type { Problem } from '../archive/errors.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import type { EntryRecord } from './entry-record.ts';
import { parseFiles } from './parse-pool.ts';
import { mapLimit } from './read-record.ts';

/** Bump when EntryRecord or its rendering changes, so old caches are ignored. */
const CACHE_VERSION = 3;
export const CACHE_DIR = '.inhale-cache';

export interface Archive {
  dir: string;
  config: ArchiveConfig;
  /** Valid entries, oldest first (ties by id). */
  entries: EntryRecord[];
  problems: Problem[];
  /** How many files were parsed rather than taken from the cache. */
  parsed: number;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  record?: EntryRecord;
  problems?: Problem[];
}

/** Entry files: `*.md` in the archive's sub-folders, except hidden, `_` and `pages` folders. */
export async function listEntryFiles(archiveDir: string): Promise<string[]> {
  const files: string[] = [];
  async function walk(relative: string): Promise<void> {
    const items = await readdir(path.join(archiveDir, relative), { withFileTypes: true });
    await Promise.all(
      items.map(async (item) => {
        if (item.name.startsWith('.') || item.name.startsWith('_')) return;
        const child = relative ? `${relative}/${item.name}` : item.name;
        if (item.isDirectory()) {
          if (relative === '' && (item.name === 'node_modules' || item.name === 'pages')) return;
          await walk(child);
        } else if (item.isFile() && relative !== '' && item.name.endsWith('.md')) {
          files.push(child);
        }
      }),
    );
  }
  await walk('');
  return files.sort();
}

export async function loadArchive(
  archiveDir: string,
  options: { useCache?: boolean } = {},
): Promise<Archive> {
  const config = await loadConfig(archiveDir);
  const files = await listEntryFiles(archiveDir);
  const cacheKey = JSON.stringify([CACHE_VERSION, config.timeZone, config.defaultVisibility]);
  const cacheFile = path.join(archiveDir, CACHE_DIR, 'entries.v8');
  const cache = options.useCache === false ? new Map() : await readCache(cacheFile, cacheKey);

  const stats = await mapLimit(files, 64, (file) => stat(path.join(archiveDir, file)));
  const fresh = new Map<string, CachedFile>();
  const toParse: string[] = [];
  files.forEach((file, index) => {
    const info = stats[index]!;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) fresh.set(file, hit);
    else {
      fresh.set(file, { mtimeMs: info.mtimeMs, size: info.size });
      toParse.push(file);
    }
  });

  for (const result of await parseFiles(archiveDir, toParse, config)) {
    const entry = fresh.get(result.file)!;
    if (result.record) entry.record = result.record;
    else entry.problems = result.problems;
  }
  if (options.useCache !== false && toParse.length > 0)
    await writeCache(cacheFile, cacheKey, fresh);

  const entries: EntryRecord[] = [];
  const problems: Problem[] = [];
  for (const item of fresh.values()) {
    if (item.record) entries.push(item.record);
    if (item.problems) problems.push(...item.problems);
  }
  entries.sort((a, b) => a.instant - b.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  problems.push(...duplicateIds(entries));
  return { dir: archiveDir, config, entries, problems, parsed: toParse.length };
}

function duplicateIds(entries: EntryRecord[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        line: 2,
        field: 'id',
        message: `"${entry.id}" is already the id of ${first}`,
      });
    } else seen.set(entry.id, entry.file);
  }
  return problems;
}

async function readCache(file: string, key: string): Promise<Map<string, CachedFile>> {
  try {
    const stored = deserialize(await readFile(file)) as {
      key: string;
      files: Map<string, CachedFile>;
    };
    return stored.key === key ? stored.files : new Map();
  } catch {
    return new Map(); // absent or unreadable: the cache is only ever an optimisation
  }
}

async function writeCache(
  file: string,
  key: string,
  files: Map<string, CachedFile>,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ key, files }));
  await rename(temporary, file);
}
