/** Shared locations for tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO = path.join(REPO, 'content');
export const CLI = path.join(REPO, 'bin', 'inhale.js');

export function temporaryFolder(prefix = 'inhale-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
