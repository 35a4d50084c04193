/**
 * The CLI runs compiled (issue 22): bin/inhale.js runs build/main.js, which `npm ci` makes
 * through `prepare`, and the TypeScript through tsx when build/ is absent or older than a
 * source file, so a change is never run stale.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { CLI, REPO, temporaryFolder } from '../helpers/paths.ts';

/** A copy of bin/inhale.js in a folder of its own, with a stand-in compiled CLI and source. */
function standIn(inputs: { started: number; inputs: string[] } | undefined): string {
  const root = temporaryFolder('inhale-compiled-');
  for (const folder of ['bin', 'build', 'src/cli'])
    mkdirSync(path.join(root, folder), { recursive: true });
  writeFileSync(path.join(root, 'bin', 'inhale.js'), readFileSync(CLI));
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
  writeFileSync(path.join(root, 'build', 'main.js'), "console.log('compiled');\n");
  writeFileSync(
    path.join(root, 'src', 'cli', 'main.ts'),
    "const from: string = 'source';\nconsole.log(from);\n",
  );
  if (inputs) writeFileSync(path.join(root, 'build', 'inputs.json'), JSON.stringify(inputs));
  return root;
}

const run = (root: string) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'inhale.js'), '--version'], {
    encoding: 'utf8',
  });

describe('bin/inhale.js', () => {
  it('runs the compiled CLI when no source file changed since it was compiled', () => {
    const root = standIn({ started: Date.now() + 60_000, inputs: ['src/cli/main.ts'] });
    assert.equal(run(root).stdout, 'compiled\n');
  });

  it('runs the TypeScript source when a source file is newer than the compiled CLI', () => {
    const root = standIn({ started: 0, inputs: ['src/cli/main.ts'] });
    assert.equal(run(root).stdout, 'source\n');
  });

  it('runs the TypeScript source when there is no compiled CLI', () => {
    assert.equal(run(standIn(undefined)).stdout, 'source\n');
  });

  it('runs build/main.js for inhale --version in this repository once npm ci compiled it', (t) => {
    const inputsFile = path.join(REPO, 'build', 'inputs.json');
    const built = existsSync(inputsFile)
      ? (JSON.parse(readFileSync(inputsFile, 'utf8')) as { started: number; inputs: string[] })
      : undefined;
    const isFresh = built?.inputs.every(
      (input) => statSync(path.join(REPO, input)).mtimeMs < built.started,
    );
    // CI runs npm ci, whose prepare compiles it: there a missing build is a failure.
    if (!isFresh && !process.env.CI) {
      t.skip('build/ is absent or older than the sources: run npm run build:cli');
      return;
    }
    const result = spawnSync(process.execPath, [CLI, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'esm' },
    });
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(result.stderr, /build\/main\.js/);
    assert.doesNotMatch(result.stderr, /node_modules\/tsx\//);
  });
});
