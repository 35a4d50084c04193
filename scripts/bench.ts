/**
 * `npm run bench`: builds generated archives of 10,000 and 100,000 entries with inhale and with
 * bare Eleventy, measures an edit's rebuild in `serve`, and prints one Markdown table.
 *
 *   npm run bench                    # 10k and 100k (about 15 minutes: bare Eleventy is slow)
 *   npm run bench -- --sizes 10000   # one size
 *   npm run bench -- --no-eleventy   # skip the bare Eleventy baseline
 *   npm run bench -- --no-pagefind   # skip Pagefind indexing the built site
 *   npm run bench -- --mail-messages 690000   # the mail import of a ~5 GB mbox (default 40,000)
 *   npm run bench -- --no-media      # skip the media benchmark (scripts/bench/media.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { runImport } from '../src/import/run-import.ts';
import { generateArchive } from './generate-archive.ts';
import { generateTwitterExport } from './bench/generate-twitter-export.ts';
import { timeEdits } from './bench/serve-edit.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    eleventy: { type: 'boolean', default: true },
    'no-eleventy': { type: 'boolean', default: false },
    'no-pagefind': { type: 'boolean', default: false },
    'mail-messages': { type: 'string', default: '40000' },
    'no-media': { type: 'boolean', default: false },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'inhale-bench') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const withEleventy = values.eleventy && !values['no-eleventy'];
const withPagefind = !values['no-pagefind'];

interface Run {
  seconds: number;
  maxRssMB: number;
  /** Seconds on search: analysis (summed over threads) and the index (main thread). */
  search?: { analysis: number; index: number };
}

interface QueryCost {
  query: string;
  typing: boolean;
  total: number;
  firstKB: number;
  files: number;
  withFacetsKB: number;
  ms: number;
}

