/**
 * Takes screenshots of a built site (default content/dist/, where npm run demo builds) for the README and for looking at changes.
 *   npx tsx scripts/screenshot.ts [outDir] [page-path ...]
 */
import { launchChromium } from '../tests/helpers/browser.ts';
import { startStaticServer } from '../src/cli/serve.ts';

const outDir = process.argv[2] ?? 'content/dist';
const pages = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['/'];
const server = await startStaticServer(outDir, 0, { liveReload: false });
const browser = await launchChromium();
try {
  for (const [index, page] of pages.entries()) {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.port}${page}`, { waitUntil: 'networkidle' });
    const file = `/tmp/inhale-shot-${index}.png`;
    await tab.screenshot({ path: file, fullPage: false });
    console.log(`${page} → ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
