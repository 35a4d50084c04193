/**
 * A folder's files and folders as the file system describes them, folded into one digest: each
 * file's path, size, modification time in nanoseconds and inode, and each folder's time and
 * inode. No file is read. `listFiles` walks the folders (a readdir each) and keeps the paths it
 * met; `restatFiles` describes the same paths again with a stat each and no readdir, which gives
 * the same digest exactly when nothing changed: a file added, removed or renamed changes the
 * time of the folder holding it (POSIX), and that folder is in the paths.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, type BigIntStats, type Dirent } from 'node:fs';
import path from 'node:path';

export interface Listing {
  /** How many files were described. */
  files: number;
  /** sha1 of every folder's and file's description, in the order of `paths`, base64url. */
  digest: string;
  /** The latest modification time of a file or folder described, ms since the epoch (0 for none). */
  newestMs: number;
  /**
   * False when something could not be described: a symbolic link to a folder (its files are not
   * listed) or a file or folder that could not be read. The digest then vouches for nothing.
   */
  isComplete: boolean;
  /** The folders (ending in `/`, the root as `/`) and files described, `/`-separated, joined by NUL. */
  paths: string;
}

/** Whether a file or folder (`/`-separated, relative to the root) is left out of a listing. */
export type Skip = (relative: string, isFolder: boolean) => boolean;

/** Folds descriptions into a digest; one hash update per thousand lines, not one per file. */
class Describer {
  private readonly hash = createHash('sha1');
  private lines = '';
  private count = 0;
  files = 0;
  newestMs = 0;
  isComplete = true;

  constructor(private readonly prefix: string) {}

  /** Describes `relative`: a folder when it ends in `/`, a file otherwise. */
  describe(relative: string): void {
    const isFolder = relative.endsWith('/');
    const target = isFolder ? this.prefix + relative.slice(0, -1) : this.prefix + relative;
    // stat, not lstat: a linked file is described by the file it links to.
    const info = statOf(target);
    if (info === 'gone') this.lines += `${relative}\0gone\n`;
    else if (!info || info.isDirectory() !== isFolder) this.isComplete = false;
    else {
      this.lines += isFolder
        ? `${relative}\0${info.mtimeNs}\0${info.ino}\n`
        : `${relative}\0${info.size}\0${info.mtimeNs}\0${info.ino}\n`;
      if (!isFolder) this.files++;
      if (Number(info.mtimeMs) > this.newestMs) this.newestMs = Number(info.mtimeMs);
    }
    if (++this.count % 1000 === 0) this.flush();
  }

  private flush(): void {
    this.hash.update(this.lines);
    this.lines = '';
  }

  result(paths: string): Listing {
    this.flush();
    const { files, newestMs, isComplete } = this;
    return { files, digest: this.hash.digest('base64url'), newestMs, isComplete, paths };
  }
}

/** `root` with a separator after it, so a relative path is joined by concatenation. */
const prefixOf = (root: string) => (root.endsWith(path.sep) ? root : root + path.sep);

/** Lists every file under `root` but those `skip` leaves out; throws when `root` cannot be read. */
export function listFiles(root: string, skip: Skip = () => false): Listing {
  const describer = new Describer(prefixOf(root));
  const paths: string[] = [];
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const items = folder ? readFolder(prefixOf(root) + folder) : readdirSync(root, ITEMS);
    paths.push(`${folder}/`);
    describer.describe(`${folder}/`);
    if (!items) {
      describer.isComplete = false;
      continue;
    }
    const base = folder ? `${folder}/` : '';
    for (const item of items) {
      const relative = base + item.name;
      if (item.isDirectory()) {
        if (!skip(relative, true)) folders.push(relative);
      } else if (!skip(relative, false)) {
        paths.push(relative);
        describer.describe(relative);
      }
    }
  }
  return describer.result(paths.join('\0'));
}

/** Describes `paths` (as a listing of `root` gave them) again, with a stat each. */
export function restatFiles(root: string, paths: string): Listing {
  const describer = new Describer(prefixOf(root));
  for (const relative of paths.split('\0')) describer.describe(relative);
  return describer.result(paths);
}

const ITEMS = { withFileTypes: true } as const;
const STATS = { bigint: true, throwIfNoEntry: false } as const;

function readFolder(folder: string): Dirent[] | undefined {
  try {
    return readdirSync(folder, ITEMS);
  } catch {
    return undefined;
  }
}

/** A file's stats, `gone` when it vanished since its folder was read, undefined when unreadable. */
function statOf(file: string): BigIntStats | 'gone' | undefined {
  try {
    return statSync(file, STATS) ?? 'gone';
  } catch {
    return undefined;
  }
}
