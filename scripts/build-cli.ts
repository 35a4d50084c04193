/**
 * Compiles the CLI into `build/` (issue 22): `npm ci` and `npm install` run it as `prepare`, so
 * `inhale` starts without a TypeScript compiler. esbuild bundles inhale's own modules (packages
 * stay in node_modules, loaded as they are) into ES modules with code splitting: a command's
 * work is a chunk loaded when it runs, so `inhale --version` loads yargs and nothing else.
 *
 * The entry points are everything Node loads by path rather than by import: the CLI, the shard
 * worker thread, and the settings file Eleventy imports itself. The scripts the browser runs
 * (the search page's, the unlock page's, the service worker) are bundled too, into
 * `build/browser/`, so a site build reads them instead of starting esbuild. `build/inputs.json`
 * lists the source files of both and when the build started; bin/inhale.js runs the TypeScript
 * instead when any of them changed since.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, type Plugin } from 'esbuild';

import { BROWSER_BUNDLE, BROWSER_SCRIPTS, bundledAheadFile } from '../src/shared/bundle-script.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const OUT = path.join(REPO, 'build');

/** Loaded by path, not imported: the CLI, the worker threads (new Worker), Eleventy's config. */
const ENTRY_POINTS = {
  main: 'src/cli/main.ts',
  'shard-worker': 'src/site/shard-worker.ts',
  'output-listing-worker': 'src/site/output-listing-worker.ts',
  'eleventy-settings': 'src/cli/eleventy-settings.ts',
};

/**
 * A module finds its files next to itself (`new URL('../../layouts/assets/', import.meta.url)`),
 * but bundled it runs from `build/`. Every chunk is written straight into `build/`, so each
 * module's own URL is its source path relative to `build/`, resolved against the chunk's.
 */
const sourceUrls: Plugin = {
  name: 'inhale-source-urls',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      const relative = path.relative(OUT, args.path).split(path.sep).join('/');
      const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

const started = Date.now();
rmSync(OUT, { recursive: true, force: true });
const result = await build({
  absWorkingDir: REPO,
  entryPoints: ENTRY_POINTS,
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // bin/inhale.js turns source maps on with --debug, so a stack trace names the TypeScript.
  sourcemap: 'linked',
  define: { INHALE_COMPILED: 'true' },
  plugins: [sourceUrls],
  metafile: true,
  logLevel: 'warning',
});

// The same options as a build that bundles them when asked (src/shared/bundle-script.ts).
const browser = await Promise.all(
  BROWSER_SCRIPTS.map(async (script) => {
    const bundled = await build({
      ...BROWSER_BUNDLE,
      absWorkingDir: REPO,
      entryPoints: [script],
      metafile: true,
    });
    const file = bundledAheadFile(path.join(REPO, script));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bundled.outputFiles[0]!.text);
    return Object.keys(bundled.metafile.inputs);
  }),
);

const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...browser.flat()])]
  .filter((input) => !input.startsWith('node_modules/'))
  .sort();
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'inputs.json'), `${JSON.stringify({ started, inputs })}\n`);
const scripts = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const kilobytes = scripts.reduce((sum, [, output]) => sum + output.bytes, 0) / 1024;
const seconds = (Date.now() - started) / 1000;
console.log(
  `inhale: compiled ${inputs.length} modules into build/ (${scripts.length} files, ${kilobytes.toFixed(0)} KB; ${browser.length} browser scripts) in ${seconds.toFixed(2)} s`,
);
