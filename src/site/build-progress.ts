/**
 * How far a build is, for the command line's progress (issue 22): entry files read, images
 * published, pages written, counted where the work is done. A worker thread's counts reach the
 * main thread in batched messages (see `postProgressTo`), never one per entry or page. Nothing
 * is counted in the main thread unless a listener wants it, nor posted by a worker unless the
 * shard pool said to.
 */

export type BuildPhase = 'entries' | 'images' | 'pages';

/** Each phase's count so far, and its total when known (0 when not). */
export type BuildProgress = Record<BuildPhase, { done: number; total: number }>;

/** What a worker posts: how many more of each phase were done or became known. */
export type ProgressCounts = Partial<Record<BuildPhase, { done: number; total: number }>>;

/** The listener hears at most this often (ms), so a count per page costs next to nothing. */
const TELL_EVERY = 50;

let listener: ((progress: BuildProgress) => void) | undefined;
let tally: BuildProgress = emptyTally();
let told = 0;

/** A worker's way to the main thread, its counts not yet posted, and when it last posted. */
let post: ((counts: ProgressCounts) => void) | undefined;
let postEvery = 0;
let pending: ProgressCounts = {};
let posted = 0;

function emptyTally(): BuildProgress {
  return {
    entries: { done: 0, total: 0 },
    images: { done: 0, total: 0 },
    pages: { done: 0, total: 0 },
  };
}

/** Tells `onProgress` how the builds that follow are going, from zero; `undefined` stops it. */
export function onBuildProgress(onProgress: ((progress: BuildProgress) => void) | undefined): void {
  listener = onProgress;
  tally = emptyTally();
  told = 0;
}

/** Whether anyone listens: the shard pool tells its workers to post their counts only then. */
export function isBuildProgressWanted(): boolean {
  return listener !== undefined;
}

/** `done` more of `phase` are finished in this thread, and `total` more are known to be coming. */
export function countProgress(phase: BuildPhase, done = 1, total = 0): void {
  if (post) {
    const counts = (pending[phase] ??= { done: 0, total: 0 });
    counts.done += done;
    counts.total += total;
    if (Date.now() - posted >= postEvery) flushProgress();
    return;
  }
  if (!listener) return;
  tally[phase].done += done;
  tally[phase].total += total;
  tell(total > 0);
}

/** Adds what a worker thread posted to the main thread's tally. */
export function addProgress(counts: ProgressCounts): void {
  if (!listener) return;
  let hasTotal = false;
  for (const [phase, { done, total }] of Object.entries(counts) as [
    BuildPhase,
    { done: number; total: number },
  ][]) {
    tally[phase].done += done;
    tally[phase].total += total;
    hasTotal ||= total > 0;
  }
  tell(hasTotal);
}

function tell(now: boolean): void {
  const at = Date.now();
  if (!now && at - told < TELL_EVERY) return;
  told = at;
  listener?.(tally);
}

/**
 * In a worker thread: this thread's counts go to `poster` (a message to the main thread), at
 * most one message every `everyMs`, the rest added up until then or until `flushProgress`;
 * `undefined` counts in this thread again.
 */
export function postProgressTo(
  poster: ((counts: ProgressCounts) => void) | undefined,
  everyMs = 100,
): void {
  post = poster;
  postEvery = everyMs;
  pending = {};
  posted = Date.now();
}

/** Posts the counts not yet posted (a worker does before it answers a call). */
export function flushProgress(): void {
  if (!post || Object.keys(pending).length === 0) return;
  post(pending);
  pending = {};
  posted = Date.now();
}
