/** The bench's helper processes: each prints one line of JSON, its last, which is parsed here. */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';

import type { Measured } from './targets.ts';

export interface Run extends Measured {
  maxRssMB: number;
  /** Seconds on search: analysis (summed over threads) and the index (main thread). */
  search?: { analysis: number; index: number };
  /** inhale's "Where the time went" table, with --timing. */
  timing?: string;
}

export function child(script: string, args: string[]): Run {
  const runner = script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
  const result = spawnSync(process.execPath, [...runner, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`${script} failed:\n${result.stderr.slice(-2000)}`);
  return JSON.parse(last) as Run;
}

/** A build from nothing: its output folder and the archive's cache removed first. */
export async function cold(script: string, archive: string, out: string, args: string[] = []) {
  await rm(path.join(archive, '.inhale-cache'), { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
  return child(script, [archive, out, ...args]);
}

/** The mail import of an mbox of `messages` generated messages, as one sentence. */
export function mailSentence(messages: number): string {
  const mail = child('scripts/bench/run-mail.ts', [String(messages)]) as Run & {
    mb: number;
    perSecond: number;
  };
  return (
    `Mail: an mbox of ${messages.toLocaleString('en')} messages (${Math.round(mail.mb)} MB) imports in ${mail.seconds.toFixed(1)} s ` +
    `(${Math.round(mail.perSecond).toLocaleString('en')} messages/s), peak ${Math.round(mail.maxRssMB)} MB.`
  );
}

/** The media benchmark (scripts/bench/media.ts), as one sentence. */
export function mediaSentence(): string {
  const media = child('scripts/bench/media.ts', ['--photos', '20', '--rebuild', '1000']) as Run & {
    perSecond: number;
    photos: number;
    firstBuild: number;
    rebuild: number;
  };
  return (
    `Media: 20 generated 24-megapixel JPEGs become WebP and JPEG in two widths at ${media.perSecond.toFixed(2)} images/s ` +
    `(every core, peak ${Math.round(media.maxRssMB)} MB including one 50-megapixel photo); an archive of ` +
    `${media.photos.toLocaleString('en')} photos builds cold in ${media.firstBuild.toFixed(1)} s and rebuilds unchanged in ${media.rebuild.toFixed(1)} s.`
  );
}
