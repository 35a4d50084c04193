/** The shared real-export samples, read in place. Outside CI a test skips when they are absent. */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { REPO } from './paths.ts';

export const SHARED_FIXTURES = path.resolve(REPO, '..', 'shared', 'fixtures');

/** A skip reason when ../shared/fixtures is missing; in CI it must be there. */
export function sharedFixturesMissing(): string | undefined {
  if (existsSync(SHARED_FIXTURES)) return undefined;
  if (process.env.CI === 'true') throw new Error(`${SHARED_FIXTURES} is missing; CI always has it`);
  return `${SHARED_FIXTURES} not found: the real export samples live beside the repository`;
}
