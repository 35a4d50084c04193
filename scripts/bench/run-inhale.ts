/**
 * Bench helper: one cold or warm inhale build in its own process; prints seconds, peak memory and
 * CPU (the process's, worker threads included) as JSON. With `--timing`, the JSON also carries
 * the table `inhale build --timing` prints: where the time went.
 *   npx tsx scripts/bench/run-inhale.ts <archive> <out> [--timing]
 */
import { buildSite } from '../../src/cli/build-site.ts';
import { timingTable } from '../../src/site/timing.ts';
import { printUsage } from './usage.mjs';

const [archive, out, flag] = process.argv.slice(2) as [string, string, string?];
const started = performance.now();
const { summary, site } = await buildSite(archive, out);
await site.close();
printUsage(started, {
  pages: summary.pages,
  written: summary.written,
  search: summary.search,
  ...(flag === '--timing' ? { timing: timingTable(started) } : {}),
});
