/**
 * Writes rendered pages into the output folder. A page whose bytes did not change since the
 * last build is not written again, and a page the archive no longer has is removed, so a
 * rebuild touches only what changed.
 */
import { createHash } from 'node:crypto';
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
  removed: number;
}

/** How many pages are rendered and written at once; bounds the memory held in page strings. */
const CONCURRENCY = 64;

export async function writePages(
  outDir: string,
  specs: Iterable<PageSpec>,
  previous: Manifest,
  options: { complete: boolean },
): Promise<{ manifest: Manifest; result: WriteResult }> {
  const manifest: Manifest = options.complete ? new Map() : new Map(previous);
  const madeDirs = new Set<string>();
  let pages = 0;
  let written = 0;
  const batch: PageSpec[] = [];
  const flush = async () => {
    await mapLimit(batch.splice(0), CONCURRENCY, async (spec) => {
      const file = outputFileOf(spec.url);
      const content = spec.render();
      const hash = createHash('sha1').update(content).digest('base64url');
      manifest.set(file, hash);
      pages++;
      if (previous.get(file) === hash) return;
      const target = path.join(outDir, file);
      const folder = path.dirname(target);
      if (!madeDirs.has(folder)) {
        await mkdir(folder, { recursive: true });
        madeDirs.add(folder);
      }
      await writeFile(target, content);
      written++;
    });
  };
  for (const spec of specs) {
    batch.push(spec);
    if (batch.length >= 1024) await flush();
  }
  await flush();

  let removed = 0;
  if (options.complete) {
    const stale = [...previous.keys()].filter((file) => !manifest.has(file));
    await mapLimit(stale, CONCURRENCY, (file) => rm(path.join(outDir, file), { force: true }));
    removed = stale.length;
  }
  return { manifest, result: { pages, written, removed } };
}

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

/** Marks an output folder with the id of the manifest that describes it. */
const MARKER = '.inhale-build';

export async function saveManifest(
  cacheFile: string,
  outDir: string,
  manifest: Manifest,
): Promise<void> {
  const id = createHash('sha1')
    .update(String(Date.now()) + Math.random())
    .digest('hex');
  await mkdir(path.dirname(cacheFile), { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ id, files: manifest }));
  await rename(temporary, cacheFile);
  await writeFile(path.join(outDir, MARKER), `${id}\n`);
}
