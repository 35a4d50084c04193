/**
 * Whether a built site still shows its archive: built from this archive (the output's marker
 * names the manifest this archive keeps for it) and after every change to the entries.
 * `inhale search` asks before it searches an index, so it never answers from a stale one.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { deserialize } from 'node:v8';

import { CACHE_DIR } from '../archive/cache-folder.ts';
import { CONFIG_FILE } from '../archive/config-file.ts';
import { PEOPLE_FILE } from '../archive/people-file.ts';
import { mapLimit } from '../shared/map-limit.ts';
import { listEntryFiles } from './entry-files.ts';
import { MARKER } from './output-folder.ts';

/** Where the archive keeps the manifest of its build into `outDir`. */
export function manifestFileOf(archiveDir: string, outDir: string): string {
  const key = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(archiveDir, CACHE_DIR, `output-${key}.v8`);
}

/**
 * Why the site in `outDir` does not show `archiveDir` as it is now, or undefined when it does:
 * it was built from another archive (or its manifest is gone), or an entry, a folder of
 * entries (one deleted), the settings or the people file changed after it was built.
 */
export async function whyStale(archiveDir: string, outDir: string): Promise<string | undefined> {
  const markerFile = path.join(outDir, MARKER);
  const marker = await readFile(markerFile, 'utf8').catch(() => undefined);
  if (marker === undefined) return `${outDir} was not built by inhale`;
  const stored = await readFile(manifestFileOf(archiveDir, outDir))
    .then((bytes) => (deserialize(bytes) as { id?: string }).id)
    .catch(() => undefined);
  if (stored !== marker.trim()) return `${outDir} was built from another archive`;
  const builtAt = (await stat(markerFile)).mtimeMs;
  const folders: string[] = [];
  const files = await listEntryFiles(archiveDir, folders);
  // A deleted entry changes only its folder's time.
  const candidates = [CONFIG_FILE, PEOPLE_FILE, ...folders.sort(), ...files];
  const times = await mapLimit(candidates, 64, (file) =>
    stat(path.join(archiveDir, file)).then(
      (info) => info.mtimeMs,
      () => 0,
    ),
  );
  const changed = candidates.filter((_, index) => times[index]! > builtAt);
  if (changed.length === 0) return undefined;
  const entries = changed.filter((file) => file.endsWith('.md'));
  if (entries.length > 0)
    return `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} changed since ${outDir} was built (${entries[0]})`;
  const settings = changed.find((file) => file === CONFIG_FILE || file === PEOPLE_FILE);
  return settings
    ? `${settings} changed since ${outDir} was built`
    : `an entry was added or removed in ${changed[0]} since ${outDir} was built`;
}
