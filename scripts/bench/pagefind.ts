/**
 * Bench helper: Pagefind indexing the same built site, for comparison with inhale's index:
 * seconds and peak memory to index, then in Chromium the bytes a first query downloads (its
 * files are compressed already) and the time to answer once they are there. Prints JSON.
 *
 *   tsx scripts/bench/pagefind.ts <built-site> <work-folder> <query>...
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startStaticServer } from '../../src/cli/serve.ts';
import { launchChromium } from '../../tests/helpers/browser.ts';

const [site, work, ...queries] = process.argv.slice(2) as [string, string, ...string[]];
const PAGEFIND = fileURLToPath(new URL('../../node_modules/.bin/pagefind', import.meta.url));
const root = path.join(work, 'pagefind-site');
await rm(root, { recursive: true, force: true });
await mkdir(root, { recursive: true });

const started = performance.now();
const run = spawnSync(
  '/usr/bin/time',
  ['-v', PAGEFIND, '--site', site, '--output-path', path.join(root, 'pagefind')],
  { encoding: 'utf8', maxBuffer: 1 << 26 },
);
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) throw new Error(`pagefind failed:\n${run.stderr.slice(-2000)}`);
const maxRssMB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]) / 1024;

// A bare page that loads Pagefind's own search API, as its UI would.
await writeFile(
  path.join(root, 'index.html'),
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>pagefind</title></head><body></body></html>',
);
const server = await startStaticServer(root, 0, { liveReload: false });
const browser = await launchChromium();
const results = [];
try {
  for (const query of queries) {
    const page = await browser.newPage();
    // Counted from the network (Pagefind fetches from a worker too, which the page's own
    // resource timing does not see); its files are compressed already.
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) =>
      sizes.push(request.sizes().then((size) => size.responseBodySize)),
    );
    await page.goto(`http://127.0.0.1:${server.port}/`);
    const total = await page.evaluate(async (text) => {
      const script: string = '/pagefind/pagefind.js';
      const pagefind = await import(script);
      (globalThis as unknown as { pagefind: unknown }).pagefind = pagefind;
      await pagefind.init();
      const first = await pagefind.search(text);
      await Promise.all(
        first.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()),
      );
      return first.results.length as number;
    }, query);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    const ms = await page.evaluate(async (text) => {
      const { pagefind } = globalThis as unknown as {
        pagefind: {
          search: (text: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
        };
      };
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const begin = performance.now();
        const again = await pagefind.search(`${text} `);
        await Promise.all(again.results.slice(0, 10).map((result) => result.data()));
        times.push(performance.now() - begin);
      }
      return times.sort((a, b) => a - b)[2]!;
    }, query);
    const measured = { total, ms };
    results.push({ query, total: measured.total, ms: measured.ms, firstKB: bytes / 1024 });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify({ seconds, maxRssMB, queries: results }));
