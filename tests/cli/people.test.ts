import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { newArchive } from '../helpers/archives.ts';
import { writeEntries } from '../helpers/people-archive.ts';
import { CLI } from '../helpers/paths.ts';

function inhale(archive: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args, '--archive', archive], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Bo is mentioned three times, Cy's address twice, Dee once; Ana is in the file. */
async function archive(): Promise<string> {
  const dir = await newArchive();
  await writeFile(
    path.join(dir, 'people.yaml'),
    '# my people\nAna Kovač:\n  twitter: ana_k # her handle\n',
  );
  const post = (id: string, date: string, body: string, extra: string[] = []) => ({
    file: `twitter/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}-${id}.md`,
    front: [
      `id: twitter:${id}`,
      'source: twitter',
      'kind: post',
      `date: ${date}T10:00:00Z`,
      ...extra,
    ],
    body,
  });
  await writeEntries(dir, [
    post('1', '2019-01-02', 'with @bo and @ana_k'),
    post('2', '2019-05-02', 'with @bo'),
    post('3', '2021-03-04', 'with @Bo again'),
    post('4', '2020-01-01', 'with @dee'),
    {
      file: 'mail/2020/02/01-hi.md',
      front: [
        'id: mail:1',
        'source: mail',
        'kind: email',
        'date: 2020-02-01T10:00:00Z',
        'from: "Cy Lind <cy@example.org>"',
      ],
      body: 'Hi',
    },
    {
      file: 'mail/2020/02/02-hi.md',
      front: [
        'id: mail:2',
        'source: mail',
        'kind: email',
        'date: 2020-02-02T10:00:00Z',
        'to: [cy@example.org]',
      ],
      body: 'Hi',
    },
  ]);
  return dir;
}

describe('inhale people', () => {
  it('lists identities not in the file, most frequent first, with sources and dates', async () => {
    const dir = await archive();
    const result = inhale(dir, ['people']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^\s+3 {2}twitter:bo {2}\(twitter 3; 2019-01-02 to 2021-03-04\)$/);
    assert.match(lines[1]!, /^\s+2 {2}email:cy@example\.org "Cy Lind" {2}\(mail 2; /);
    assert.match(lines[2]!, /^\s+1 {2}twitter:dee /);
    assert.doesNotMatch(result.stdout, /ana_k/, 'Ana is in the file');
    assert.match(lines.at(-1)!, /^3 identities not in .*people\.yaml/);
  });

  it('--json gives the same list for scripts', async () => {
    const dir = await archive();
    const result = inhale(dir, ['people', 'list', '--json']);
    const json = JSON.parse(result.stdout) as {
      identities: { identity: string; count: number; sources: object }[];
    };
    assert.deepEqual(
      json.identities.map((item) => [item.identity, item.count]),
      [
        ['twitter:bo', 3],
        ['email:cy@example.org', 2],
        ['twitter:dee', 1],
      ],
    );
    assert.deepEqual(json.identities[0]!.sources, { twitter: 3 });
  });

  it('add and merge write the file, keeping its comments, and the list shrinks', async () => {
    const dir = await archive();
    const added = inhale(dir, [
      'people',
      'add',
      'Cy Lind',
      '--email',
      'cy@example.org',
      '--handle',
      'twitter:dee',
    ]);
    assert.equal(added.status, 0, added.stderr);
    const merged = inhale(dir, ['people', 'merge', 'twitter:bo', 'Ana Kovač', '--json']);
    assert.equal(merged.status, 0, merged.stderr);
    assert.equal((JSON.parse(merged.stdout) as { person: string }).person, 'Ana Kovač');
    const text = await readFile(path.join(dir, 'people.yaml'), 'utf8');
    assert.equal(
      text,
      '# my people\nAna Kovač:\n  twitter:\n    - ana_k # her handle\n    - bo\n\nCy Lind:\n  twitter: dee\n  email: cy@example.org\n',
    );
    assert.match(inhale(dir, ['people']).stdout, /^Every identity is in /);
  });

  it('merging two identities neither listed makes a person named by --name', async () => {
    const dir = await archive();
    const refused = inhale(dir, ['people', 'merge', 'twitter:bo', 'twitter:dee']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /give the new person a name with --name/);
    assert.equal(
      inhale(dir, ['people', 'merge', 'twitter:bo', 'twitter:dee', '--name', 'Bo Dee']).status,
      0,
    );
    assert.match(
      await readFile(path.join(dir, 'people.yaml'), 'utf8'),
      /\nBo Dee:\n {2}twitter:\n {4}- bo\n {4}- dee\n$/,
    );
  });

  it('refuses bad input, naming what was expected, the file and its line', async () => {
    const dir = await archive();
    const handle = inhale(dir, ['people', 'add', 'Bo', '--handle', 'bo']);
    assert.equal(handle.status, 1);
    assert.match(handle.stderr, /--handle bo: expected source:handle, as in twitter:ana_k/);
    const again = inhale(dir, ['people', 'add', 'ana kovač']);
    assert.match(again.stderr, /people\.yaml: Ana Kovač is already there/);
    const bare = inhale(dir, ['people', 'merge', '@bo', 'Ana Kovač']);
    assert.match(bare.stderr, /say whose handle it is, as in twitter:bo/);
    await writeFile(path.join(dir, 'people.yaml'), 'Ana:\n  twitter: ana\n  publish: maybe\n');
    const broken = inhale(dir, ['people']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /people\.yaml:3: Ana\.publish: expected true, false or a list/);
    assert.equal(
      await readFile(path.join(dir, 'people.yaml'), 'utf8'),
      'Ana:\n  twitter: ana\n  publish: maybe\n',
      'a file with a problem is not written',
    );
  });
});
