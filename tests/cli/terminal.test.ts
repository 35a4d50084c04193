import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { guardConsole, jsonSafe, terminalSafe } from '../../src/cli/terminal.ts';
import { newArchive } from '../helpers/archives.ts';
import { CLI, temporaryFolder } from '../helpers/paths.ts';

/** Every character a terminal acts on, but \n and \t. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE: [string, string, string][] = [
  ['an OSC window title', '\x1b]0;pwned\x07', '\\x1b]0;pwned\\x07'],
  ['a screen clear', '\x1b[2J', '\\x1b[2J'],
  ['a C1 CSI', '\x9b2J', '\\x9b2J'],
  ['a carriage return that would overwrite the line', 'safe\rEVIL', 'safe\\x0dEVIL'],
  ['a right-to-left override', 'invoice\u202egpj.exe', 'invoice\\u202egpj.exe'],
  ['a bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
  ['DEL and NUL', 'a\x7fb\x00c', 'a\\x7fb\\x00c'],
];

function inhale(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('terminalSafe', () => {
  for (const [what, raw, shown] of HOSTILE) {
    it(`shows ${what} as a visible escape`, () => {
      assert.equal(terminalSafe(`before ${raw} after`), `before ${shown} after`);
    });
  }

  it('keeps newlines, tabs and every other character as they are', () => {
    const text = 'line one\n\tline two: café, 東京, 🙂, “quotes”, \u200d';
    assert.equal(terminalSafe(text), text);
  });

  it('makes JSON text terminal-safe that still parses to the same value', () => {
    const value = { title: HOSTILE.map(([, raw]) => raw).join(' ') };
    const json = jsonSafe(JSON.stringify(value));
    assert.doesNotMatch(json, RAW);
    assert.deepEqual(JSON.parse(json), value);
  });

  it('guards every console method the CLI prints with', () => {
    const printed: string[] = [];
    const fake = { log: (text: string) => printed.push(text) } as unknown as Console;
    for (const method of ['info', 'warn', 'error', 'debug'] as const)
      (fake as unknown as Record<string, unknown>)[method] = fake.log;
    guardConsole(fake);
    fake.log('title: %s', '\x1b[2J');
    fake.error(new Error('bad \x9b value'));
    fake.warn('warning: \u202e');
    assert.ok(
      printed.every((text) => !RAW.test(text)),
      printed.join('\n'),
    );
    assert.match(printed[0]!, /^title: \\x1b\[2J$/);
  });
});

/** YAML double-quoted escapes for the hostile strings, so entries hold them raw. */
const yamlTitle = HOSTILE.map(([, raw]) => JSON.stringify(raw).slice(1, -1)).join(' ');

describe('the inhale command prints no raw control characters', () => {
  it('search shows hostile titles and text escaped, and --json keeps them JSON-escaped', async () => {
    const archive = await newArchive();
    const folder = path.join(archive, 'journal', '2024', '05');
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, '01-hostile.md'),
      `---\nid: journal:hostile\nsource: journal\nkind: note\ndate: 2024-05-01T09:00:00Z\ntitle: "pwned ${yamlTitle}"\n---\npwned ${HOSTILE.map(([, raw]) => raw).join(' ')}\n`,
    );
    const out = path.join(archive, '..', 'dist');
    const text = inhale(['search', 'pwned', '--archive', archive, '--out', out]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /1 result/);
    assert.doesNotMatch(text.stdout + text.stderr, RAW);
    for (const [, , shown] of HOSTILE) assert.ok(text.stdout.includes(shown), shown);
    const json = inhale(['search', 'pwned', '--json', '--archive', archive, '--out', out]);
    assert.doesNotMatch(json.stdout, RAW);
    const parsed = JSON.parse(json.stdout) as { results: { title: string }[] };
    assert.equal(parsed.results[0]?.title, `pwned ${HOSTILE.map(([, raw]) => raw).join(' ')}`);
  });
});

describe('import reports and check output', () => {
  const hostileName = `\u202egpj\x1b]0;pwned\x07\x9b2J\r`;

  it('an import report shows a hostile file name and warning escaped, --json JSON-escaped', async () => {
    const archive = await newArchive();
    const folder = temporaryFolder();
    const feed = path.join(folder, `${hostileName}.atom`);
    const fixture = path.join(
      import.meta.dirname,
      '..',
      'fixtures',
      'feeds',
      'relative-links.atom',
    );
    const atom = await readFile(fixture, 'utf8');
    await writeFile(feed, atom.replace('encoding="utf-8"', 'encoding="x-nope"'));
    const report = inhale(['import', feed, '--archive', archive, '--dry-run']);
    assert.equal(report.status, 0, report.stderr);
    assert.match(report.stdout, /\\u202egpj\\x1b\]0;pwned\\x07\\x9b2J\\x0d\.atom/);
    assert.match(report.stdout, /warning: .*unknown encoding "x-nope"/);
    assert.doesNotMatch(report.stdout + report.stderr, RAW);
    const json = inhale(['import', feed, '--archive', archive, '--dry-run', '--json']);
    assert.doesNotMatch(json.stdout, RAW);
    assert.ok(
      JSON.stringify(JSON.parse(json.stdout)).includes(JSON.stringify(hostileName).slice(1, -1)),
    );
  });

  it('check shows a hostile entry file name and value escaped', async () => {
    const archive = await newArchive();
    const folder = path.join(archive, 'journal', '2024', '05');
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, `02-${hostileName}.md`),
      `---\nid: journal:x\nsource: journal\nkind: "\\e[2J\\x9b"\ndate: "\\e]0;pwned\\a"\n---\n`,
    );
    const check = inhale(['check', '--archive', archive]);
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /02-\\u202egpj\\x1b\]0;pwned\\x07\\x9b2J\\x0d\.md:\d+: /);
    assert.doesNotMatch(check.stdout + check.stderr, RAW);
    const build = inhale(['build', '--archive', archive, '--out', path.join(archive, '..', 'd')]);
    assert.equal(build.status, 1);
    assert.match(build.stderr, /\\u202egpj/);
    assert.doesNotMatch(build.stdout + build.stderr, RAW);
  });
});
