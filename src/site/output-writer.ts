/**
 * Writes rendered pages into the output folder. A page whose bytes did not change since the
 * last build, and whose file is still the one inhale wrote (same size and modification time),
 * is not written again, so a rebuild touches only what changed and repairs what was damaged.
 * Each file is written to a temporary name beside it and renamed, so a build killed at any
 * moment leaves the old or the new file, never a part of one. Synchronous on purpose: each
 * shard runs in its own thread, and sync file calls cost half of async ones here.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

import { countProgress } from './build-progress.ts';
import { MARKER, temporaryName } from './output-folder.ts';
import { outputFileOf } from './page-specs.ts';
import { type PageSpec } from './page-kinds/page-kind.ts';

/** What inhale last wrote to an output file: its bytes' hash, and the file's size and time. */
export interface Written {
  hash: string;
  size: number;
  mtimeMs: number;
}

/** Output file → what inhale last wrote there. */
export type Manifest = Map<string, Written>;

export interface WriteResult {
  pages: number;
  written: number;
}

/** Renders and writes `specs`; returns the manifest entries of every page it rendered. */
export function writePages(
  outDir: string,
  specs: Iterable<PageSpec>,
  previous: Manifest,
): { manifest: Manifest; result: WriteResult } {
  const manifest: Manifest = new Map();
  const madeDirs = new Set<string>();
  let written = 0;
  for (const spec of specs) {
    const file = outputFileOf(spec.url);
    countProgress('pages');
    const rendered = spec.render();
    // Encoded once: hashing a string and then writing it would turn it into UTF-8 twice.
    const content = typeof rendered === 'string' ? Buffer.from(rendered) : rendered;
    const hash = createHash('sha1').update(content).digest('base64url');
    const target = path.join(outDir, file);
    const before = previous.get(file);
    if (before?.hash === hash && isIntact(target, before)) {
      manifest.set(file, before);
      continue;
    }
    const folder = path.dirname(target);
    if (!madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    const { size, mtimeMs } = writeAtomicSync(target, content);
    manifest.set(file, { hash, size, mtimeMs });
    written++;
  }
  return { manifest, result: { pages: manifest.size, written } };
}

/** True when the file is still the one described by `written` (one stat). */
function isIntact(file: string, written: Written): boolean {
  const info = statSync(file, { throwIfNoEntry: false });
  return info?.size === written.size && info.mtimeMs === written.mtimeMs;
}

/**
 * Writes `content` to a temporary name beside `target`, then renames it into place; returns the
 * written file's size and time (a rename keeps them), read from the open file.
 */
export function writeAtomicSync(
  target: string,
  content: string | Uint8Array,
): { size: number; mtimeMs: number } {
  const temporary = temporaryName(target);
  try {
    const fd = openSync(temporary, 'w');
    let info;
    try {
      writeFileSync(fd, content);
      info = fstatSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The manifest of the last build into `outDir`. It is trusted only while the output's marker
 * file holds the same build id, so a deleted or replaced output folder is written in full.
 */
export async function readManifest(cacheFile: string, outDir: string): Promise<Manifest> {
  try {
    const stored = deserialize(await readFile(cacheFile)) as { id: string; files: Manifest };
    const marker = await readFile(path.join(outDir, MARKER), 'utf8');
    const isCurrent = marker.trim() === stored.id;
    // Older manifests held a hash only, not the file's size and time: every file is written once.
    const first = stored.files.values().next().value as unknown;
    return isCurrent && (first === undefined || typeof first === 'object')
      ? stored.files
      : new Map();
  } catch {
    return new Map();
  }
}

export async function saveManifest(
  cacheFile: string,
  outDir: string,
  manifest: Manifest,
): Promise<void> {
  const id = createHash('sha1').update(`${Date.now()}${Math.random()}`).digest('hex');
  await mkdir(path.dirname(cacheFile), { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ id, files: manifest }));
  await rename(temporary, cacheFile);
  writeAtomicSync(path.join(outDir, MARKER), `${id}\n`);
}
