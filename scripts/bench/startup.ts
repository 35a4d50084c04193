/**
 * Start-up rows of `npm run bench` (issue 22): the compiled CLI's `--version`, `check` on the
 * demo archive and a demo build into a new folder, each run three times. The wall is the whole
 * process as the parent sees it; CPU and peak memory come from `/usr/bin/time` when it is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface ProcessRun {
  seconds: number;
  userSeconds?: number;
  systemSeconds?: number;
  maxRssMB?: number;
}

const TIME = '/usr/bin/time';

/** Runs `node bin/inhale.js …args` once, timed from spawning it to its exit. */
export function timeCli(args: string[]): ProcessRun {
  const measured = path.join(os.tmpdir(), `inhale-bench-time-${process.pid}`);
  const command = [process.execPath, 'bin/inhale.js', ...args];
  const hasTime = existsSync(TIME);
  const started = performance.now();
  const result = hasTime
    ? spawnSync(TIME, ['-o', measured, '-f', '%e %U %S %M', ...command], { encoding: 'utf8' })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`inhale ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  if (!hasTime) return { seconds };
  const [, user, system, rssKB] = readFileSync(measured, 'utf8')
    .trim()
    .split('\n')
    .pop()!
    .split(' ');
  return {
    seconds,
    userSeconds: Number(user),
    systemSeconds: Number(system),
    maxRssMB: Number(rssKB) / 1024,
  };
}

export interface StartupRow {
  what: string;
  targetSeconds: number;
  runs: ProcessRun[];
}

/** Three runs of each start-up command, in the repository's root (the demo archive is `content`). */
export async function startupRows(): Promise<StartupRow[]> {
  const rows: StartupRow[] = [
    { what: '`inhale --version`', targetSeconds: 0.15, runs: [] },
    { what: '`inhale check -a content` (demo)', targetSeconds: 0.4, runs: [] },
    { what: '`inhale build -a content --out <new folder>` (demo)', targetSeconds: 0.8, runs: [] },
  ];
  for (let run = 0; run < 3; run++) {
    rows[0]!.runs.push(timeCli(['--version']));
    rows[1]!.runs.push(timeCli(['check', '-a', 'content']));
    const out = await mkdtemp(path.join(os.tmpdir(), 'inhale-bench-demo-'));
    await rm(out, { recursive: true });
    rows[2]!.runs.push(timeCli(['build', '-a', 'content', '--out', out]));
    await rm(out, { recursive: true, force: true });
  }
  return rows;
}

/** The median of a row's wall times. */
export const medianSeconds = (runs: ProcessRun[]): number =>
  runs.map((run) => run.seconds).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
