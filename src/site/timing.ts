/**
 * Phase timings: each thread keeps its marks for `inhale build --timing` (the main thread's,
 * as a table of where the time went), and prints them on stderr as they happen when
 * INHALE_TIMING is set (for profiling builds: `INHALE_TIMING=1 inhale build …`). Every thread
 * counts from the main thread's start: the shard pool hands its start to each worker, so the
 * lines of all threads read as one timeline.
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

/** This thread's marks: what had just finished, and when (ms since the epoch). */
const marks: { message: string; at: number }[] = [];

export function timing(message: string): void {
  marks.push({ message, at: Date.now() });
  // A long-running `serve` keeps only its latest build's marks.
  if (marks.length > 1000) marks.splice(0, marks.length - 1000);
  if (!process.env.INHALE_TIMING) return;
  const megabytes = (bytes: number) => (bytes / 1048576).toFixed(0);
  const memory = process.memoryUsage();
  console.error(
    `[timing] ${((Date.now() - timingStart()) / 1000).toFixed(3)} ${message} (heap ${megabytes(memory.heapUsed)}/${megabytes(memory.heapTotal)} MB, external ${megabytes(memory.external)} MB, rss ${megabytes(memory.rss)} MB)`,
  );
}

/**
 * Where a command's time went, from the start of the process: start-up (Node and the modules,
 * until `commandStarted`), then each of this thread's marks with the time since the one before.
 * `commandStarted` is `performance.now()` when the command's handler began.
 */
export function timingTable(commandStarted: number): string {
  const processStart = performance.timeOrigin;
  const rows: [number, string][] = [[commandStarted, 'start-up (Node, modules, options)']];
  let previous = processStart + commandStarted;
  for (const { message, at } of marks.filter((mark) => mark.at >= previous)) {
    rows.push([at - previous, message]);
    previous = at;
  }
  const end = processStart + performance.now();
  rows.push([end - previous, 'the rest (writing, sweeping the output folder, closing)']);
  const total = performance.now();
  return [
    `Where the time went (${(total / 1000).toFixed(2)} s since the process started):`,
    ...rows.map(
      ([ms, what]) =>
        `  ${(ms / 1000).toFixed(3).padStart(7)} s ${((100 * ms) / total).toFixed(0).padStart(3)} %  ${what}`,
    ),
  ].join('\n');
}

/** Seconds since the process started: the time a person waited for a command. */
export const wallSeconds = (): number => performance.now() / 1000;
