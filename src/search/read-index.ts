/** Reads a built search index from an output folder, for `inhale search` and the tests. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { InhaleError } from '../archive/errors.ts';
import { unwrap } from './build-index.ts';
import { SearchEngine } from './engine.ts';
import type {
  Days,
  Groups,
  IndexReader,
  Manifest,
  Meta,
  PackedFacets,
  Part,
  Rest,
  StoredDoc,
} from './index-format.ts';

/** Reads the index files of `outDir`; `onRead` hears each file's name and size (for the bench). */
export function folderReader(
  outDir: string,
  onRead?: (file: string, bytes: Buffer) => void,
): IndexReader {
  const read = async <T>(name: string): Promise<T> => {
    const file = path.join(outDir, 'search', `${name}.js`);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new InhaleError(`${file}: no search index here; run \`inhale build\` first`);
    }
    onRead?.(name, bytes);
    try {
      return unwrap(bytes.toString('utf8')) as T;
    } catch (error) {
      throw new InhaleError(
        `${file}: unreadable search index file (${(error as Error).message}); build again`,
      );
    }
  };
  return {
    manifest: () => read<Manifest>('manifest'),
    part: (file) => read<Part>(`terms/${file}`),
    positions: (file) => read<Record<string, number[]>>(`positions/${file}`),
    rest: (file) => read<Rest>(`rest/${file}`),
    pairs: (file) => read<Record<string, number[]>>(`pairs/${file}`),
    docs: (chunk) => read<StoredDoc[]>(`docs/${chunk}`),
    counts: (file) => read<Record<string, PackedFacets>>(`counts/${file}`),
    meta: () => read<Meta>('meta'),
    days: () => read<Days>('days'),
    groups: () => read<Groups>('groups'),
  };
}

export function openIndex(outDir: string): SearchEngine {
  return new SearchEngine(folderReader(outDir));
}
