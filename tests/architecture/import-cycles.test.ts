/**
 * The import graph has no cycles, between files or between folders (issue 16): shared leaf
 * modules sit below everything that uses them, so any module can be read, tested and loaded
 * without the modules above it. A folder is a top-level folder (`layouts`, `plugins`) or a
 * folder of `src/` (`src/site`, `src/archive`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { REPO } from '../helpers/paths.ts';

const ROOTS = ['src', 'plugins', 'layouts', 'scripts', 'bin'];
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  const entries = readdirSync(path.join(REPO, folder), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative);
    return /\.(ts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** The repository files a file imports, statically or with `import('…')` of a literal. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(REPO, file), 'utf8');
  const specifiers = [...text.matchAll(SPECIFIER), ...text.matchAll(DYNAMIC)].map((m) => m[1]!);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
}

/** `src/site/shard.ts` → `src/site`; `layouts/media.ts` → `layouts`. */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : parts[0]!;
}

/** Every cycle found by a depth-first search, each as the path that closes it. */
function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

function importGraph(): Map<string, Set<string>> {
  const files = ROOTS.flatMap(sourceFiles);
  return new Map(files.map((file) => [file, new Set(importsOf(file))]));
}

function folderGraph(files: Map<string, Set<string>>): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const [file, imports] of files) {
    const from = folderOf(file);
    const edges = folders.get(from) ?? new Set<string>();
    for (const imported of imports) if (folderOf(imported) !== from) edges.add(folderOf(imported));
    folders.set(from, edges);
  }
  return folders;
}

/**
 * Cycles waiting for their fix, each with who fixes it. zip-view.ts takes `decodeText` and the
 * `FileView` type from file-view.ts, which opens zips with it: the importers' side of issue 16
 * owns those files. The test fails when a listed cycle is gone, so the list only shrinks.
 */
const KNOWN_CYCLES: string[] = [];

const show = (cycles: string[][]): string => cycles.map((cycle) => cycle.join(' → ')).join('\n');

test('the graph sees the imports of every kind of source file', () => {
  const graph = importGraph();
  assert.ok(graph.get('src/site/archive-site.ts')?.has('src/site/shard-pool.ts'));
  assert.ok(graph.has('bin/inhale.js'));
  assert.ok([...graph.keys()].some((file) => file.endsWith('.mjs')));
});

test('finds a cycle when one file imports another that imports it back', () => {
  const graph = new Map([
    ['a.ts', new Set(['b.ts'])],
    ['b.ts', new Set(['c.ts'])],
    ['c.ts', new Set(['a.ts'])],
  ]);
  assert.deepEqual(cyclesOf(graph), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
});

test('no file imports, through other files, a file that imports it', () => {
  const cycles = cyclesOf(importGraph()).filter((cycle) => !KNOWN_CYCLES.includes(show([cycle])));
  assert.equal(show(cycles), '', `import cycles between files:\n${show(cycles)}`);
});

test('every cycle still listed as waiting for its fix is still there', () => {
  const found = new Set(cyclesOf(importGraph()).map((cycle) => show([cycle])));
  const fixed = KNOWN_CYCLES.filter((cycle) => !found.has(cycle));
  assert.deepEqual(fixed, [], 'these cycles are gone: remove them from KNOWN_CYCLES');
});

test('no folder imports, through other folders, a folder that imports it', () => {
  const cycles = cyclesOf(folderGraph(importGraph()));
  assert.equal(show(cycles), '', `import cycles between folders:\n${show(cycles)}`);
});
