/** Worker thread: parses its share of entry files and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';

import type { ArchiveConfig } from '../archive/schema.ts';
import { mapLimit, readRecord } from './read-record.ts';

const { archiveDir, files, config } = workerData as {
  archiveDir: string;
  files: string[];
  config: ArchiveConfig;
};
const results = await mapLimit(files, 32, (file) => readRecord(archiveDir, file, config));
parentPort?.postMessage(results);
