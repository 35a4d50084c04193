/**
 * `npm run bench`: the figures issue 22 asks for, in one Markdown table with user and system CPU,
 * peak memory and the target beside each, written between the markers in docs/performance.md.
 * Start-up (`--version`, `check` and a build of the demo, three runs each); then for each size of
 * generated archive: inhale's cold build and the plain script (gray-matter + markdown-it +
 * writeFile, scripts/bench/run-plain.mjs) alternately, ABBA, each cold; bare Eleventy once; the
 * CLI's rebuild with the cache warm, then with nothing changed; one edit in `serve`; search's
 * first queries; Pagefind; importing as many tweets, then the same export again. Then mail, media.
 *
 *   npm run bench                    # 10k and 100k (about 20 minutes: bare Eleventy is slow)
 *   npm run bench -- --sizes 10000,100000,1000000   # and the 1M point (no Eleventy, Pagefind,
 *                                    # plain script, serve or import there; where the time went)
 *   npm run bench -- --huge-threshold 3000   # sizes from 3,000 up are treated as the 1M point
 *   npm run bench -- --no-eleventy   # skip the bare Eleventy baseline
 *   npm run bench -- --no-pagefind   # skip Pagefind indexing the built site
 *   npm run bench -- --mail-messages 690000   # the mail import of a ~5 GB mbox (default 40,000)
 *   npm run bench -- --no-media      # skip the media benchmark (scripts/bench/media.ts)
 *   npm run bench -- --no-write      # print only; leave docs/performance.md as it is
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { generateArchive } from './generate-archive.ts';
import { child, cold, mailSentence, mediaSentence, type Run } from './bench/child.ts';
import { importTweets } from './bench/import-tweets.ts';
import { writeBetweenMarkers } from './bench/markers.ts';
import { timeEdits } from './bench/serve-edit.ts';
import { medianSeconds, startupRows, timeCli } from './bench/startup.ts';
import { formatRow, HEADER, markdownTable, mean, timed, type Row } from './bench/targets.ts';
import {
  pagefindRun,
  searchSection,
  type QueryCost,
  type SearchCosts,
} from './bench/search-section.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    eleventy: { type: 'boolean', default: true },
    'no-eleventy': { type: 'boolean', default: false },
    'no-pagefind': { type: 'boolean', default: false },
    'mail-messages': { type: 'string', default: '40000' },
    'no-media': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'huge-threshold': { type: 'string', default: '1000000' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'inhale-bench') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const hugeThreshold = Number(values['huge-threshold']);
const withEleventy = values.eleventy && !values['no-eleventy'];
const withPagefind = !values['no-pagefind'];
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
const loadAtStart = loadAverage();

const rows: Row[] = [];
const output: string[] = [];
const say = (text: string) => {
  console.log(text);
  output.push(text);
};
const searchCosts: SearchCosts[] = [];
const where: string[] = [];

for (const row of await startupRows()) {
  const median = row.runs.find((run) => run.seconds === medianSeconds(row.runs))!;
  rows.push(timed('demo', `${row.what}, median of 3`, median, row.targetSeconds));
}
console.error('start-up: done');

for (const size of sizes) {
  const entries = size.toLocaleString('en');
  const isHuge = size >= hugeThreshold;
  const root = path.join(values.dir, String(size));
  const archive = path.join(root, 'archive');
  const out = path.join(root, 'out');
  if (!existsSync(path.join(archive, 'inhale.yaml'))) await generateArchive(archive, size);
  const builds: Run[] = [];
  if (isHuge) {
    // Bare Eleventy, Pagefind and the plain script would take hours here; where the time went instead.
    const build = await cold('scripts/bench/run-inhale.ts', archive, out, ['--timing']);
    rows.push({
      entries,
      what: 'inhale full build (cold)',
      run: build,
      target: '≤ 4,096 MB',
      met: build.maxRssMB <= 4096,
    });
    where.push(`${entries} entries, cold build:\n\n\`\`\`\n${build.timing}\n\`\`\``);
    builds.push(build);
  } else {
    const plainOut = path.join(root, 'plain-out');
    const plain: Run[] = [];
    // ABBA, so the disk's moment falls on both alike.
    builds.push(await cold('scripts/bench/run-inhale.ts', archive, out));
    plain.push(await cold('scripts/bench/run-plain.mjs', archive, plainOut));
    plain.push(await cold('scripts/bench/run-plain.mjs', archive, plainOut));
    builds.push(await cold('scripts/bench/run-inhale.ts', archive, out));
    await rm(plainOut, { recursive: true, force: true });
    const [a1, b1, b2, a2] = [builds[0]!, plain[0]!, plain[1]!, builds[1]!];
    rows.push(
      { entries, what: 'inhale full build (cold), run 1 (A)', run: a1 },
      { entries, what: 'plain script (gray-matter + markdown-it + writeFile), run 1 (B)', run: b1 },
      { entries, what: 'plain script, run 2 (B)', run: b2 },
      { entries, what: 'inhale full build (cold), run 2 (A)', run: a2 },
    );
    const ratio = mean(builds) / mean(plain);
    const peak = Math.max(a1.maxRssMB, a2.maxRssMB);
    rows.push({
      entries,
      what: 'inhale cold / plain script (means)',
      figure: `${ratio.toFixed(2)}×`,
      ...(size === 100000
        ? { target: '≤ 0.8×, ≤ 1,536 MB', met: ratio <= 0.8 && peak <= 1536 }
        : size === 10000
          ? { target: 'inhale ≤ 3.0 s', met: mean(builds) <= 3 }
          : {}),
    });
    if (withEleventy) {
      // Its output removed, not inhale's cache: the CLI's rebuilds below run with the cache warm.
      const eleventyOut = path.join(root, 'eleventy-out');
      await rm(eleventyOut, { recursive: true, force: true });
      const eleventy = child('scripts/bench/run-eleventy.mjs', [archive, eleventyOut]);
      await rm(eleventyOut, { recursive: true, force: true });
      rows.push({ entries, what: 'bare Eleventy', run: eleventy });
      rows.push({
        entries,
        what: 'bare Eleventy / inhale cold (mean)',
        figure: `${(eleventy.seconds / mean(builds)).toFixed(1)}×`,
      });
    }
  }
  // The CLI, as a person runs it: the first build records the fingerprint the second one matches.
  const cli = ['build', '-a', archive, '--out', out];
  rows.push({ entries, what: '`inhale build`, cache warm (a full render)', run: timeCli(cli) });
  rows.push(
    timed(
      entries,
      '`inhale build`, nothing changed',
      timeCli(cli),
      ...(size === 100000 ? [2, 800] : []),
    ),
  );
  if (!isHuge) {
    const [milliseconds] = await timeEdits(archive, out, 1);
    rows.push(timed(entries, 'serve: one edit on disk', { seconds: milliseconds! / 1000 }, 0.3));
  }
  const queries = JSON.parse(
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/search-queries.ts', out], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }).stdout,
  ) as QueryCost[];
  const largest = Math.max(...queries.map((cost) => cost.withFacetsKB));
  rows.push({
    entries,
    what: 'search: the largest first query, with filter counts (gzip)',
    figure: `${Math.round(largest)} KB`,
    target: '≤ 300 KB',
    met: largest <= 300,
  });
  const pagefind = withPagefind && !isHuge ? pagefindRun(out, root, queries) : undefined;
  searchCosts.push({ size, build: builds[0]!.search, queries, ...(pagefind ? { pagefind } : {}) });
  if (!isHuge) {
    const imported = await importTweets(root, size);
    const is100k = size === 100000;
    rows.push(timed(entries, `import ${entries} tweets`, imported.first, is100k ? 20 : undefined));
    rows.push(
      timed(
        entries,
        'the same import again (changes nothing)',
        imported.again,
        is100k ? 5 : undefined,
      ),
    );
  }
  console.error(`${size}: done`);
}

const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
say(
  `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadAtStart} at the start, ${loadAverage()} at the end; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${commit}. Wall is each process's own (start-up rows: spawn to exit, from the parent); user and system CPU are the process's, worker threads included; imports and the serve edit run inside the bench process.\n`,
);
say(markdownTable(HEADER, rows.map(formatRow)));
for (const breakdown of where) say(`\nWhere the time went, ${breakdown}`);
say(`\n${mailSentence(Number(values['mail-messages']))}`);
say(`\n${searchSection(searchCosts)}`);
if (!values['no-media']) say(`\n${mediaSentence()}`);
if (!values['no-write']) {
  await writeBetweenMarkers('docs/performance.md', output.join('\n'));
  console.error('written to docs/performance.md');
}
