/**
 * The search part of `npm run bench`: Pagefind on the built site (scripts/bench/pagefind.ts), and
 * the two tables of the search index's cost in the build and of first queries on a fresh page.
 */
import { spawnSync } from 'node:child_process';

import { markdownTable } from './targets.ts';

/** One query's cost, as scripts/bench/search-queries.ts measures it. */
export interface QueryCost {
  query: string;
  typing: boolean;
  total: number;
  firstKB: number;
  files: number;
  withFacetsKB: number;
  ms: number;
}

export interface PagefindRun {
  seconds: number;
  maxRssMB: number;
  queries: { query: string; total: number; firstKB: number; ms: number }[];
}

export interface SearchCosts {
  size: number;
  /** The cold build's search seconds: analysis (summed over threads) and the index. */
  build?: { analysis: number; index: number };
  queries: QueryCost[];
  pagefind?: PagefindRun;
}

/** Pagefind indexing the site in `out`, then answering the plain-word queries. */
export function pagefindRun(out: string, root: string, queries: QueryCost[]): PagefindRun {
  const words = queries
    .filter((cost) => !cost.typing && !cost.query.includes(':'))
    .map((cost) => cost.query.replace(/"/g, ''));
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/pagefind.ts', out, root, ...words],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`scripts/bench/pagefind.ts failed:\n${result.stderr.slice(-2000)}`);
  return JSON.parse(last) as PagefindRun;
}

export function searchSection(costs: SearchCosts[]): string {
  const indexRows = costs.map(({ size, build, pagefind }) => [
    size.toLocaleString('en'),
    build ? `${build.analysis.toFixed(1)} s` : '',
    build ? `${build.index.toFixed(1)} s` : '',
    pagefind ? `${pagefind.seconds.toFixed(1)} s, ${Math.round(pagefind.maxRssMB)} MB` : 'skipped',
  ]);
  const queryRows = costs.flatMap(({ size, queries, pagefind }) => [
    ...queries.map((cost) => [
      size.toLocaleString('en'),
      `\`${cost.query}\`${cost.typing ? ' (typing)' : ''}`,
      cost.total.toLocaleString('en'),
      `${Math.round(cost.firstKB)} KB in ${cost.files} files`,
      `${Math.round(cost.withFacetsKB)} KB`,
      `${cost.ms.toFixed(0)} ms`,
    ]),
    ...(pagefind?.queries ?? []).map((cost) => [
      size.toLocaleString('en'),
      `Pagefind: \`${cost.query}\``,
      cost.total.toLocaleString('en'),
      `${Math.round(cost.firstKB)} KB`,
      '',
      `${cost.ms.toFixed(0)} ms`,
    ]),
  ]);
  return [
    `Search index, cold build: analysis is CPU seconds summed over the shard threads (they run in parallel), the index is main-thread seconds to merge and write it.\n\n${markdownTable(['entries', 'analysis', 'index', 'Pagefind indexing the built site'], indexRows)}`,
    `First query on a fresh page (gzip bytes, as a host sends them; the results come first, then the filter counts: from the stored documents of a few matches, a word's counts file, or the facet files; target ≤ 300 KB), and the time to answer once the files are there (median of 5):\n\n${markdownTable(['entries', 'query', 'matches', 'first results', 'with filter counts', 'answer'], queryRows)}`,
  ].join('\n\n');
}
