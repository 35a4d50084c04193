/**
 * Scripts the browser runs (the search page, the unlock page, the service worker) are written in
 * TypeScript beside the code they share with Node, and bundled by esbuild into one file each,
 * once per process; the output is the same every time. The compiled CLI has them bundled ahead
 * (scripts/build-cli.ts writes `build/browser/`, with the same options), so a build starts no
 * esbuild: about 0.1 s of a small archive's build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { BuildOptions } from 'esbuild';

import { isCompiled } from './compiled.ts';

/** The browser scripts, from the repository's root: what the compiled CLI bundles ahead. */
export const BROWSER_SCRIPTS = [
  'src/search/page.ts',
  'src/encrypt/unlock.ts',
  'src/encrypt/service-worker.ts',
];

/** How every browser script is bundled, when a build asks and ahead of time alike. */
export const BROWSER_BUNDLE = {
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
} as const satisfies BuildOptions;

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Where the compiled CLI keeps a browser script bundled ahead: `build/browser/src/search/page.js`. */
export function bundledAheadFile(entry: string): string {
  const relative = path.relative(REPO, entry).replace(/\.ts$/, '.js');
  return path.join(REPO, 'build', 'browser', relative);
}

const bundles = new Map<string, Promise<string>>();

/** The bundled, minified script of a TypeScript entry file (an absolute path). */
export function bundleScript(entry: string): Promise<string> {
  let bundled = bundles.get(entry);
  if (!bundled) {
    bundled = isCompiled
      ? readFile(bundledAheadFile(entry), 'utf8').catch(() => bundleNow(entry))
      : bundleNow(entry);
    bundles.set(entry, bundled);
  }
  return bundled;
}

/** esbuild is loaded on the first bundle only: `inhale check` and `--version` never need it. */
async function bundleNow(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({ ...BROWSER_BUNDLE, entryPoints: [entry] });
  return result.outputFiles[0]!.text;
}
