/**
 * Writes rendered pages into the output folder. A page whose bytes did not change since the
 * last build is not written again, so a rebuild touches only what changed. Synchronous on
 * purpose: each shard runs in its own thread, and sync file calls cost half of async ones here.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

import { outputFileOf, type PageSpec } from './pages.ts';
import { mapLimit } from './read-record.ts';

/** Output file → hash of what inhale last wrote there. */
export type Manifest = Map<string, string>;

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
    const content = spec.render();
    const hash = createHash('sha1').update(content).digest('base64url');
    manifest.set(file, hash);
    if (previous.get(file) === hash) continue;
    const target = path.join(outDir, file);
    const folder = path.dirname(target);
    if (!madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    writeFileSync(target, content);
    written++;
  }
  return { manifest, result: { pages: manifest.size, written } };
}

/** Removes the files of the previous build that this build did not produce. */
export async function removeStale(
  outDir: string,
  previous: Manifest,
  current: Manifest,
): Promise<number> {
  const stale = [...previous.keys()].filter((file) => !current.has(file));
  await mapLimit(stale, 32, (file) => rm(path.join(outDir, file), { force: true }));
  return stale.length;
}

/** Marks an output folder with the id of the manifest that describes it. */
const MARKER = '.inhale-build';

/**
 * The manifest of the last build into `outDir`. It is trusted only while the output's marker
 * file holds the same build id, so a deleted or replaced output folder is written in full.
 */
export async function readManifest(cacheFile: string, outDir: string): Promise<Manifest> {
  try {
    const stored = deserialize(await readFile(cacheFile)) as { id: string; files: Manifest };
    const marker = await readFile(path.join(outDir, MARKER), 'utf8');
    return marker.trim() === stored.id ? stored.files : new Map();
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
  await writeFile(path.join(outDir, MARKER), `${id}\n`);
}