function child(script: string, args: string[]): Run {
  const runner = script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
  const result = spawnSync(process.execPath, [...runner, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`${script} failed:\n${result.stderr.slice(-2000)}`);
  return JSON.parse(last) as Run;
}

/** Seconds from saving one entry to its page on disk, in `serve`. */
async function editRebuild(archive: string, out: string): Promise<number> {
  const [milliseconds] = await timeEdits(archive, out, 1);
  return milliseconds! / 1000;
}

/** Imports a generated Twitter export of `size` tweets into an empty archive; entries per second. */
async function importThroughput(
  root: string,
  size: number,
): Promise<{ seconds: number; perSecond: number }> {
  const exportFolder = path.join(root, 'twitter-export');
  if (!existsSync(path.join(exportFolder, 'data', 'tweets.js')))
    await generateTwitterExport(exportFolder, size);
  const archive = path.join(root, 'import-archive');
  await rm(archive, { recursive: true, force: true });
  await mkdir(archive, { recursive: true });
  await writeFile(path.join(archive, 'inhale.yaml'), 'timeZone: Europe/Berlin\n');
  const started = performance.now();
  const report = await runImport(archive, exportFolder, { source: 'twitter' });
  const seconds = (performance.now() - started) / 1000;
  if (report.added !== size)
    throw new Error(`expected ${size} imported tweets, got ${report.added}`);
  return { seconds, perSecond: size / seconds };
}

const rows: string[][] = [];
const searchRows: string[][] = [];
const indexRows: string[][] = [];
for (const size of sizes) {
  const root = path.join(values.dir, String(size));
  const archive = path.join(root, 'archive');
  if (!existsSync(path.join(archive, 'inhale.yaml'))) await generateArchive(archive, size);
  await rm(path.join(archive, '.inhale-cache'), { recursive: true, force: true });
  await rm(path.join(root, 'out'), { recursive: true, force: true });
  const cold = child('scripts/bench/run-inhale.ts', [archive, path.join(root, 'out')]);
  const warm = child('scripts/bench/run-inhale.ts', [archive, path.join(root, 'out')]);
  const edit = await editRebuild(archive, path.join(root, 'out'));
  const queries = JSON.parse(
    spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/search-queries.ts', path.join(root, 'out')],
      { encoding: 'utf8' },
    ).stdout,
  ) as QueryCost[];
  searchRows.push(
    ...queries.map((cost) => [
      size.toLocaleString('en'),
      `\`${cost.query}\`${cost.typing ? ' (typing)' : ''}`,
      cost.total.toLocaleString('en'),
      `${Math.round(cost.firstKB)} KB in ${cost.files} files`,
      `${Math.round(cost.withFacetsKB)} KB`,
      `${cost.ms.toFixed(0)} ms`,
    ]),
  );
  const pagefind = withPagefind
    ? (JSON.parse(
        spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            'scripts/bench/pagefind.ts',
            path.join(root, 'out'),
            root,
            ...queries
              .filter((cost) => !cost.typing && !cost.query.includes(':'))
              .map((cost) => cost.query.replace(/"/g, '')),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 26 },
        )
          .stdout.trim()
          .split('\n')
          .pop()!,
      ) as {
        seconds: number;
        maxRssMB: number;
        queries: { query: string; total: number; firstKB: number; ms: number }[];
      })
    : undefined;
  for (const cost of pagefind?.queries ?? [])
    searchRows.push([
      size.toLocaleString('en'),
      `Pagefind: \`${cost.query}\``,
      cost.total.toLocaleString('en'),
      `${Math.round(cost.firstKB)} KB`,
      '',
      `${cost.ms.toFixed(0)} ms`,
    ]);
  indexRows.push([
    size.toLocaleString('en'),
    `${cold.search!.analysis.toFixed(1)} s`,
    `${cold.search!.index.toFixed(1)} s`,
    pagefind ? `${pagefind.seconds.toFixed(1)} s, ${Math.round(pagefind.maxRssMB)} MB` : 'skipped',
  ]);
  const imported = await importThroughput(root, size);
  let eleventy: Run | undefined;
  if (withEleventy) {
    await rm(path.join(root, 'eleventy-out'), { recursive: true, force: true });
    eleventy = child('scripts/bench/run-eleventy.mjs', [archive, path.join(root, 'eleventy-out')]);
  }
  const format = (run: Run) => `${run.seconds.toFixed(1)} s, ${Math.round(run.maxRssMB)} MB`;
  rows.push([
    size.toLocaleString('en'),
    format(cold),
    format(warm),
    eleventy ? format(eleventy) : 'skipped',
    eleventy ? `${(eleventy.seconds / cold.seconds).toFixed(1)}× faster` : '',
    `${(edit * 1000).toFixed(0)} ms`,
    `${imported.seconds.toFixed(1)} s (${Math.round(imported.perSecond).toLocaleString('en')}/s)`,
  ]);
  console.error(`${size}: done`);
}

const header = [
  'entries',
  'inhale full build (cold)',
  'inhale rebuild, nothing changed',
  'bare Eleventy',
  'inhale vs Eleventy',
  'serve: one edit on disk',
  'import as many tweets',
];
console.log(
  `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const mail = child('scripts/bench/run-mail.ts', [values['mail-messages']]) as Run & {
  mb: number;
  perSecond: number;
};
console.log(
  `\nMail: an mbox of ${Number(values['mail-messages']).toLocaleString('en')} messages (${Math.round(mail.mb)} MB) imports in ${mail.seconds.toFixed(1)} s ` +
    `(${Math.round(mail.perSecond).toLocaleString('en')} messages/s), peak ${Math.round(mail.maxRssMB)} MB.`,
);
const table = (header: string[], body: string[][]) =>
  `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${body.map((row) => `| ${row.join(' | ')} |`).join('\n')}`;
console.log(
  `\nSearch index, cold build: analysis is CPU seconds summed over the shard threads (they run in parallel), the index is main-thread seconds to merge and write it.\n\n${table(['entries', 'analysis', 'index', 'Pagefind indexing the built site'], indexRows)}`,
);
console.log(
  `\nFirst query on a fresh page (gzip bytes, as a host sends them; the results come first, then the filter counts: from the stored documents of a few matches, a word's counts file, or the facet files), and the time to answer once the files are there (median of 5):\n\n${table(['entries', 'query', 'matches', 'first results', 'with filter counts', 'answer'], searchRows)}`,
);
if (!values['no-media']) {
  const media = child('scripts/bench/media.ts', ['--photos', '20', '--rebuild', '1000']) as Run & {
    perSecond: number;
    photos: number;
    firstBuild: number;
    rebuild: number;
  };
  console.log(
    `\nMedia: 20 generated 24-megapixel JPEGs become WebP and JPEG in two widths at ${media.perSecond.toFixed(2)} images/s ` +
      `(every core, peak ${Math.round(media.maxRssMB)} MB including one 50-megapixel photo); an archive of ` +
      `${media.photos.toLocaleString('en')} photos builds cold in ${media.firstBuild.toFixed(1)} s and rebuilds unchanged in ${media.rebuild.toFixed(1)} s.`,
  );
}
