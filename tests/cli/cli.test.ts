import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { parseEntryText } from '../../src/archive/entry-file.ts';
import { CLI, REPO, temporaryFolder } from '../helpers/paths.ts';

function inhale(args: string[], cwd = temporaryFolder()) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, EDITOR: '', VISUAL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the inhale command', () => {
  it('prints its version and help for every command', () => {
    assert.match(inhale(['--version']).stdout, /^\d+\.\d+\.\d+/);
    for (const command of ['init', 'new', 'build', 'serve', 'check', 'search', 'import']) {
      const help = inhale([command, '--help']);
      assert.equal(help.status, 0, command);
      assert.match(help.stdout, new RegExp(`inhale ${command}`));
    }
  });

  it('init, new and build give a person their own site', async () => {
    const root = temporaryFolder();
    const archive = path.join(root, 'my-life');
    const init = inhale(['init', archive, '--title', 'My life', '--owner', 'Ana'], root);
    assert.equal(init.status, 0, init.stderr);
    assert.ok(existsSync(path.join(archive, '.git')), 'a git repository');
    assert.match(await readFile(path.join(archive, '.gitignore'), 'utf8'), /dist\//);
    assert.match(await readFile(path.join(archive, 'inhale.yaml'), 'utf8'), /title: My life/);

    const created = inhale(
      ['new', 'First walk', '--tags', 'walking,spring', '--archive', archive],
      root,
    );
    assert.equal(created.status, 0, created.stderr);
    const file = created.stdout.trim();
    assert.match(file, /journal\/\d{4}\/\d{2}\/\d{2}-first-walk\.md$/);
    const { data } = parseEntryText(await readFile(file, 'utf8'), file);
    assert.deepEqual(data.tags, ['walking', 'spring']);
    assert.match(data.id, /^journal:\d{4}-\d{2}-\d{2}-first-walk$/);
    assert.match(data.date, /[+-]\d{2}:\d{2}$|Z$/);

    const again = inhale(['new', 'First walk', '--archive', archive], root);
    assert.match(again.stdout.trim(), /first-walk-2\.md$/, 'never overwrites an entry');

    const build = inhale(['build', '--archive', archive, '--out', path.join(root, 'site')], root);
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stdout, /Built 3 entries into \d+ pages/);
    const home = await readFile(path.join(root, 'site', 'index.html'), 'utf8');
    assert.match(home, /<title>My life<\/title>/);
    assert.match(home, /First walk/);
  });

  it('refuses to init over an existing folder', () => {
    const root = temporaryFolder();
    inhale(['init', 'a'], root);
    const second = inhale(['init', 'a'], root);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /folder is not empty/);
  });

  it('check prints file:line: message for every problem and exits 1', async () => {
    const archive = temporaryFolder();
    await writeFile(path.join(archive, 'inhale.yaml'), 'title: Test\n');
    await mkdir(path.join(archive, 'journal'), { recursive: true });
    await writeFile(
      path.join(archive, 'journal', 'ok.md'),
      '---\nid: journal:ok\nsource: journal\nkind: note\ndate: 2020-01-01\n---\nFine.\n',
    );
    await writeFile(
      path.join(archive, 'journal', 'bad-date.md'),
      '---\nid: journal:bad\nsource: journal\nkind: note\ndate: yesterday\n---\n',
    );
    await writeFile(path.join(archive, 'journal', 'no-front-matter.md'), '# Hello\n');
    await writeFile(
      path.join(archive, 'journal', 'broken-yaml.md'),
      '---\nid: journal:y\ntitle: "unclosed\n---\n',
    );
    await writeFile(
      path.join(archive, 'journal', 'dup.md'),
      '---\nid: journal:ok\nsource: journal\nkind: note\ndate: 2020-01-02\n---\n',
    );
    const check = inhale(['check', '--archive', archive]);
    assert.equal(check.status, 1);
    const lines = check.stdout.trim().split('\n');
    assert.ok(
      lines.some((line) =>
        line.endsWith(
          'journal/bad-date.md:5: date: expected an ISO 8601 date such as 2014-03-01T10:00:00+01:00',
        ),
      ),
      check.stdout,
    );
    assert.ok(
      lines.some((line) => /journal\/no-front-matter\.md:1: missing front matter/.test(line)),
    );
    assert.ok(lines.some((line) => /journal\/broken-yaml\.md:\d+: invalid YAML/.test(line)));
    assert.ok(
      lines.some((line) =>
        /journal\/(dup|ok)\.md:2: id: "journal:ok" is already the id of/.test(line),
      ),
    );
    assert.match(lines.at(-1)!, /4 problem\(s\)/);
  });

  it('build fails with one clear line per problem and no stack trace', async () => {
    const archive = temporaryFolder();
    await writeFile(path.join(archive, 'inhale.yaml'), 'title: Test\n');
    await mkdir(path.join(archive, 'journal'), { recursive: true });
    await writeFile(
      path.join(archive, 'journal', 'bad.md'),
      '---\nid: journal:bad\nsource: journal\nkind: note\ndate: 2020-01-01\ntags: oops\n---\n',
    );
    const build = inhale(['build', '--archive', archive, '--out', path.join(archive, '..', 'out')]);
    assert.equal(build.status, 1);
    assert.match(build.stderr, /journal\/bad\.md:6: tags: expected a list of strings/);
    assert.doesNotMatch(build.stderr, /\n\s+at /, 'no stack trace without --debug');
  });

  it('names a missing archive folder', () => {
    const result = inhale(['check', '--archive', 'nowhere']);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /no inhale archive at nowhere \(no inhale\.yaml\); make one with inhale init nowhere/,
    );
  });

  it('import lists every source with its title and --include parts in its help', () => {
    const help = inhale(['import', '--help']);
    assert.equal(help.status, 0, help.stderr);
    for (const line of ['twitter (Twitter/X): ', 'google-photos (Google Photos): ', 'dms: '])
      assert.ok(help.stdout.includes(line), line);
  });

  it('import refuses an --include part the source lacks, naming the ones it has', async () => {
    const archive = temporaryFolder();
    await writeFile(path.join(archive, 'inhale.yaml'), 'title: Test\n');
    const twitter = path.join(REPO, 'tests/fixtures/twitter/synthetic-2023');
    const named = inhale([
      'import',
      'twitter',
      twitter,
      '--archive',
      archive,
      '--include',
      'likez',
    ]);
    assert.equal(named.status, 1);
    assert.match(named.stderr, /--include likez: Twitter\/X has the parts likes, dms/);
    // A detected source is checked too, before anything is written.
    const detected = inhale(['import', twitter, '--archive', archive, '--include', 'likes,dm']);
    assert.equal(detected.status, 1);
    assert.match(detected.stderr, /--include dm: Twitter\/X has the parts likes, dms/);
    assert.ok(!existsSync(path.join(archive, 'twitter')), 'nothing imported');
  });

  it('search builds when there is no index, then answers as the page does, in text or JSON', async () => {
    const out = path.join(temporaryFolder(), 'dist');
    const archive = path.join(process.cwd(), 'content');
    const first = inhale(['search', 'walking', '--archive', archive, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /Building the site/);
    assert.match(
      first.stdout,
      /^\d+ results, the best 20\n\n1\. \d{4}-\d{2}-\d{2} {2}feed\/article {2}Why I walk in the rain/,
    );
    const json = inhale([
      'search',
      'from:mastodon -the',
      '--json',
      '-n',
      '3',
      '--archive',
      archive,
      '--out',
      out,
    ]);
    assert.equal(json.status, 0, json.stderr);
    assert.equal(json.stderr, '');
    const parsed = JSON.parse(json.stdout) as {
      total: number;
      results: { source: string; url: string }[];
      facets: { from: { value: string; count: number }[] };
    };
    assert.equal(parsed.results.length, 3);
    assert.ok(parsed.results.every((result) => result.source === 'mastodon'));
    assert.deepEqual(parsed.facets.from, [{ value: 'mastodon', count: parsed.total }]);
    const malformed = inhale([
      'search',
      'year:20x4',
      '"walking notes',
      '--archive',
      archive,
      '--out',
      out,
    ]);
    assert.equal(malformed.status, 0);
    assert.match(malformed.stdout, /note: year:20x4 is not a year/);
    assert.match(malformed.stdout, /note: A quote is not closed/);
    const missing = inhale([
      'search',
      'x',
      '--out',
      path.join(temporaryFolder(), 'nothing'),
      '--archive',
      path.join(temporaryFolder(), 'none'),
    ]);
    assert.equal(missing.status, 1);
    assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');
  });
});
