/**
 * `inhale build --encrypt`: the site is built in plaintext into the archive's cache, then every
 * file is encrypted into the output folder (see src/encrypt/). The plaintext build stays in the
 * cache so the next build re-renders and re-encrypts only what changed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

import type { BuildSummary } from '../site/archive-site.ts';
import type { Audience } from '../site/audience.ts';
import { CACHE_DIR } from '../archive/cache-folder.ts';
import { encryptSite, type EncryptSummary } from '../encrypt/encrypt-site.ts';
import { changePassword, openOrCreateKeys } from '../encrypt/keys.ts';
import { checkPasswordStrength } from '../encrypt/password.ts';
import { outputError } from '../site/output-folder.ts';
import { buildSite } from './build-site.ts';

export interface EncryptedBuild {
  summary: BuildSummary;
  encryption: EncryptSummary;
  /** True when this build made the site key (a new encrypted site). */
  isNewKey: boolean;
}

/** The cache folder of one encrypted output: its plaintext build, ciphertexts and keys copy. */
export function encryptionCache(archiveDir: string, outDir: string): string {
  const key = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(archiveDir, CACHE_DIR, `encrypted-${key}`);
}

export async function buildEncryptedSite(
  archiveDir: string,
  outDir: string,
  options: {
    password: string;
    audience?: Audience;
    forceWeakPassword?: boolean;
    /** Take over an output folder holding other files, removing them. @default false */
    force?: boolean;
  },
): Promise<EncryptedBuild> {
  const cacheDir = encryptionCache(archiveDir, outDir);
  const opened = await openOrCreateKeys(outDir, cacheDir, options.password, (password) =>
    checkPasswordStrength(password, options.forceWeakPassword),
  );
  const plainDir = path.join(cacheDir, 'plain');
  const { summary, site } = await buildSite(archiveDir, plainDir, { audience: options.audience });
  await site.close();
  const encryption = await encryptSite(plainDir, outDir, cacheDir, opened, {
    force: options.force,
  }).catch((error: unknown) => {
    throw outputError(error, outDir) ?? error;
  });
  return { summary, encryption, isNewKey: opened.isNew };
}

/** Rewraps the site key of `outDir` under a new password; no file is re-encrypted. */
export async function changeSitePassword(
  archiveDir: string,
  outDir: string,
  passwords: { current: string; next: string; forceWeakPassword?: boolean },
): Promise<void> {
  checkPasswordStrength(passwords.next, passwords.forceWeakPassword);
  await changePassword(
    outDir,
    encryptionCache(archiveDir, outDir),
    passwords.current,
    passwords.next,
  );
}
