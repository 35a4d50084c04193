/**
 * Edits in `serve`, each timed from saving an entry's file to its new page being on disk, on one
 * running server (its first build is not timed); `npm run bench` times one:
 *   npx tsx scripts/bench/serve-edit.ts <archive> <out> [edits]
 * With INHALE_TIMING=1 the server's phase marks show where each edit's time went.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { serve } from '../../src/cli/serve.ts';

/** Milliseconds from each save to its page on disk, for `count` journal entries spread over the archive. */
export async function timeEdits(archive: string, out: string, count: number): Promise<number[]> {
  // Each edit waits for the one before to be finished, search index included, as edits a person
  // makes seconds apart are: this times one edit, not a queue of them.
  let rebuilt: () => void = () => {};
  const settled = () => new Promise<void>((resolve) => (rebuilt = resolve));
  const quiet = console.log;
  console.log = () => {};
  const server = await serve({
    archiveDir: archive,
    outDir: out,
    port: 0,
    onRebuild: () => rebuilt(),
  });
  console.log = quiet;
  const folder = path.join(archive, 'journal');
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.md'));
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const target = path.join(folder, files[Math.floor(((i + 1) * files.length) / (count + 1))]!);
      const text = await readFile(target, 'utf8');
      const marker = `bench-edit-${Date.now()}`;
      const [, year, month, name] = /(\d{4})\/(\d{2})\/(\d{2}-.+)\.md$/.exec(target)!;
      const page = path.join(out, year!, month!, name!.slice(0, 2), `${name!.slice(3)}.html`);
      const started = performance.now();
      const savedAt = Date.now();
      const done = settled();
      await writeFile(target, text.replace(/\n---\n/, `\n---\n${marker} `));
      for (;;) {
        const html = await readFile(page, 'utf8').catch(() => '');
        if (html.includes(marker)) break;
        if (performance.now() - started > 60_000) throw new Error(`the edit did not reach ${page}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      // The page's own time: this loop shares the server's thread, which goes on rendering the
      // site-wide pages after the shard has written the entry's page.
      times.push((await stat(page)).mtimeMs - savedAt);
      console.error(
        `[edit] ${i + 1}: ${times.at(-1)!.toFixed(0)} ms to ${path.relative(out, page)} (seen after ${(performance.now() - started).toFixed(0)} ms)`,
      );
      await done;
      const reverted = settled();
      await writeFile(target, text);
      await reverted;
    }
  } finally {
    await server.close();
  }
  return times;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [archive, out, count = '5'] = process.argv.slice(2);
  if (!archive || !out) throw new Error('usage: serve-edit.ts <archive> <out> [edits]');
  const times = await timeEdits(archive, out, Number(count));
  console.log(JSON.stringify({ editsMs: times.map((t) => Math.round(t)) }));
}
