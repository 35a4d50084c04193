/** Where the archive is, found the way git finds a repository. */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { CONFIG_FILE } from '../archive/config-file.ts';
import { InhaleError } from '../archive/errors.ts';

/** Where a command looks without `--archive` when no folder up holds `inhale.yaml`. */
export const DEFAULT_ARCHIVE = 'content';

/** The folder `start` or the nearest parent of it holding `inhale.yaml`, if any. */
export function findArchive(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The archive a command works on: `--archive` when given, else the current folder or the nearest
 * parent holding `inhale.yaml`, else `content` (this repository's demo, for `npm run demo`).
 * A folder without `inhale.yaml` is refused, saying how to make one.
 */
export function openArchive(given: string | undefined): string {
  const found = given === undefined ? findArchive(process.cwd()) : undefined;
  const archiveDir =
    given ?? (found ? path.relative(process.cwd(), found) || '.' : DEFAULT_ARCHIVE);
  if (!existsSync(path.join(archiveDir, CONFIG_FILE))) {
    throw new InhaleError(
      `no inhale archive at ${archiveDir} (no ${CONFIG_FILE}); make one with inhale init ${archiveDir}`,
    );
  }
  return archiveDir;
}

/** Where a command builds when `--out` is not given: the archive's own `dist/`, which `init`'s `.gitignore` leaves out of git. */
export const DEFAULT_OUT = 'dist';

/** The output folder: `--out` when given, else `<archive>/dist`, never the current folder. */
export function outFolder(archiveDir: string, given: string | undefined): string {
  return given ?? path.join(archiveDir, DEFAULT_OUT);
}
