/**
 * For tests that expect an error: Eleventy logs a failed build's error, stack and all, through
 * console.error before the build rejects, which would fill a green run with stack traces.
 */
import { mock } from 'node:test';

/**
 * Runs `task` with console.error captured into `logged` (restored after), and settles as the
 * task does: `await assert.rejects(quietly(() => buildSite(…)), /…/)`.
 */
export async function quietly<T>(task: () => Promise<T>, logged: string[] = []): Promise<T> {
  const spy = mock.method(console, 'error', (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
  });
  try {
    return await task();
  } finally {
    spy.mock.restore();
  }
}
