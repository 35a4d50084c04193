import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

import { CLI, temporaryFolder } from '../helpers/paths.ts';

function inhale(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: temporaryFolder(),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COMMANDS = [
  'init',
  'new',
  'build',
  'password',
  'search',
  'serve',
  'import',
  'check',
  'people',
];
/** Commands of a command, whose options are checked too. */
const SUBCOMMANDS = ['people list', 'people add', 'people merge'];

describe('typos and help', () => {
  it('suggests the command a typo meant', () => {
    const result = inhale(['improt']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^Unknown command: improt\. Did you mean import\?$/m);
  });

  it('an unknown command does not call valid options unknown', () => {
    for (const word of ['improt', 'zzzq']) {
      const result = inhale([word, '--archive', 'x', '--out', 'y']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, new RegExp(`^Unknown command: ${word}\\b`, 'm'));
      assert.doesNotMatch(result.stderr, /Unknown argument/);
    }
  });

  it('inhale alone prints the usage and every command, and exits 1 as git does', () => {
    const result = inhale([]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^inhale <command> \[options\]/);
    for (const command of COMMANDS)
      assert.match(result.stdout, new RegExp(`^  inhale ${command}\\b`, 'm'));
  });

  it('every option of every command has a description in --help', () => {
    for (const command of [...COMMANDS, ...SUBCOMMANDS]) {
      const help = inhale([...command.split(' '), '--help']);
      assert.equal(help.status, 0, command);
      const options = help.stdout.split(/^Options:\n/m)[1]?.split(/\n\n/)[0] ?? '';
      assert.ok(options, `${command} --help lists its options`);
      for (const line of options.split('\n')) {
        // An option line is its names, then two spaces and a description; a line without
        // names continues the one above.
        const option = /^\s*(?:-\w, )?(--[\w-]+)(.*)$/.exec(line);
        if (!option) continue;
        const rest = option[2]!.replace(/\s*(\[[^\]]*\]\s*)*$/, '').trim();
        assert.ok(rest, `inhale ${command} --help: ${option[1]} has no description`);
      }
    }
  });
});
