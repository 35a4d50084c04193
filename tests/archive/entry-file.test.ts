import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parse as parseYaml } from 'yaml';

import { formatEntry, parseEntryText } from '../../src/archive/entry-file.ts';
import { EntryError } from '../../src/archive/errors.ts';

const valid = `---
id: journal:2024-05-01-walk
source: journal
kind: note
date: 2024-05-01T09:30:00+02:00
title: A walk
tags: [walking]
mood: sunny
---
Hello {{ 7*7 }}
`;

function problemsOf(text: string) {
  try {
    parseEntryText(text, 'entry.md');
  } catch (error) {
    assert.ok(error instanceof EntryError, `expected an EntryError, got ${error}`);
    return error.problems.map(
      (problem) => `${problem.line}:${problem.field ?? ''}:${problem.message}`,
    );
  }
  assert.fail('expected the entry to be refused');
}

describe('entry files', () => {
  it('reads a valid entry and keeps fields it does not know', () => {
    const { data, body } = parseEntryText(valid, 'entry.md');
    assert.equal(data.id, 'journal:2024-05-01-walk');
    assert.equal(data.date, '2024-05-01T09:30:00+02:00', 'the date keeps its offset');
    assert.deepEqual(data.tags, ['walking']);
    assert.equal(data.mood, 'sunny');
    assert.equal(body, 'Hello {{ 7*7 }}\n');
  });

  it('names the line and field of a wrong type, and of every problem at once', () => {
    const text = `---\nid: journal:x\nsource: journal\nkind: note\ndate: 2024-02-31\ntags: walk\nplace:\n  lat: 200\n---\n`;
    const problems = problemsOf(text);
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /^5:date:expected an ISO 8601 date/);
    assert.match(problems[1]!, /^6:tags:expected a list of strings/);
    assert.match(problems[2]!, /^8:place\.lat:/);
  });

  it('reports a missing required field', () => {
    assert.deepEqual(problemsOf(`---\nsource: journal\nkind: note\ndate: 2024-02-01\n---\n`), [
      '2:id:required field is missing',
    ]);
  });

  for (const opening of [
    ...['---js', '---javascript', '---JS', '---js {', '---coffee', '---json'],
    ...['---jsLegacy', '---JSLEGACY ', '---node', '---cson', '---toml', '---foo'],
  ]) {
    it(`refuses "${opening}" front matter without running it`, () => {
      const marker = `inhale-pwned-${Math.random()}`;
      const text = `${opening}\n{ id: (globalThis["${marker}"] = 1) }\n---\nbody`;
      const [problem] = problemsOf(text);
      assert.match(problem!, /^1::front matter .* is not allowed/);
      assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
    });
  }

  const yamlCases: [string, string, RegExp][] = [
    ['duplicate keys', 'id: a:b\nid: c:d', /^3::invalid YAML: Map keys must be unique/],
    [
      'a JavaScript tag',
      'id: a:b\nx: !!js/function "function(){}"',
      /^3::invalid YAML: Unresolved tag/,
    ],
    [
      'an alias bomb',
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      /resource exhaustion/,
    ],
    ['tabs for indentation', 'place:\n\tname: x', /invalid YAML/],
  ];
  for (const [name, yaml, expected] of yamlCases) {
    it(`refuses front matter with ${name}`, () => {
      const [problem] = problemsOf(`---\n${yaml}\n---\n`);
      assert.match(problem!, expected);
    });
  }

  it('refuses an unclosed block and a file without front matter', () => {
    assert.match(problemsOf('---\nid: a:b\n')[0]!, /not closed/);
    assert.match(problemsOf('# Just markdown\n')[0]!, /missing front matter/);
  });

  it('does not let __proto__ in front matter pollute objects', () => {
    parseEntryText(
      `---\nid: a:b\nsource: a\nkind: b\ndate: 2020-01-01\n__proto__: {polluted: 1}\n---\n`,
      'entry.md',
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('formats an entry deterministically and reads it back', () => {
    const data = {
      title: 'A walk\n---\nwith a rule',
      kind: 'note',
      zeta: 1,
      id: 'journal:x',
      source: 'journal',
      date: '2024-05-01T09:30:00+02:00',
      alpha: 'a\u202Eb',
    };
    const text = formatEntry(data, 'Body\r\n');
    assert.equal(text, formatEntry({ ...data }, 'Body\n'));
    assert.match(text, /^---\nid: journal:x\nsource: journal\nkind: note\ndate: /);
    const back = parseEntryText(text, 'entry.md');
    assert.equal(back.data.title, data.title);
    assert.equal(back.data.alpha, data.alpha);
    assert.equal(back.body, 'Body\n');
  });

  it('writes awkward values so that both YAML readers give them back unchanged', () => {
    const awkward = [
      'yes',
      'no',
      'on',
      'null',
      '~',
      'true',
      '0123',
      '0x1F',
      '1e3',
      '.5',
      '- a',
      '? x',
      ': x',
      'a: b',
      'a #b',
      '#tag',
      '@user',
      '`x`',
      '!x',
      '&a',
      '*a',
      '|',
      '>',
      "'q'",
      '"q"',
      "it's",
      'back\\slash',
      'tab\there',
      'line1\nline2',
      'line1\nline2\n',
      ' lead',
      'trail ',
      'café',
      '😀',
      '東京',
      '[x]',
      '{x}',
      '%p',
      'http://a.b/c?d=e#f',
      '2014-03-05T10:00:00+01:00',
      '',
      'multi\n\nblank',
      'nbsp\u00a0x',
      '\u2028sep',
      'ends:',
      '---',
      '...',
      '=',
      '<<',
      '\ufeffbom',
    ];
    const data = {
      id: 'journal:x',
      source: 'journal',
      kind: 'note',
      date: '2024-05-01T09:30:00+02:00',
      title: awkward.join(' | '),
      tags: awkward.filter(Boolean),
      place: { name: 'x: "y"\tz', lat: 1.5, lon: -0.25 },
    };
    const text = formatEntry(data, '');
    const { data: back } = parseEntryText(text, 'entry.md');
    assert.deepEqual(back.tags, data.tags);
    assert.equal(back.title, data.title);
    assert.deepEqual(back.place, data.place);
    // The strict reader (the yaml package, used to name the line of a problem) agrees.
    const strict = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as typeof data;
    assert.deepEqual(strict.tags, data.tags);
    assert.equal(strict.title, data.title);
  });
});
