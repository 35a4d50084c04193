import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { it } from 'node:test';

import { REPO, temporaryFolder } from '../helpers/paths.ts';

const REPORTER = path.join(REPO, 'tests', 'reporters', 'summary.mjs');

/** Runs `node --test` with the summary reporter over one file of tests. */
async function run(tests: string) {
  const file = path.join(temporaryFolder(), 'sample.test.mjs');
  await writeFile(file, `import { before, describe, it } from 'node:test';\n${tests}`);
  // Without NODE_TEST_CONTEXT, which would make it report to this run instead of printing.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const result = spawnSync(process.execPath, ['--test', `--test-reporter=${REPORTER}`, file], {
    encoding: 'utf8',
    env,
  });
  return { status: result.status, lines: result.stdout.trimEnd().split('\n') };
}

it('ends a green run with "N passed, 0 failed" alone on the last line, and exit status 0', async () => {
  const { status, lines } = await run(`it('one', () => {});\nit('two', () => {});`);
  assert.equal(lines.at(-1), '2 passed, 0 failed');
  assert.equal(status, 0);
});

it('counts failures, skipped tests and a suite whose hook threw, and keeps a non-zero exit status', async () => {
  const { status, lines } = await run(`
it('passes', () => {});
it('fails', () => { throw new Error('no'); });
it('is skipped', { skip: true }, () => {});
describe('a suite whose hook throws', () => {
  before(() => { throw new Error('hook'); });
  it('never runs', () => {});
});`);
  // The hook's suite counts once, its test once (cancelled), and the failing test once.
  assert.equal(lines.at(-1), '1 passed, 3 failed, 1 skipped');
  assert.equal(status, 1);
});
