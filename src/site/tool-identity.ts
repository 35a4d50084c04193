/**
 * What a build is made by, for the build fingerprint (build-fingerprint.ts): inhale's own files
 * and the Node running it, and the ffmpeg it would run. Both are found without running anything.
 */
import { createHash } from 'node:crypto';
import { statSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { isCompiled } from '../shared/compiled.ts';
import { listFiles } from './file-listing.ts';

/** The parts of inhale's own folder that make what it builds: its code, assets and packages. */
const TOOL_PARTS = new Set([
  'bin',
  'src',
  'layouts',
  'plugins',
  'build',
  '.eleventy.ts',
  'package.json',
  'package-lock.json',
]);

const TOOL_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * inhale's code, assets and installed packages (as `listFiles` describes them: a rebuilt `build/`
 * is another tool) and the Node running it.
 */
export function toolDigest(root = TOOL_ROOT): string {
  const code = listFiles(root, (relative) => !relative.includes('/') && !TOOL_PARTS.has(relative));
  const installed = statOrNothing(path.join(root, 'node_modules', '.package-lock.json'));
  return sha1(
    JSON.stringify({
      code: code.digest,
      installed: installed ? `${installed.size}:${installed.mtimeNs}` : 'none',
      compiled: isCompiled,
      node: process.versions,
      platform: `${process.platform}-${process.arch}`,
      // Dates and numbers a template formats without a locale or zone would follow these.
      intl: Intl.DateTimeFormat().resolvedOptions(),
    }),
  );
}

/**
 * The ffmpeg a build would run (see `findFfmpeg` in media-streams.ts), found as the shell finds
 * it, with its size and time, without running it: with none, videos are published differently.
 */
export function ffmpegIdentity(): string {
  const name = process.env.INHALE_FFMPEG ?? 'ffmpeg';
  if (name === 'none') return 'none';
  const extensions =
    process.platform === 'win32' ? ['', ...(process.env.PATHEXT ?? '.EXE').split(';')] : [''];
  const places = /[\\/]/.test(name)
    ? [name]
    : (process.env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .flatMap((folder) => extensions.map((extension) => path.join(folder, name + extension)));
  for (const place of places) {
    const info = statOrNothing(place);
    if (info?.isFile() && (process.platform === 'win32' || (info.mode & 0o111n) !== 0n))
      return `${path.resolve(place)}:${info.size}:${info.mtimeNs}`;
  }
  return 'absent';
}

function statOrNothing(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
