import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import {
  loadPeople,
  loadPeopleFile,
  parsePeople,
  peopleFilePath,
} from '../../src/archive/people.ts';
import { PeopleFileEditor } from '../../src/people/edit-people-file.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const FILE = `# Friends and family.
Ana Kovač:
  names: [Ana K.]
  twitter: "@ana_k"
  mastodon: ana@social.example
  email: [Ana@Example.org, ana@work.example]
  avatar: people/ana.jpg
  publish: [friends]

# From the old file.
Lena Fischer:
  - lena@example.org
  - l.fischer@work.example
`;

describe('the people file', () => {
  it('reads names, handles per source, addresses, avatar and consent', () => {
    const [ana, lena] = parsePeople(FILE, 'people.yaml');
    assert.deepEqual(ana, {
      name: 'Ana Kovač',
      names: ['Ana Kovač', 'Ana K.'],
      emails: ['ana@example.org', 'ana@work.example'],
      handles: { twitter: ['ana_k'], mastodon: ['ana@social.example'] },
      avatar: 'people/ana.jpg',
      publish: ['private', 'friends'],
    });
    assert.deepEqual(lena!.emails, ['lena@example.org', 'l.fischer@work.example']);
    assert.deepEqual(lena!.publish, ['private', 'friends', 'public']);
  });

  it('publish: false keeps a person to the private build', () => {
    const [person] = parsePeople('Sam:\n  publish: false\n', 'people.yaml');
    assert.deepEqual(person!.publish, ['private']);
  });

  it('names the file and the line of a wrong value', () => {
    assert.throws(
      () => parsePeople('Ana:\n  twitter: ana\n  publish: maybe\n', '/a/people.yaml'),
      /^InhaleError: \/a\/people\.yaml:3: Ana\.publish: expected true, false or a list/,
    );
    assert.throws(
      () => parsePeople('Ana:\n  twitter: [a\nBo: b\n', '/a/people.yaml'),
      /\/a\/people\.yaml:\d+: invalid YAML/,
    );
    assert.throws(
      () => parsePeople('Ana:\n  twitter: 12\n', '/a/people.yaml'),
      /people\.yaml:2: Ana\.twitter: /,
    );
    assert.throws(() => parsePeople('- Ana\n', 'p.yaml'), /p\.yaml:1: expected a map of names/);
  });

  it('reads people.yml when it is the one present, and nothing when there is neither', async () => {
    const archive = temporaryFolder();
    assert.deepEqual((await loadPeopleFile(archive)).people, []);
    await writeFile(path.join(archive, 'people.yml'), 'Bo:\n  email: bo@example.org\n');
    const loaded = await loadPeopleFile(archive);
    assert.equal(path.basename(loaded.file), 'people.yml');
    assert.equal(loaded.people[0]!.name, 'Bo');
    assert.equal((await loadPeople(archive)).get('bo@example.org'), 'Bo');
    assert.equal(path.basename(peopleFilePath(archive)), 'people.yml', 'and is written back there');
  });

  it('adding to a person of the older form turns them into the new one, keeping every address', async () => {
    const file = path.join(temporaryFolder(), 'people.yaml');
    await writeFile(file, 'Lena Fischer:\n  - lena@example.org\n  - lfischer\n');
    const editor = await PeopleFileEditor.open(file);
    editor.addIdentity('Lena Fischer', 'twitter:lena_f');
    await editor.save();
    assert.equal(
      await readFile(file, 'utf8'),
      'Lena Fischer:\n  email: lena@example.org\n  handles: lfischer\n  twitter: lena_f\n',
    );
    const [lena] = parsePeople(await readFile(file, 'utf8'), file);
    assert.deepEqual(lena!.handles, { '*': ['lfischer'], twitter: ['lena_f'] });
  });

  it('an edit keeps the comments, order and form of the rest of the file', async () => {
    const file = path.join(temporaryFolder(), 'people.yaml');
    await writeFile(file, FILE);
    const editor = await PeopleFileEditor.open(file);
    editor.addIdentity('ana kovač', 'bluesky:ana.bsky.social');
    editor.addIdentity('Ana Kovač', 'email:ana@example.org'); // already hers: no change
    editor.addPerson('Bo Lind', ['twitter:bo', 'email:bo@example.org']);
    await editor.save();
    const text = await readFile(file, 'utf8');
    assert.ok(text.startsWith(FILE.split('\n# From')[0]!.replace('publish: [friends]\n', '')));
    assert.match(text, /# Friends and family\.\n/);
    assert.match(text, /# From the old file\.\nLena Fischer:\n {2}- lena@example\.org/);
    assert.match(text, /bluesky: ana\.bsky\.social/);
    assert.match(text, /\n\nBo Lind:\n {2}twitter: bo\n {2}email: bo@example\.org\n$/);
    assert.equal((text.match(/ana@example\.org/gi) ?? []).length, 1);
    assert.equal(parsePeople(text, file).length, 3);
  });

  it('merging two people moves every identity into one and removes the other', async () => {
    const file = path.join(temporaryFolder(), 'people.yaml');
    await writeFile(file, FILE);
    const editor = await PeopleFileEditor.open(file);
    editor.mergePeople('Lena Fischer', 'Ana Kovač');
    await editor.save();
    const people = parsePeople(await readFile(file, 'utf8'), file);
    assert.deepEqual(
      people.map((person) => person.name),
      ['Ana Kovač'],
    );
    assert.ok(people[0]!.names.includes('Lena Fischer'));
    assert.ok(people[0]!.emails.includes('lena@example.org'));
  });
});
