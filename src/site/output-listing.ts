/**
 * The output folder as the build fingerprint describes it (build-fingerprint.ts): every file but
 * the person's own (`.git/`, top-level dot files, the marker). When inhale runs compiled it is
 * listed in a worker thread while the main thread lists the archive, so the two take about the
 * wall time of the longer on two cores.
 */
import { Worker } from 'node:worker_threads';

import { isCompiled } from '../shared/compiled.ts';
import { listFiles, type Listing } from './file-listing.ts';
import { isPersonal } from './output-folder.ts';

/** The output folder's listing, or undefined when it cannot be read (it is gone). */
export function outputListing(outDir: string): Listing | undefined {
  try {
    return listFiles(outDir, (relative, isFolder) =>
      isPersonal(isFolder ? `${relative}/` : relative),
    );
  } catch {
    return undefined;
  }
}

/** A listing under way: its result, or cancelled when it is no longer needed. */
export interface PendingListing {
  result(): Promise<Listing | undefined>;
  cancel(): void;
}

const WORKER_FILE = new URL('../../build/output-listing-worker.js', import.meta.url);

/**
 * Starts `outputListing` in a worker thread when compiled; from the source it runs when its
 * result is asked for (registering tsx in a worker would cost more than the listing saves).
 */
export function listOutputAside(outDir: string): PendingListing {
  if (!isCompiled) return { result: async () => outputListing(outDir), cancel: () => {} };
  const worker = new Worker(WORKER_FILE, { workerData: outDir });
  const listing = new Promise<Listing | undefined>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { result: () => listing, cancel: () => void worker.terminate() };
}
