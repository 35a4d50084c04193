/**
 * Bench helper: what a first query costs in Chromium on a built site. Each query opens a fresh
 * search page (`search/?q=…`, a new browser profile, so nothing is cached), waits until the
 * network is idle (results and filter counts shown), and sums the gzip size of every search file
 * the page loaded (index files and `assets/search.js`), as a host sending them compressed would.
 * Prints one line per query, then JSON.
 *
 *   tsx scripts/bench/search-browser.ts <built-site> [query …]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { startStaticServer } from '../../src/cli/serve.ts';
import { launchChromium } from '../../tests/helpers/browser.ts';

const [out, ...asked] = process.argv.slice(2) as [string, ...string[]];
const queries = asked.length > 0 ? asked : ['zqxjv', 'coffee', 'harbour', 'a0', 'harbour bridge'];
const server = await startStaticServer(out, 0, { liveReload: false });
const results = [];
try {
  for (const query of queries) {
    const browser = await launchChromium();
    const page = await browser.newPage();
    const files: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/search/') || pathname === '/assets/search.js')
        if (pathname.endsWith('.js')) files.push(pathname);
    });
    const url = `http://127.0.0.1:${server.port}/search/?q=${encodeURIComponent(query)}`;
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() =>
      /result/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    await page.waitForLoadState('networkidle');
    let gzip = 0;
    let raw = 0;
    for (const file of files) {
      const bytes = await readFile(path.join(out, decodeURIComponent(file)));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    const status = (await page.textContent('#search-status')) ?? '';
    const facetGroups = await page.locator('#facets section').count();
    results.push({
      query,
      status,
      files: files.length,
      rawKB: raw / 1024,
      gzipKB: gzip / 1024,
      facetGroups,
    });
    console.error(
      `${query}: ${status} · ${files.length} files · ${(gzip / 1024).toFixed(0)} KB gzip (${(raw / 1024).toFixed(0)} KB raw) · ${facetGroups} filter groups`,
    );
    await browser.close();
  }
} finally {
  await server.close();
}
console.log(JSON.stringify(results));
