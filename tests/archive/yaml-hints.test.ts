import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parseEntryText } from '../../src/archive/entry-file.ts';
import { EntryError } from '../../src/archive/errors.ts';

/** The one problem of an entry whose front matter ends with `lines`. */
function problemOf(...lines: string[]): string {
  const text = `---\nid: journal:x\nsource: journal\nkind: note\ndate: 2020-01-01T10:00:00Z\n${lines.join('\n')}\n---\nBody\n`;
  try {
    parseEntryText(text, 'journal/2020/01/01-x.md');
  } catch (error) {
    assert.ok(error instanceof EntryError, String(error));
    assert.equal(error.problems.length, 1);
    return `${error.problems[0]!.line}: ${error.problems[0]!.message}`;
  }
  assert.fail('the entry was read without a problem');
}

describe('a YAML mistake names the line and says the fix', () => {
  it('an unquoted ": " in a title: quote it, showing the line as it should be', () => {
    assert.equal(
      problemOf('title: Breakfast: eggs and "toast"'),
      '6: invalid YAML: Nested mappings are not allowed in compact mappings (fix: a value holding ": " needs quotes: title: "Breakfast: eggs and \\"toast\\"")',
    );
  });

  it('a tab as indentation: indent with spaces', () => {
    assert.match(problemOf('tags:', '\t- walking'), /^7: .*\(fix: indent with spaces/);
  });

  it('an unclosed quote: names the line where it opened, not where the parser gave up', () => {
    assert.match(
      problemOf('title: "A walk', 'tags: [walking]'),
      /\(fix: close the quote opened on line 6: title: "A walk"\)$/,
    );
  });

  it('an apostrophe inside single quotes: double it or use double quotes', () => {
    assert.match(
      problemOf("title: 'it's raining'"),
      /\(fix: inside single quotes an apostrophe is written twice, or use double quotes: title: "it's raining"\)$/,
    );
  });

  it('a value starting with @ or a backtick: quote it', () => {
    assert.match(
      problemOf('title: @home'),
      /\(fix: quote a value that starts with @: title: "@home"\)$/,
    );
    assert.match(
      problemOf('title: `code`'),
      /\(fix: quote a value that starts with `: title: "`code`"\)$/,
    );
  });

  it('a field given twice, and an unclosed list', () => {
    assert.match(
      problemOf('title: A', 'title: B'),
      /\(fix: title is given twice; keep one of them\)$/,
    );
    assert.match(problemOf('tags: [a, b'), /\(fix: close the list with \]/);
  });

  it('gives no advice it is not sure of', () => {
    assert.doesNotMatch(problemOf('title: [a', 'b: ]c'), /fix: a value holding/);
  });
});
