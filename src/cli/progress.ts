/**
 * Progress of long work (import, build) on stderr: a bar redrawn in place on a terminal, with
 * the count of the total where it is known, the rate over the last seconds (not since the
 * start, so a slow beginning does not skew it) and the time left at that rate; a plain line
 * every few seconds when stderr is a file or a pipe (a CI log). Nothing is shown for --json.
 */
import { terminalSafe } from './terminal.ts';

/** Where progress goes: process.stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean;
  /** The terminal's width: a longer line would wrap, and `\r` return only to its last row. */
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** What is counted: `entries`, `MB`. */
  unit: string;
  /** @default process.stderr */
  stream?: ProgressStream;
  /** The clock, in milliseconds. @default performance.now */
  now?: () => number;
  /** Seconds between lines when not on a terminal. @default 5 */
  lineEvery?: number;
  /** Seconds the rate is measured over. @default 5 */
  rateWindow?: number;
  /** Redraws of the bar at most this often, in milliseconds, so drawing costs nothing. @default 100 */
  redrawEvery?: number;
  /** Show the rate and the time left; off when the steps counted are of uneven length. @default true */
  showRate?: boolean;
}

const defaults = { lineEvery: 5, rateWindow: 5, redrawEvery: 100, showRate: true };
const BAR_WIDTH = 24;

/** `95 s`, `4 min 10 s`. */
export function formatDuration(seconds: number): string {
  const rounded = Math.max(0, Math.round(seconds));
  if (rounded < 60) return `${rounded} s`;
  return `${Math.floor(rounded / 60)} min ${rounded % 60} s`;
}

export class Progress {
  private readonly options: Required<Omit<ProgressOptions, 'stream'>> & {
    stream: ProgressStream;
  };
  /** Recent (time, value) samples, the oldest at most `rateWindow` seconds before the newest. */
  private samples: [number, number][] = [];
  private lastShown: number;
  private drawn = false;

  constructor(userOptions: ProgressOptions) {
    this.options = {
      ...defaults,
      stream: process.stderr,
      now: () => performance.now(),
      ...userOptions,
    };
    // Off a terminal the first line comes after `lineEvery` seconds: a quick command says nothing.
    this.lastShown = this.options.stream.isTTY ? -Infinity : this.options.now();
  }

  /** `value` of `total` (when known) is done; `detail` is said after it (the phase, a count). */
  update(value: number, total?: number, detail = ''): void {
    const { now, stream, rateWindow, lineEvery, redrawEvery } = this.options;
    const at = now();
    this.samples.push([at, value]);
    while (this.samples.length > 2 && this.samples[1]![0] <= at - rateWindow * 1000)
      this.samples.shift();
    const wait = stream.isTTY ? redrawEvery : lineEvery * 1000;
    if (at - this.lastShown < wait) return;
    this.lastShown = at;
    const text = terminalSafe(this.describe(value, total, detail));
    if (stream.isTTY) {
      const line = `${this.bar(value, total)}${text}`;
      const width = stream.columns ? stream.columns - 1 : Infinity;
      stream.write(`\r${line.length > width ? `${line.slice(0, width - 1)}…` : line}\x1b[K`);
      this.drawn = true;
    } else stream.write(`${text}\n`);
  }

  /** Clears the bar, so the summary that follows starts on a clean line. */
  done(): void {
    if (this.drawn) this.options.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** Per second, over the samples kept; undefined until there are two a moment apart. */
  rate(): number | undefined {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (!first || !last || last[0] - first[0] < 200) return undefined;
    return ((last[1] - first[1]) * 1000) / (last[0] - first[0]);
  }

  private describe(value: number, total: number | undefined, detail: string): string {
    const { unit } = this.options;
    const rate = this.options.showRate ? this.rate() : undefined;
    const parts = [
      total
        ? `${Math.round(value)} of ${Math.round(total)} ${unit}`
        : `${Math.round(value)} ${unit}`,
    ];
    if (total) parts[0] += ` (${Math.floor((100 * value) / total)} %)`;
    if (rate !== undefined)
      parts.push(`${rate < 10 ? rate.toFixed(1) : Math.round(rate)} ${unit}/s`);
    if (total && rate) parts.push(`about ${formatDuration((total - value) / rate)} left`);
    if (detail) parts.push(detail);
    return parts.join(', ');
  }

  private bar(value: number, total: number | undefined): string {
    if (!total) return '';
    const filled = Math.min(BAR_WIDTH, Math.round((BAR_WIDTH * value) / total));
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] `;
  }
}
