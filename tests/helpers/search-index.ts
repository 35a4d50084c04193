/** The demo archive's search index in memory, for the search tests. */
import { loadConfig } from '../../src/archive/config.ts';
import { byTime } from '../../src/site/entry-record.ts';
import { type EntryRecord } from '../../src/shared/entry-types.ts';
import { listEntryFiles } from '../../src/site/entry-files.ts';
import { readRecordSync } from '../../src/site/read-record.ts';
import {
  analyzeRecord,
  buildSearchIndex,
  postingsOf,
  unwrap,
  type IndexFiles,
  type IndexOptions,
} from '../../src/search/build-index.ts';
import type { IndexReader } from '../../src/search/index-format.ts';
import { DEMO } from './paths.ts';

/** Every entry of the demo archive (or of `archive`), as the build reads it, oldest first. */
export async function demoRecords(archive = DEMO): Promise<EntryRecord[]> {
  const config = await loadConfig(archive);
  const records = (await listEntryFiles(archive)).map(
    (file) => readRecordSync(archive, file, config).record!,
  );
  return records.sort(byTime);
}

export function memoryReader(files: IndexFiles, onRead?: (name: string) => void): IndexReader {
  const read = async <T>(name: string) => {
    onRead?.(name);
    return unwrap(files.get(`search/${name}.js`)!) as T;
  };
  return {
    manifest: () => read('manifest'),
    part: (file) => read(`terms/${file}`),
    positions: (file) => read(`positions/${file}`),
    rest: (file) => read(`rest/${file}`),
    pairs: (file) => read(`pairs/${file}`),
    docs: (chunk) => read(`docs/${chunk}`),
    counts: (file) => read(`counts/${file}`),
    meta: () => read('meta'),
    days: () => read('days'),
    groups: () => read('groups'),
  };
}

/** The index of `records`, made from two postings pieces as two shards would give them. */
export function indexOf(
  records: EntryRecord[],
  partBytes?: number,
  options: IndexOptions & { pairedPostings?: number } = {},
): IndexFiles {
  return buildSearchIndex(
    records.map((record) => ({ ...record, url: `${record.id}/` })),
    // In two pieces, as two shards would give them.
    [records.slice(0, 100), records.slice(100)].map((some, piece) =>
      postingsOf(
        some.map((record, index) => [piece * 100 + index, analyzeRecord(record)]),
        options.pairedPostings,
      ),
    ),
    { partBytes, ...options },
  );
}
