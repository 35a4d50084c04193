/** A shard in a worker thread: runs the methods the main thread asks for, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';

import { transferablesOf, type PostingsPiece } from '../search/build-index.ts';
import { flushProgress, postProgressTo } from './build-progress.ts';
import type { ShardMethods, ShardWorkerData } from './shard-pool.ts';
import { Shard } from './shard.ts';
import { startTimingAt } from './timing.ts';

const data = workerData as ShardWorkerData;
startTimingAt(data.timingStart);
// Counts of entries read and pages written, batched: a message at most every 100 ms.
if (data.progress) postProgressTo((progress) => parentPort?.postMessage({ progress }));
const shard = new Shard(data.options);
let queue = Promise.resolve();

parentPort?.on(
  'message',
  (message: { id: number; method: keyof ShardMethods; args: unknown[] }) => {
    queue = queue.then(async () => {
      try {
        const method = shard[message.method] as (...args: unknown[]) => unknown;
        const result = await method.apply(shard, message.args);
        // The last counts arrive before the answer, so the main thread's tally is whole by then.
        flushProgress();
        // Search postings are handed over, not copied: at 100,000 entries they are 100 MB.
        const transfer =
          message.method === 'searchPostings' ? transferablesOf(result as PostingsPiece) : [];
        parentPort?.postMessage({ id: message.id, result }, transfer);
      } catch (error) {
        parentPort?.postMessage({ id: message.id, error: { message: (error as Error).message } });
      }
    });
  },
);
