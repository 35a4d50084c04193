/**
 * Shards in worker threads for large archives, in the main thread for small ones; both behind
 * the same asynchronous interface.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import { isCompiled } from '../shared/compiled.ts';
import { addProgress, isBuildProgressWanted, type ProgressCounts } from './build-progress.ts';
import { Shard, type ShardOptions } from './shard.ts';
import { timingStart } from './timing.ts';

/** What a shard does when asked, in the main thread or in its worker. */
export type ShardMethods = Pick<
  Shard,
  | 'load'
  | 'update'
  | 'release'
  | 'adopt'
  | 'shownRecords'
  | 'render'
  | 'renderPlaces'
  | 'searchPostings'
  | 'mediaFiles'
>;
type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export type ShardHandle = Async<ShardMethods> & { close(): Promise<void> };

/**
 * Below this many entry files one thread builds as fast as two worker shards and with a third
 * less CPU and half the memory (3,000 and 6,000 entries); at 10,000 two shards were faster
 * (docs/performance.md, session 12).
 */
export const PARALLEL_THRESHOLD = 8000;

/**
 * How many shards for `files` entry files; `INHALE_SHARDS` sets it (1: the main thread, more:
 * worker threads), for measuring and for tests that compare both paths.
 */
export function shardCount(files: number): number {
  const forced = Number(process.env.INHALE_SHARDS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, 8);
  return files < PARALLEL_THRESHOLD ? 1 : Math.max(1, Math.min(availableParallelism(), 8));
}

export function createShards(count: number, options: ShardOptions): ShardHandle[] {
  // INHALE_WORKERS=1 puts even one shard in a worker thread, to measure that path.
  if (count === 1 && process.env.INHALE_WORKERS !== '1') return [inProcess(new Shard(options))];
  return Array.from({ length: count }, () => inWorker(options));
}

function inProcess(shard: Shard): ShardHandle {
  return {
    load: (files) => shard.load(files),
    update: (files) => shard.update(files),
    release: async (ids) => shard.release(ids),
    adopt: (records) => shard.adopt(records),
    shownRecords: async (ids) => shard.shownRecords(ids),
    render: async (input, previous, keys) => shard.render(input, previous, keys),
    renderPlaces: async (input, previous) => shard.renderPlaces(input, previous),
    searchPostings: async (numbers) => shard.searchPostings(numbers),
    mediaFiles: async () => shard.mediaFiles(),
    close: async () => {},
  };
}

/**
 * What a shard's worker thread starts with: its options, the main thread's start for timings,
 * and whether to post its progress (only when the command line shows it).
 */
export interface ShardWorkerData {
  options: ShardOptions;
  timingStart: number;
  progress: boolean;
}

/** The worker's file: compiled in build/, or the source through tsx (shard-worker-entry.mjs). */
const WORKER_FILE = isCompiled
  ? new URL('../../build/shard-worker.js', import.meta.url)
  : new URL('./shard-worker-entry.mjs', import.meta.url);

function inWorker(options: ShardOptions): ShardHandle {
  const worker = new Worker(WORKER_FILE, {
    workerData: {
      options,
      timingStart: timingStart(),
      progress: isBuildProgressWanted(),
    } satisfies ShardWorkerData,
  });
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: unknown) => void }
  >();
  let next = 0;
  worker.on(
    'message',
    (
      message:
        | { id: number; result?: unknown; error?: { message: string; problems?: unknown } }
        | { progress: ProgressCounts },
    ) => {
      if ('progress' in message) return addProgress(message.progress);
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error)
        call?.reject(Object.assign(new Error(message.error.message), message.error));
      else call?.resolve(message.result);
    },
  );
  worker.on('error', (error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  });
  worker.unref();
  const call =
    (method: keyof ShardMethods) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, method, args });
      }).finally(() => {
        if (pending.size === 0) worker.unref();
      });
  return {
    load: call('load') as ShardHandle['load'],
    update: call('update') as ShardHandle['update'],
    release: call('release') as ShardHandle['release'],
    adopt: call('adopt') as ShardHandle['adopt'],
    shownRecords: call('shownRecords') as ShardHandle['shownRecords'],
    render: call('render') as ShardHandle['render'],
    renderPlaces: call('renderPlaces') as ShardHandle['renderPlaces'],
    searchPostings: call('searchPostings') as ShardHandle['searchPostings'],
    mediaFiles: call('mediaFiles') as ShardHandle['mediaFiles'],
    close: async () => {
      await worker.terminate();
    },
  };
}
