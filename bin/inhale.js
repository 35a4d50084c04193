#!/usr/bin/env node
// Runs the compiled CLI in build/ (`npm ci` and `npm install` make it through `prepare`;
// scripts/build-cli.ts), or, when it is absent or a source file changed since it was compiled,
// the TypeScript source through tsx, so a change is never run stale.
import { readFileSync, statSync } from 'node:fs';

const BUILD = new URL('../build/', import.meta.url);

/** Whether build/ holds the CLI compiled from the sources as they are now. */
function isCompiledFresh() {
  try {
    const { started, inputs } = JSON.parse(readFileSync(new URL('inputs.json', BUILD), 'utf8'));
    return inputs.every((input) => statSync(new URL(`../${input}`, BUILD)).mtimeMs < started);
  } catch {
    return false;
  }
}

if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
if (isCompiledFresh()) {
  await import(new URL('main.js', BUILD).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
