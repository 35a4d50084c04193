import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { serve } from '../../src/cli/serve.ts';
import { newArchive } from '../helpers/archives.ts';
import { browserUnavailable, launchChromium } from '../helpers/browser.ts';
import { quietly } from '../helpers/console.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const skip = browserUnavailable();
const ENTRY = (title: string) =>
  `---\nid: journal:walk\nsource: journal\nkind: note\ndate: 2021-06-12T10:00:00Z\ntitle: ${title}\n---\nA walk.\n`;

describe('inhale serve shows a failed rebuild in the open page', { skip }, () => {
  it(
    'shows the message over the page when an edit breaks, and clears it when fixed',
    { timeout: 120_000 },
    async (t) => {
      // What serve prints (builds, the failure) is not for the test's output.
      t.mock.method(console, 'log', () => {});
      t.mock.method(console, 'error', () => {});
      const archive = await newArchive();
      const folder = path.join(archive, 'journal', '2021', '06');
      await mkdir(folder, { recursive: true });
      const entry = path.join(folder, '12-walk.md');
      await writeFile(entry, ENTRY('A walk'));
      let notify: () => void = () => {};
      const nextRebuild = () => new Promise<void>((resolve) => (notify = resolve));
      const server = await quietly(() =>
        serve({
          archiveDir: archive,
          outDir: path.join(temporaryFolder(), 'site'),
          port: 0,
          onRebuild: () => notify(),
        }),
      );
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${server.port}/2021/06/12/walk.html`);
        const overlay = page.locator('#inhale-build-error[role="alert"]');
        // A page that connects after the failure is told it on connecting, so there is no race.
        let rebuilt = nextRebuild();
        await quietly(async () => {
          await writeFile(entry, ENTRY('Breakfast: eggs'));
          await rebuilt;
        });
        await overlay.waitFor();
        const text = (await overlay.textContent()) ?? '';
        assert.match(text, /The rebuild failed; this is the last good site/);
        assert.match(text, /journal\/2021\/06\/12-walk\.md:6: invalid YAML/);
        assert.match(text, /title: "Breakfast: eggs"/);
        assert.equal(
          (await page.locator('h1').count()) > 0,
          true,
          'the last good page is still there',
        );

        // A page opened while the build is broken shows it too.
        const later = await browser.newPage();
        await later.goto(`http://127.0.0.1:${server.port}/`);
        await later.locator('#inhale-build-error').waitFor();

        rebuilt = nextRebuild();
        const reloaded = page.waitForEvent('load');
        await quietly(async () => {
          await writeFile(entry, ENTRY('"Breakfast: eggs"'));
          await rebuilt;
        });
        await reloaded;
        assert.equal(await overlay.count(), 0, 'the message is gone once the site builds');
        assert.match((await page.content()) ?? '', /Breakfast: eggs/);
      } finally {
        await browser.close();
        await server.close();
      }
    },
  );
});
