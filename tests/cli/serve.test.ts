import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { serve } from '../../src/cli/serve.ts';
import { DEMO, temporaryFolder } from '../helpers/paths.ts';

describe('inhale serve', () => {
  it(
    'rewrites the page of an edited entry, and keeps the last good site when an edit breaks',
    { timeout: 60_000 },
    async (t) => {
      // What serve prints, kept to check the broken edit is reported.
      const printed: string[] = [];
      const keep = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
      t.mock.method(console, 'log', keep);
      t.mock.method(console, 'error', keep);
      const root = temporaryFolder();
      const archive = path.join(root, 'archive');
      const out = path.join(root, 'dist');
      await cp(DEMO, archive, {
        recursive: true,
        filter: (source) => !source.includes('.inhale-cache'),
      });
      const rebuilt: (unknown | undefined)[] = [];
      let notify: () => void = () => {};
      const server = await serve({
        archiveDir: archive,
        outDir: out,
        port: 0,
        onRebuild: (error) => (rebuilt.push(error), notify()),
      });
      const nextRebuild = () => new Promise<void>((resolve) => (notify = resolve));
      try {
        const entry = path.join(archive, 'journal', '2024', '02', '29-a-leap-day.md');
        const page = path.join(out, '2024', '02', '29', 'a-leap-day.html');
        const text = await readFile(entry, 'utf8');
        let waiting = nextRebuild();
        await writeFile(entry, text.replace('An extra day', 'An edited extra day'));
        await waiting;
        assert.equal(rebuilt.at(-1), undefined);
        assert.match(await readFile(page, 'utf8'), /An edited extra day/);
        const response = await fetch(`http://127.0.0.1:${server.port}/2024/02/29/a-leap-day.html`);
        assert.match(await response.text(), /An edited extra day[\s\S]*\/_inhale\/live\.js/);

        waiting = nextRebuild();
        await writeFile(entry, text.replace('kind: note', 'kind: [broken'));
        await waiting;
        assert.ok(rebuilt.at(-1) instanceof Error);
        assert.match(printed.join('\n'), /Rebuild failed; still serving the last good site/);
        assert.match(printed.join('\n'), /29-a-leap-day\.md:5: invalid YAML/);
        assert.match(
          await readFile(page, 'utf8'),
          /An edited extra day/,
          'the last good page stays',
        );
      } finally {
        await server.close();
      }
    },
  );
});
