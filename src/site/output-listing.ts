/**
 * The output folder as the build fingerprint describes it (build-fingerprint.ts): every file but
 * the person's own (`.git/`, top-level dot files, the marker). When inhale runs compiled, the
 * check stats the recorded paths in a worker thread while the main thread stats the archive's,
 * so the two take about the wall time of the longer on two cores.
 */
import { Worker } from 'node:worker_threads';

import { isCompiled } from '../shared/compiled.ts';
import { listFiles, restatFiles, type Listing } from './file-listing.ts';
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

/** What the worker thread is given: the output folder and the paths its listing recorded. */
export interface RestatRequest {
  outDir: string;
  paths: string;
}

/** The recorded output paths described again: their digest, and how many files they name. */
export interface Restated {
  digest: string;
  files: number;
}

/** A description under way: its result, or cancelled when it is no longer needed. */
export interface PendingDigest {
  result(): Promise<Restated | undefined>;
  cancel(): void;
}

const WORKER_FILE = new URL('../../build/output-listing-worker.js', import.meta.url);

/**
 * Describes the recorded output paths again (`restatFiles`), in a worker thread when compiled;
 * from the source, when the result is asked for (tsx would take longer to start in a worker).
 */
export function restatAside(request: RestatRequest): PendingDigest {
  if (!isCompiled) return { result: async () => restatOutput(request), cancel: () => {} };
  const worker = new Worker(WORKER_FILE, { workerData: request });
  const restated = new Promise<Restated | undefined>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { result: () => restated, cancel: () => void worker.terminate() };
}

/** The recorded output paths as they are now; undefined when one of them is unreadable. */
export function restatOutput({ outDir, paths }: RestatRequest): Restated | undefined {
  const { isComplete, digest, files } = restatFiles(outDir, paths);
  return isComplete ? { digest, files } : undefined;
}
