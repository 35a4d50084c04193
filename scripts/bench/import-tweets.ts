/**
 * The import rows of `npm run bench`: a generated Twitter export of `size` tweets imported into
 * an empty archive, then the same export again into the same archive (a re-import changing
 * nothing). In this process: wall and CPU, no peak memory of its own.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { runImport } from '../../src/import/run-import.ts';
import { generateTwitterExport } from './generate-twitter-export.ts';
import type { Measured } from './targets.ts';

async function timedImport(archive: string, exportFolder: string) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await runImport(archive, exportFolder, { source: 'twitter' });
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return { report, run: { seconds, userSeconds: user / 1e6, systemSeconds: system / 1e6 } };
}

export async function importTweets(
  root: string,
  size: number,
): Promise<{ first: Measured; again: Measured }> {
  const exportFolder = path.join(root, 'twitter-export');
  if (!existsSync(path.join(exportFolder, 'data', 'tweets.js')))
    await generateTwitterExport(exportFolder, size);
  const archive = path.join(root, 'import-archive');
  await rm(archive, { recursive: true, force: true });
  await mkdir(archive, { recursive: true });
  await writeFile(path.join(archive, 'inhale.yaml'), 'timeZone: Europe/Berlin\n');
  const first = await timedImport(archive, exportFolder);
  if (first.report.added !== size)
    throw new Error(`expected ${size} imported tweets, got ${first.report.added}`);
  const again = await timedImport(archive, exportFolder);
  if (again.report.added !== 0 || again.report.updated !== 0)
    throw new Error(
      `expected the same export to change nothing, got ${again.report.added} added and ${again.report.updated} updated`,
    );
  return { first: first.run, again: again.run };
}
