/**
 * The README's screenshots: builds the demo archive into a temporary folder and photographs the
 * home page, a conversation, the stats page and a year in review at 1280 px in light mode, and
 * the home page at 390 px in dark mode, into docs/screenshots/.
 *
 *   npm run screenshot              # the README's pictures
 *   npm run screenshot -- /2024/    # one page of the demo, into /tmp/inhale-shot-0.png
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildSite } from '../src/cli/build-site.ts';
import { startStaticServer } from '../src/cli/serve.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const SHOTS = path.resolve('docs', 'screenshots');

interface Shot {
  file: string;
  url: string;
  width: number;
  colorScheme: 'light' | 'dark';
}

const out = await mkdtemp(path.join(tmpdir(), 'inhale-screenshot-'));
const { site } = await buildSite('content', out);
await site.close();
const asked = process.argv.slice(2);
const shots: Shot[] =
  asked.length > 0
    ? asked.map((url, index) => ({
        file: `/tmp/inhale-shot-${index}.png`,
        url,
        width: 1280,
        colorScheme: 'light',
      }))
    : [
        { file: 'home.png', url: '/', width: 1280, colorScheme: 'light' },
        {
          file: 'conversation.png',
          url: await conversationUrl(),
          width: 1280,
          colorScheme: 'light',
        },
        { file: 'stats.png', url: '/stats/', width: 1280, colorScheme: 'light' },
        { file: 'review.png', url: '/2024/review/', width: 1280, colorScheme: 'light' },
        { file: 'home-phone-dark.png', url: '/', width: 390, colorScheme: 'dark' },
      ].map((shot) => ({ ...shot, file: path.join(SHOTS, shot.file) }) as Shot);

const server = await startStaticServer(out, 0, { liveReload: false });
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: shot.width, height: shot.width < 600 ? 1200 : 1000 });
    await tab.emulateMedia({ colorScheme: shot.colorScheme });
    // Today's memories are worked out in the browser: pictures taken on 2 December show some.
    await tab.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'));
    await tab.goto(`http://127.0.0.1:${server.port}${shot.url}`, { waitUntil: 'networkidle' });
    await tab.screenshot({ path: shot.file, fullPage: false });
    console.log(`${shot.url} → ${path.relative(process.cwd(), shot.file)}`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(out, { recursive: true, force: true });
}

/** The page of the demo's first mail conversation about Japan: a conversation read inline. */
async function conversationUrl(): Promise<string> {
  const day = path.join(out, '2024', '02', '18');
  const page = (await readdir(day)).find((name) => name.startsWith('re-japan-itinerary'));
  if (!page) throw new Error(`no Japan itinerary reply in ${day}: the demo changed`);
  return `/2024/02/18/${page}`;
}
