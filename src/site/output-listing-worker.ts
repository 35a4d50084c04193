/** A worker thread that describes the recorded output paths again and posts their digest. */
import { parentPort, workerData } from 'node:worker_threads';

import { restatOutput, type RestatRequest } from './output-listing.ts';

parentPort?.postMessage(restatOutput(workerData as RestatRequest));
