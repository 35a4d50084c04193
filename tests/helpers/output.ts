/** Building into output folders and reading them back, for the output-folder tests. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import type { Audience } from '../../src/site/audience.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { everyByte } from './canary.ts';
import { CLI } from './paths.ts';

export async function build(
  archive: string,
  out: string,
  options: { audience?: Audience; force?: boolean } = {},
) {
  const { summary, site } = await buildSite(archive, out, options);
  await site.close();
  return summary;
}

/**
 * Every file of a built site but the marker (it holds a build id): path → bytes in base64.
 * None when the folder is missing (a build killed before it made it).
 */
export async function siteFiles(out: string): Promise<Map<string, string>> {
  if (!existsSync(out)) return new Map();
  const files = await everyByte(out);
  return new Map(
    files
      .filter(({ file }) => file !== '.inhale-build')
      .map(({ file, bytes }) => [file, bytes.toString('base64')]),
  );
}

/** Runs the inhale command; `preload` is a module Node imports first (to inject a fault). */
export function inhale(
  args: string[],
  options: { preload?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const preload = options.preload ? ['--import', options.preload] : [];
  const result = spawnSync(process.execPath, [...preload, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
