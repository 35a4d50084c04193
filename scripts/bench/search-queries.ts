/**
 * Bench helper: what a first query costs on a built site: the bytes it downloads (gzip, as a
 * host would send them; the page's script included) and the time it takes once the files are
 * there. Prints JSON.
 *
 *   tsx scripts/bench/search-queries.ts <built-site> [query…] [--typing query]…
 *
 * Without queries, the benchmark's six; `--typing` asks as the page does while a word is typed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { SearchEngine } from '../../src/search/engine.ts';
import { folderReader } from '../../src/search/read-index.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { typing: { type: 'string', multiple: true } },
});
const [out, ...asked] = positionals as [string, ...string[]];
const DEFAULT_QUERIES: [string, boolean][] = [
  ['coffee', false],
  ['harbour bridge', false],
  ['"morning walk"', false],
  ['a0', false],
  ['concer', true],
  ['from:twitter year:2014 music', false],
];
const typed = values.typing ?? [];
const QUERIES: [string, boolean][] =
  asked.length + typed.length > 0
    ? [
        ...asked.map((query): [string, boolean] => [query, false]),
        ...typed.map((query): [string, boolean] => [query, true]),
      ]
    : DEFAULT_QUERIES;

// The page's own script (engine and lunr) is part of what a first visit downloads.
const script = gzipSync(await readFile(path.join(out, 'assets', 'search.js'))).length;
const results = [];
for (const [query, typing] of QUERIES) {
  let bytes = script;
  let files = 1;
  const engine = new SearchEngine(
    folderReader(out, (_, content) => {
      bytes += gzipSync(content).length;
      files++;
    }),
  );
  const first = await engine.search(query, { typing, limit: 10 });
  const firstBytes = bytes;
  const firstFiles = files;
  // As the page asks: Tag and Person are counted when opened, unless that needs no groups file.
  await engine.search(query, { typing, limit: 10, facets: true, groups: false });
  // Once downloaded: the median of five runs over the cached files.
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await engine.search(query, { typing, limit: 10, facets: true, groups: false });
    times.push(performance.now() - started);
  }
  results.push({
    query,
    typing,
    total: first.total,
    firstKB: firstBytes / 1024,
    files: firstFiles,
    withFacetsKB: bytes / 1024,
    ms: times.sort((a, b) => a - b)[2]!,
  });
}
console.log(JSON.stringify(results));
