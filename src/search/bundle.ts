/**
 * The search page's script: src/search/page.ts with the engine and lunr, bundled by esbuild into
 * one file, `assets/search.js`. Bundled once per process; the output is the same every time.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./page.ts', import.meta.url));
let bundled: Promise<string> | undefined;

export function searchScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

export async function writeSearchScript(outDir: string): Promise<void> {
  const folder = path.join(outDir, 'assets');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'search.js'), await searchScript());
}
