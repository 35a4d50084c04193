/**
 * Turns a plaintext build into an encrypted site: every file sealed under its site path at an
 * opaque name in `c/`, plus the plaintext shell (unlock page, scripts, keys file, robots.txt).
 *
 * A file whose plaintext did not change keeps its ciphertext byte for byte: each ciphertext is
 * kept in the cache (`objects/`) with the hash of the plaintext it holds and copied into the
 * output, so a rebuild uploads and commits only what changed, even into an emptied folder.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { InhaleError } from '../archive/errors.ts';
import { rootOf } from '../../layouts/base.ts';
import { mapLimit } from '../shared/map-limit.ts';
import { CIPHER_FOLDER, opaqueName, sealFile } from './format.ts';
import type { OpenedKeys } from './keys.ts';
import { LOCK_PATH, shellFiles } from './shell.ts';

export interface EncryptSummary {
  files: number;
  encrypted: number;
  unchanged: number;
  removed: number;
  seconds: number;
}

interface CachedFile {
  /** sha256 of the plaintext (after the Lock link is added). */
  hash: string;
  name: string;
  /** Size and modification time of the output file when it was placed, to see it changed. */
  size: number;
  placed: number;
}

interface CacheIndex {
  keyId: string;
  /** Site path → hash of its plaintext and its opaque name. */
  files: Record<string, CachedFile>;
}

/** Files of a plaintext build that are not site content. */
const SKIPPED = new Set(['.inhale-build', 'robots.txt']);

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const items = await readdir(dir, { recursive: true, withFileTypes: true });
  return items
    .filter((item) => item.isFile())
    .map((item) =>
      path.relative(dir, path.join(item.parentPath, item.name)).split(path.sep).join('/'),
    );
}

/**
 * Refuses to encrypt into a folder holding other files (a plaintext build would stay readable
 * beside the ciphertext). Git metadata and top-level dot files (.nojekyll) are left alone.
 */
async function checkOutput(
  outDir: string,
  shell: Set<string>,
  force: boolean | undefined,
): Promise<string[]> {
  const files = await listFiles(outDir);
  const foreign = files.filter(
    (file) =>
      !shell.has(file) &&
      !file.startsWith(`${CIPHER_FOLDER}/`) &&
      !file.startsWith('.git/') &&
      !/^\.[^/]+$/.test(file),
  );
  if (force) await mapLimit(foreign, 32, (file) => rm(path.join(outDir, file), { force: true }));
  else if (foreign.length > 0)
    throw new InhaleError(
      `${outDir} holds files that are not part of an encrypted site (${foreign.slice(0, 3).join(', ')}` +
        `${foreign.length > 3 ? ', …' : ''}): empty it, pick another --out, or add --force to remove them, so no plaintext stays published`,
    );
  return files.filter((file) => file.startsWith(`${CIPHER_FOLDER}/`));
}

/** Adds a Lock link to the site navigation of a page (a link: the CSP allows no inline script). */
export function withLockLink(sitePath: string, page: string): string {
  const root = rootOf(
    path.posix.dirname(sitePath) === '.' ? '' : `${path.posix.dirname(sitePath)}/`,
  );
  return page.replace(
    /(<nav aria-label="Site">[\s\S]*?)(<\/ul>)/,
    `$1<li><a href="${root}${LOCK_PATH}">Lock</a></li>$2`,
  );
}

async function writeAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
}

/**
 * Copies a cached ciphertext to `target` (a copy-on-write clone where the file system has them).
 * Not a hard link: a tool that rewrites the output in place would then change the cache too.
 */
async function place(object: string, target: string): Promise<{ size: number; placed: number }> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await copyFile(object, temporary, constants.COPYFILE_FICLONE);
  await rename(temporary, target);
  const info = await stat(target);
  return { size: info.size, placed: info.mtimeMs };
}

export async function encryptSite(
  plainDir: string,
  outDir: string,
  cacheDir: string,
  opened: OpenedKeys,
  options: { force?: boolean } = {},
): Promise<EncryptSummary> {
  const started = performance.now();
  const shell = await shellFiles(opened.file);
  const existingCiphers = await checkOutput(outDir, new Set(shell.keys()), options.force);
  const indexFile = path.join(cacheDir, 'index.json');
  const objects = path.join(cacheDir, 'objects');
  let previous: CacheIndex = { keyId: opened.keyId, files: {} };
  try {
    const stored = JSON.parse(await readFile(indexFile, 'utf8')) as CacheIndex;
    if (stored.keyId === opened.keyId) previous = stored;
  } catch {
    // No cache yet: every file is encrypted.
  }
  const current: CacheIndex = { keyId: opened.keyId, files: {} };
  let encrypted = 0;
  const sources = (await listFiles(plainDir)).filter((file) => !SKIPPED.has(file)).sort();
  await mapLimit(sources, 8, async (sitePath) => {
    let bytes: Uint8Array = await readFile(path.join(plainDir, sitePath));
    if (sitePath.endsWith('.html'))
      bytes = Buffer.from(withLockLink(sitePath, Buffer.from(bytes).toString('utf8')));
    const hash = createHash('sha256').update(bytes).digest('base64url');
    const name = await opaqueName(opened.keys, sitePath);
    const object = path.join(objects, name.slice(CIPHER_FOLDER.length + 1));
    const target = path.join(outDir, name);
    const cached = previous.files[sitePath];
    if (cached?.hash === hash && existsSync(object)) {
      const have = await stat(target).catch(() => undefined);
      const isIntact = have?.size === cached.size && have.mtimeMs === cached.placed;
      current.files[sitePath] = isIntact
        ? cached
        : { hash, name, ...(await place(object, target)) };
      return;
    }
    await writeAtomic(object, await sealFile(opened.keys, sitePath, bytes));
    current.files[sitePath] = { hash, name, ...(await place(object, target)) };
    encrypted++;
  });
  const names = new Set(Object.values(current.files).map((file) => file.name));
  const stale = existingCiphers.filter((file) => !names.has(file));
  for (const file of stale) await rm(path.join(outDir, file), { force: true });
  for (const file of Object.values(previous.files))
    if (!names.has(file.name))
      await rm(path.join(objects, file.name.slice(CIPHER_FOLDER.length + 1)), { force: true });
  for (const [file, bytes] of shell) {
    const target = path.join(outDir, file);
    const old = await readFile(target).catch(() => undefined);
    if (!old || !old.equals(Buffer.from(bytes))) await writeAtomic(target, bytes);
  }
  await writeAtomic(indexFile, JSON.stringify(current));
  return {
    files: sources.length,
    encrypted,
    unchanged: sources.length - encrypted,
    removed: stale.length,
    seconds: (performance.now() - started) / 1000,
  };
}
