/**
 * Progress of long work (import, build) on stderr, never stdout: on a terminal a bar that
 * cli-progress draws in place (redrawn at most ten times a second, cut to the terminal's width,
 * cleared when done); off a terminal (a file, a pipe, a CI log) a plain line every few seconds,
 * the first only after that long, so a quick command says nothing. Each shows the count of the
 * total where it is known, the rate over the last seconds (not since the start, so a slow
 * beginning does not skew it) and the time left at that rate. The commands make none for --json.
 */
import cliProgress from 'cli-progress';

import { terminalSafe } from './terminal.ts';

/** Where progress goes: process.stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean;
  /** The terminal's width: a longer line would wrap, and a redraw return only to its last row. */
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** What is counted: `entries`, `MB`. */
  unit: string;
  /** @default process.stderr */
  stream?: ProgressStream;
  /**
   * Seconds between lines off a terminal, and before the first. @default 5, or the
   * INHALE_PROGRESS_EVERY environment variable (the tests' way to see lines from a quick build)
   */
  lineEvery?: number;
  /** Seconds the rate is measured over. @default 5 */
  rateWindow?: number;
}

const defaults = {
  lineEvery: Number(process.env.INHALE_PROGRESS_EVERY) || 5,
  // cli-progress's own ETA averages its last N updates, however far apart: updates come in
  // bursts here (a worker's batch, a file of 500 tweets), so the rate is kept over seconds.
  rateWindow: 5,
};

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
  private unit: string;
  /** Recent (time, value) samples, the oldest at most `rateWindow` seconds before the newest. */
  private samples: [number, number][] = [];
  /** When the last line was written off a terminal (the first waits `lineEvery` too). */
  private lastLine = Date.now();
  private bar?: cliProgress.SingleBar;

  constructor(userOptions: ProgressOptions) {
    this.options = { ...defaults, stream: process.stderr, ...userOptions };
    this.unit = userOptions.unit;
  }

  /** Counts something else from now on (the next phase of the work): its rate starts afresh. */
  count(unit: string): void {
    if (unit === this.unit) return;
    this.unit = unit;
    this.samples = [];
  }

  /** `value` of `total` (when known) is done; `detail` is said after it (a phase, a count). */
  update(value: number, total?: number, detail = ''): void {
    const at = Date.now();
    this.samples.push([at, value]);
    while (this.samples.length > 2 && this.samples[1]![0] <= at - this.options.rateWindow * 1000)
      this.samples.shift();
    const text = terminalSafe(this.describe(value, total, detail));
    if (this.options.stream.isTTY) this.draw(value, total, text);
    else if (at - this.lastLine >= this.options.lineEvery * 1000) {
      this.lastLine = at;
      this.options.stream.write(`${text}\n`);
    }
  }

  /** Clears the bar, so the summary that follows starts on a clean line. */
  done(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  /** Per second, over the samples kept; undefined until there are two a moment apart. */
  rate(): number | undefined {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (!first || !last || last[0] - first[0] < 200) return undefined;
    return ((last[1] - first[1]) * 1000) / (last[0] - first[0]);
  }

  private draw(value: number, total: number | undefined, text: string): void {
    const payload = { text, hasTotal: Boolean(total) };
    if (!this.bar) {
      this.bar = new cliProgress.SingleBar({
        stream: this.options.stream as NodeJS.WritableStream,
        format: (options, params, { text, hasTotal }: typeof payload) =>
          hasTotal ? `[${cliProgress.Format.BarFormat(params.progress, options)}] ${text}` : text,
        barsize: 24,
        barCompleteChar: '#',
        barIncompleteChar: '-',
        clearOnComplete: true,
        // Cut to the terminal's width by cli-progress, not by turning the terminal's wrapping off
        // (a killed command would leave it off).
        linewrap: true,
        hideCursor: false,
        // Ctrl-C must still stop the command: no signal handlers of its own.
        gracefulExit: false,
      });
      this.bar.start(total ?? 0, value, payload);
      return;
    }
    this.bar.setTotal(total ?? 0);
    this.bar.update(value, payload);
  }

  private describe(value: number, total: number | undefined, detail: string): string {
    const { unit } = this;
    const rate = this.rate();
    const parts = [
      total
        ? `${Math.round(value)} of ${Math.round(total)} ${unit}`
        : `${Math.round(value)} ${unit}`,
    ];
    if (total) parts[0] += ` (${Math.floor((100 * value) / total)} %)`;
    if (rate !== undefined)
      parts.push(`${rate < 10 ? rate.toFixed(1) : Math.round(rate)} ${unit}/s`);
    if (total && rate && value < total)
      parts.push(`about ${formatDuration((total - value) / rate)} left`);
    if (detail) parts.push(detail);
    return parts.join(', ');
  }
}
