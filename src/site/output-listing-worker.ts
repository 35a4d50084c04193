/** A worker thread that lists the output folder `workerData` once and posts the listing. */
import { parentPort, workerData } from 'node:worker_threads';

import { outputListing } from './output-listing.ts';

parentPort?.postMessage(outputListing(workerData as string));
