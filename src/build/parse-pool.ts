/**
 * Parses entry files in parallel: one worker thread per core past the first, the main thread
 * takes a share too. Small batches (an edit, the demo) are parsed in-process.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import type { ArchiveConfig } from '../archive/schema.ts';
import { mapLimit, readRecord, type ParseResult } from './read-record.ts';

/** Below this many files a worker costs more to start than it saves. */
const PARALLEL_THRESHOLD = 2000;

export async function parseFiles(
  archiveDir: string,
  files: string[],
  config: ArchiveConfig,
): Promise<ParseResult[]> {
  const workers = Math.min(availableParallelism(), 8) - 1;
  if (files.length < PARALLEL_THRESHOLD || workers < 1) return parseHere(archiveDir, files, config);
  const share = Math.ceil(files.length / (workers + 1));
  const batches = Array.from({ length: workers }, (_, index) =>
    files.slice(share * (index + 1), share * (index + 2)),
  );
  const [own, ...others] = await Promise.all([
    parseHere(archiveDir, files.slice(0, share), config),
    ...batches.map((batch) => parseInWorker(archiveDir, batch, config)),
  ]);
  return [own!, ...others].flat();
}

function parseHere(
  archiveDir: string,
  files: string[],
  config: ArchiveConfig,
): Promise<ParseResult[]> {
  return mapLimit(files, 32, (file) => readRecord(archiveDir, file, config));
}

function parseInWorker(
  archiveDir: string,
  files: string[],
  config: ArchiveConfig,
): Promise<ParseResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker-entry.mjs', import.meta.url), {
      workerData: { archiveDir, files, config },
    });
    worker.once('message', (results: ParseResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1)
        reject(new Error(`entry parser worker stopped with code ${code}`));
    });
  });
}
