/**
 * A file's stat as evidence of its bytes, as git's index uses it: the same size, times and inode
 * as when its bytes had a hash mean the same bytes, so an import of an unchanged export need
 * not read 100,000 entry files to know them unchanged (issue 22).
 */
import type { Stats } from 'node:fs';

/** What a file's stat said while its bytes had `hash` (own-files.ts, hashOf). */
export interface FilePrint {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
}

/**
 * How long after a file's last change its stat counts as evidence. A change within the same
 * tick of the kernel's clock as the one before would leave the times as they were; a change
 * after the stat was taken this long after the last one always moves its change time (which no
 * program can set back). @default 2 s
 */
const SETTLED_MS = 2000;

/** The print of a file whose bytes have `hash`, from a stat taken at `takenAt` or later. */
export function printOf(stat: Stats, hash: string, takenAt: number): FilePrint | undefined {
  if (!(stat.ctimeMs < takenAt - SETTLED_MS)) return undefined;
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, hash };
}

/** Whether the file is as it was when `print` was taken. */
export function isSameFile(print: FilePrint | undefined, stat: Stats): print is FilePrint {
  return (
    print !== undefined &&
    print.size === stat.size &&
    print.mtimeMs === stat.mtimeMs &&
    print.ctimeMs === stat.ctimeMs &&
    print.ino === stat.ino
  );
}
