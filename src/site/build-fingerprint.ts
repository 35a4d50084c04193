/**
 * The build fingerprint (issue 22): what an `inhale build` saw, so that the next one can tell
 * that nothing changed without loading Eleventy, the shards or a cache. It is one digest over
 * the tool, the options that change the output, the settings files and every file and folder
 * of the archive, and a digest of the output folder, both made by `listFiles` and checked by
 * `restatFiles` (docs/architecture.md, "How a build runs", step 8).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

import { CACHE_DIR } from '../archive/cache-folder.ts';
import { CONFIG_FILE } from '../archive/config-file.ts';
import { PEOPLE_FILE, PEOPLE_FILE_ALTERNATIVE } from '../archive/people-file.ts';
import type { Audience } from './audience.ts';
import { manifestFileOf } from './build-freshness.ts';
import { listFiles, restatFiles, type Listing } from './file-listing.ts';
import { MARKER } from './output-folder.ts';
import { outputListing, restatAside } from './output-listing.ts';
import { timing } from './timing.ts';
import { ffmpegIdentity, toolDigest } from './tool-identity.ts';

/**
 * An input modified this recently is not vouched for: a second write in the same tick of the
 * file system's clock (2 s on FAT, 1 s on ext3) would leave the same size and time.
 */
const SETTLE_MS = 2000;

/** The archive's top-level folders that are no input of a build (`dist/` is the default output). */
const NOT_INPUTS = new Set(['.git', CACHE_DIR, 'node_modules', 'dist']);

/** What a build printed, printed again by a build that finds nothing changed. */
export interface BuildRecord {
  entries: number;
  /** Every page, Eleventy's included. */
  pages: number;
  /** inhale's own pages: all of them unchanged, when nothing is. */
  unchanged: number;
  warnings: string[];
}

export interface FingerprintOptions {
  audience: Audience;
  fileLinks: boolean;
  /** inhale itself, as `toolDigest` describes it. @default toolDigest() */
  tool?: string;
}

/** The archive's side of a build, taken before the build reads any file. */
export interface InputState {
  /** One digest over the tool, the options, the settings files and every input file. */
  key: string;
  /** Input files listed. */
  files: number;
  /** False when the listing cannot vouch for the inputs: a file just modified, a linked folder. */
  isTrusted: boolean;
  /** The archive's paths the listing described (see `Listing`). */
  paths: string;
}

interface Stored {
  version: 2;
  key: string;
  /** The build id the output's marker held after the build (`serve` and others write another). */
  marker: string;
  inputPaths: string;
  outputPaths: string;
  outputs: string;
  record: BuildRecord;
}

/** Where the archive keeps the fingerprint of its build into `outDir`, beside its manifest. */
export function fingerprintFileOf(archiveDir: string, outDir: string): string {
  return manifestFileOf(archiveDir, outDir).replace(/\.v8$/, '.fingerprint.v8');
}

const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('base64url');

function bytesOf(file: string): string {
  try {
    return sha1(readFileSync(file));
  } catch {
    return 'absent';
  }
}

/** The key of a build of `inputs` (a listing of `archive`) into `out` with `options`. */
function stateOf(archive: string, out: string, options: FingerprintOptions, inputs: Listing) {
  const key = sha1(
    JSON.stringify({
      version: 2,
      tool: options.tool ?? toolDigest(),
      archive,
      out,
      audience: options.audience,
      fileLinks: options.fileLinks,
      ffmpeg: ffmpegIdentity(),
      settings: [CONFIG_FILE, PEOPLE_FILE, PEOPLE_FILE_ALTERNATIVE].map((name) =>
        bytesOf(path.join(archive, name)),
      ),
      inputs: inputs.digest,
    }),
  );
  const isTrusted = inputs.isComplete && inputs.newestMs < Date.now() - SETTLE_MS;
  return { key, files: inputs.files, isTrusted, paths: inputs.paths };
}

/**
 * Lists and stats the archive's files and folders (no file is read but the settings) before a
 * build. An archive it cannot list gives a state that vouches for nothing: a full build.
 */
export function inputState(
  archiveDir: string,
  outDir: string,
  options: FingerprintOptions,
): InputState {
  const archive = path.resolve(archiveDir);
  const out = path.resolve(outDir);
  const outInside = path.relative(archive, out).split(path.sep).join('/');
  try {
    const inputs = listFiles(
      archive,
      (relative) => relative === outInside || (!relative.includes('/') && NOT_INPUTS.has(relative)),
    );
    timing(`fingerprint: ${inputs.files} archive files listed`);
    return stateOf(archive, out, options, inputs);
  } catch {
    return { key: '', files: 0, isTrusted: false, paths: '' };
  }
}

async function markerOf(outDir: string): Promise<string | undefined> {
  const text = await readFile(path.join(outDir, MARKER), 'utf8').catch(() => undefined);
  return text?.trim();
}

async function storedOf(archiveDir: string, outDir: string): Promise<Stored | undefined> {
  try {
    const stored = deserialize(await readFile(fingerprintFileOf(archiveDir, outDir))) as Stored;
    return stored.version === 2 ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the last build into `outDir` printed, when nothing changed since: the same tool with the
 * same options, the same files, and the output folder as it left it. The paths the last build
 * listed are described again, a stat each (`restatFiles`), the output's in a worker thread.
 */
export async function unchangedBuild(
  archiveDir: string,
  outDir: string,
  options: FingerprintOptions,
): Promise<BuildRecord | undefined> {
  const stored = await storedOf(archiveDir, outDir);
  if (!stored || (await markerOf(outDir)) !== stored.marker) return undefined;
  const outputs = restatAside({ outDir, paths: stored.outputPaths });
  const archive = path.resolve(archiveDir);
  const inputs = restatFiles(archive, stored.inputPaths);
  timing(`fingerprint: ${inputs.files} archive files checked`);
  const state = stateOf(archive, path.resolve(outDir), options, inputs);
  if (!state.isTrusted || state.key !== stored.key) {
    outputs.cancel();
    return undefined;
  }
  const restated = await outputs.result();
  timing(`fingerprint: ${restated?.files ?? 0} output files checked`);
  return restated?.digest === stored.outputs ? stored.record : undefined;
}

/** Deletes the fingerprint of the build into `outDir`: a build is under way, or failed. */
export async function forgetBuild(archiveDir: string, outDir: string): Promise<void> {
  await rm(fingerprintFileOf(archiveDir, outDir), { force: true });
}

/**
 * Records a successful build: `state` (taken before it), the output folder as it left it and
 * what it printed. Nothing is recorded when `state` cannot vouch for the inputs, nor when the
 * cache cannot be written (the next build is then a full one, as it would be without).
 */
export async function rememberBuild(
  archiveDir: string,
  outDir: string,
  state: InputState,
  record: BuildRecord,
): Promise<void> {
  if (!state.isTrusted) return;
  const marker = await markerOf(outDir);
  const outputs = outputListing(outDir);
  if (!marker || !outputs?.isComplete) return;
  const stored: Stored = {
    version: 2,
    key: state.key,
    marker,
    inputPaths: state.paths,
    outputPaths: outputs.paths,
    outputs: outputs.digest,
    record,
  };
  const file = fingerprintFileOf(archiveDir, outDir);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, serialize(stored));
    await rename(temporary, file);
    timing(`fingerprint: recorded (${outputs.files} output files)`);
  } catch {
    await rm(temporary, { force: true });
  }
}
