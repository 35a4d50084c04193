/**
 * The test reporter `npm test` uses: Node's spec reporter, then one closing line alone,
 * `N passed, N failed` (`, N skipped` when some were), which CI reads to judge a run.
 * Only tests are counted, not suites; a suite that failed for itself (a hook that threw, a
 * file that did not load) counts as one failure. The exit status stays the runner's.
 *
 * JavaScript, not TypeScript: Node loads reporters before tsx's loader is in place.
 */
import { once } from 'node:events';
import { spec as SpecReporter } from 'node:test/reporters';

/** @typedef {{ passed: number; failed: number; skipped: number }} Counts */

/** @param {Counts} counts @param {{ type: string; data?: any }} event */
function count(counts, event) {
  const details = event.data?.details;
  const isSuite = details?.type === 'suite';
  if (event.type === 'test:pass' && !isSuite) {
    if (event.data.skip || event.data.todo) counts.skipped++;
    else counts.passed++;
  }
  // A suite fails when one of its tests did (counted there) or for itself.
  if (event.type === 'test:fail' && (!isSuite || details?.error?.failureType !== 'subtestsFailed'))
    counts.failed++;
}

/** The closing line: `12 passed, 0 failed`, or `12 passed, 0 failed, 3 skipped`. @param {Counts} counts */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** @param {AsyncIterable<{ type: string; data?: any }>} source */
export default async function* summaryReporter(source) {
  const spec = new SpecReporter();
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const feeding = (async () => {
    for await (const event of source) {
      count(counts, event);
      if (!spec.write(event)) await once(spec, 'drain');
    }
    spec.end();
  })();
  for await (const chunk of spec) yield chunk;
  await feeding;
  yield `\n${summaryLine(counts)}\n`;
}
