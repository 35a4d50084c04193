/** Bench helper: one cold or warm inhale build in its own process; prints seconds and peak memory as JSON. */
import { buildSite } from '../../src/cli/build-site.ts';

const [archive, out] = process.argv.slice(2) as [string, string];
const started = performance.now();
const { summary, site } = await buildSite(archive, out);
await site.close();
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    seconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    pages: summary.pages,
    written: summary.written,
    search: summary.search,
  }),
);
