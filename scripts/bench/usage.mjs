/**
 * What a bench helper process prints last, as one JSON line: seconds since `started`, peak
 * memory and CPU (the process's, worker threads included), and any figures of its own.
 * @param {number} started `performance.now()` when the measured work began
 * @param {Record<string, unknown>} [extra]
 */
export function printUsage(started, extra = {}) {
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      seconds: (performance.now() - started) / 1000,
      maxRssMB: usage.maxRSS / 1024,
      userSeconds: usage.userCPUTime / 1e6,
      systemSeconds: usage.systemCPUTime / 1e6,
      ...extra,
    }),
  );
}
