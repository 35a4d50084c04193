/** Shared locations for tests. */
import { mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO = path.join(REPO, 'content');
export const CLI = path.join(REPO, 'bin', 'inhale.js');

export function temporaryFolder(prefix = 'inhale-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** The names in a folder; none when the folder does not exist (any other error is thrown). */
export async function filesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
