/**
 * Issue 22's targets and the rows of `npm run bench`'s table: each figure with its wall time, CPU,
 * peak memory, the target it answers and whether it was met.
 */
export interface Measured {
  seconds: number;
  maxRssMB?: number;
  userSeconds?: number;
  systemSeconds?: number;
}

export interface Row {
  entries: string;
  what: string;
  /** The figure itself, when it is not a wall time (a ratio, kilobytes). */
  figure?: string;
  run?: Measured;
  target?: string;
  /** Whether the target was met; undefined when the row has no target. */
  met?: boolean;
}

export const HEADER = [
  'entries',
  'what',
  'wall',
  'user CPU',
  'system CPU',
  'peak RSS',
  'target',
  'met?',
];

const seconds = (value: number | undefined) =>
  value === undefined
    ? ''
    : value < 1
      ? `${(value * 1000).toFixed(0)} ms`
      : `${value.toFixed(1)} s`;
const megabytes = (value: number | undefined) =>
  value === undefined ? '' : `${Math.round(value).toLocaleString('en')} MB`;

export function formatRow(row: Row): string[] {
  return [
    row.entries,
    row.what,
    row.figure ?? seconds(row.run?.seconds),
    seconds(row.run?.userSeconds),
    seconds(row.run?.systemSeconds),
    megabytes(row.run?.maxRssMB),
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'met' : '**missed**',
  ];
}

export const mean = (runs: Measured[]): number =>
  runs.reduce((sum, run) => sum + run.seconds, 0) / runs.length;

/** A row with a time target (`at most`, in seconds) and optionally a memory one (in MB). */
export function timed(
  entries: string,
  what: string,
  run: Measured,
  atMost?: number,
  atMostMB?: number,
): Row {
  if (atMost === undefined) return { entries, what, run };
  const target = `≤ ${seconds(atMost)}${atMostMB ? `, ≤ ${megabytes(atMostMB)}` : ''}`;
  const met = run.seconds <= atMost && (!atMostMB || (run.maxRssMB ?? Infinity) <= atMostMB);
  return { entries, what, run, target, met };
}

export const markdownTable = (header: string[], body: string[][]): string =>
  `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${body.map((row) => `| ${row.join(' | ')} |`).join('\n')}`;
