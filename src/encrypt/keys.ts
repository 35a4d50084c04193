/**
 * The keys file of an encrypted output folder, on the build side: opened with the password,
 * created for a new site, rewrapped when the password changes (no file is re-encrypted). A copy
 * is kept in the archive's cache, so a deleted output folder keeps its site key.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { InhaleError } from '../archive/errors.ts';
import {
  checkKeysFile,
  DEFAULT_ITERATIONS,
  KEYS_FILE,
  openSiteKeys,
  opaqueName,
  randomBytes,
  unwrapSiteKeyBytes,
  wrapSiteKey,
  WrongPasswordError,
  type KeysFile,
  type SiteKeys,
} from './format.ts';

export interface OpenedKeys {
  file: KeysFile;
  keys: SiteKeys;
  /** Names the site key without revealing it, so caches made under another key are ignored. */
  keyId: string;
  /** True when this call made a new site key. */
  isNew: boolean;
}

async function readKeysFile(file: string): Promise<KeysFile | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    return checkKeysFile(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new InhaleError(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The output folder's keys file, else the cached copy. */
async function findKeysFile(outDir: string, cacheDir: string): Promise<KeysFile | undefined> {
  return (
    (await readKeysFile(path.join(outDir, KEYS_FILE))) ??
    (await readKeysFile(path.join(cacheDir, KEYS_FILE)))
  );
}

export async function saveKeysFile(file: KeysFile, outDir: string, cacheDir: string) {
  const text = `${JSON.stringify(file, null, 2)}\n`;
  for (const folder of [outDir, cacheDir]) {
    await mkdir(folder, { recursive: true });
    const temporary = path.join(folder, `${KEYS_FILE}.${process.pid}.tmp`);
    await writeFile(temporary, text);
    await rename(temporary, path.join(folder, KEYS_FILE));
  }
}

async function opened(file: KeysFile, password: string, isNew: boolean): Promise<OpenedKeys> {
  const keys = await openSiteKeys(file, password);
  return { file, keys, keyId: (await opaqueName(keys, '\0key id')).replaceAll('/', ''), isNew };
}

/**
 * Opens the site key of `outDir` with `password`, or makes a new one when there is none yet
 * (`checkNew` vets the password first). A password that does not open it is an error.
 */
export async function openOrCreateKeys(
  outDir: string,
  cacheDir: string,
  password: string,
  checkNew: (password: string) => void,
): Promise<OpenedKeys> {
  const existing = await findKeysFile(outDir, cacheDir);
  if (!existing) {
    checkNew(password);
    const file = await wrapSiteKey(randomBytes(32), password);
    await saveKeysFile(file, outDir, cacheDir);
    return opened(file, password, true);
  }
  try {
    const result = await opened(existing, password, false);
    await saveKeysFile(existing, outDir, cacheDir);
    return result;
  } catch (error) {
    if (!(error instanceof WrongPasswordError)) throw error;
    throw new InhaleError(
      `The password does not open ${path.join(outDir, KEYS_FILE)}. Use the site's password, ` +
        '`inhale password` to change it, or another --out folder for a new site.',
      { cause: error },
    );
  }
}

/** Rewraps the site key under a new password; the encrypted files stay as they are. */
export async function changePassword(
  outDir: string,
  cacheDir: string,
  current: string,
  next: string,
): Promise<KeysFile> {
  const existing = await findKeysFile(outDir, cacheDir);
  if (!existing) throw new InhaleError(`${outDir}: no ${KEYS_FILE}; build with --encrypt first`);
  let siteKey: Uint8Array<ArrayBuffer>;
  try {
    siteKey = await unwrapSiteKeyBytes(existing, current);
  } catch (error) {
    throw new InhaleError(`The current password does not open ${outDir}/${KEYS_FILE}`, {
      cause: error,
    });
  }
  const iterations = Math.max(existing.kdf.iterations, DEFAULT_ITERATIONS);
  const file = await wrapSiteKey(siteKey, next, iterations);
  siteKey.fill(0);
  await saveKeysFile(file, outDir, cacheDir);
  return file;
}
