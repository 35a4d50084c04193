/**
 * Phase timings on stderr when INHALE_TIMING is set (for profiling builds: `INHALE_TIMING=1
 * inhale build …`). Every thread counts from the main thread's start: the shard pool hands its
 * start to each worker, so the lines of all threads read as one timeline.
 */
let startedAt: number | undefined;

/** When this thread's timings count from: set once, at the first call, unless given. */
export function timingStart(): number {
  startedAt ??= Date.now();
  return startedAt;
}

/** Counts this thread's timings from `at` (a worker, from the main thread's start). */
export function startTimingAt(at: number): void {
  startedAt = at;
}

export function timing(message: string): void {
  if (!process.env.INHALE_TIMING) return;
  const megabytes = (bytes: number) => (bytes / 1048576).toFixed(0);
  console.error(
    `[timing] ${((Date.now() - timingStart()) / 1000).toFixed(3)} ${message} (heap ${megabytes(process.memoryUsage().heapUsed)} MB, rss ${megabytes(process.memoryUsage.rss())} MB)`,
  );
}
