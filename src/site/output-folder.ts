/**
 * The output folder belongs to inhale: a build starts only in an empty folder or one inhale
 * built before (it holds the marker file), and ends by removing every file it did not write
 * this time, so nothing a previous build published (a photo since made private) stays behind.
 * A person's version control (`.git/`) and top-level dot files (`.nojekyll`) are left alone.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

import { InhaleError } from '../archive/errors.ts';
import { mapLimit } from '../shared/map-limit.ts';

/** Marks an output folder as inhale's; holds the id of the manifest that describes it. */
export const MARKER = '.inhale-build';

let temporaries = 0;

/** A name beside `target` for writing it before the rename; the sweep removes leftovers. */
export const temporaryName = (target: string): string =>
  `${target}.${process.pid}-${threadId}-${temporaries++}.inhale-tmp`;

/** Files a person keeps in an output folder: version control and top-level dot files. */
export const isPersonal = (file: string): boolean =>
  file.startsWith('.git/') || (/^\.[^/]+$/.test(file) && !file.endsWith('.inhale-tmp'));

/**
 * Every file under `dir` (`/`-separated, relative), with the folders that hold them. Synchronous:
 * a third of the time of the promise version on the 7,000 folders of a 10,000-entry site.
 */
function listOutput(dir: string): { files: string[]; folders: string[] } {
  const root = path.resolve(dir);
  const items = readdirSync(root, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  const folders: string[] = [];
  for (const item of items) {
    // parentPath is `root` or below it: slicing is a tenth of path.relative's cost here.
    const parent = item.parentPath.slice(root.length + 1);
    const relative = parent ? `${parent}${path.sep}${item.name}` : item.name;
    const file = path.sep === '/' ? relative : relative.split(path.sep).join('/');
    if (isPersonal(file) || isPersonal(`${file}/`)) continue;
    (item.isDirectory() ? folders : files).push(file);
  }
  return { files, folders };
}

/**
 * Makes `outDir` inhale's before anything is written into it. A folder holding files inhale
 * never wrote is refused, unless `force`: then the build takes it over and removes them.
 */
export async function claimOutput(
  outDir: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const marker = path.join(outDir, MARKER);
  if (existsSync(marker)) return;
  await mkdir(outDir, { recursive: true });
  if (!options.force && readdirSync(outDir).length > 0) {
    const foreign = listOutput(outDir).files;
    if (foreign.length > 0)
      throw new InhaleError(
        `${outDir} holds files inhale did not write (${foreign.slice(0, 3).join(', ')}` +
          `${foreign.length > 3 ? `, and ${foreign.length - 3} more` : ''}): ` +
          'empty it, pick another --out, or add --force to let inhale take it over and remove them',
      );
  }
  await writeFile(marker, 'claimed\n');
}

/** Removes every file (and emptied folder) under `outDir` that is not in `published`. */
export async function sweepOutput(outDir: string, published: Set<string>): Promise<number> {
  const { files, folders } = listOutput(outDir);
  const stale = files.filter((file) => !published.has(file) && file !== MARKER);
  await mapLimit(stale, 32, (file) => rm(path.join(outDir, file), { force: true }));
  const holding = new Set<string>();
  for (const file of published)
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder))
      holding.add(folder);
  const empty = folders.filter((folder) => !holding.has(folder));
  // Deepest first, so a folder is empty by the time it is removed.
  empty.sort((a, b) => b.length - a.length);
  for (const folder of empty) await rm(path.join(outDir, folder), { recursive: true, force: true });
  return stale.filter((file) => !file.endsWith('.inhale-tmp')).length;
}

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
};

/**
 * The error to show when writing into `outDir` failed for a reason outside inhale (a full disk,
 * a folder it may not write): one line naming the folder, or undefined for any other error.
 * Looks through the causes Eleventy and the worker threads wrap it in.
 */
export function outputError(error: unknown, outDir: string): InhaleError | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    const { code, message, path: file } = current as NodeJS.ErrnoException;
    const found = code ?? /^([A-Z]+):/.exec(message ?? '')?.[1];
    const reason = found && WRITE_FAILURES[found];
    if (reason)
      return new InhaleError(
        `Could not write the site into ${outDir}: ${reason} (${found}${file ? ` on ${file}` : ''}); ` +
          'every page there is the old or the new one, build again when it is fixed',
        { cause: error },
      );
    current =
      (current as { cause?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
