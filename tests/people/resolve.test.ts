import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parsePeople } from '../../src/archive/people.ts';
import { consentFor, withhold } from '../../src/people/consent.ts';
import { identitiesOf, mentionsIn, parseAddress } from '../../src/people/identities.ts';
import { directoryOf, resolvePeople } from '../../src/people/resolve.ts';
import type { EntryRecord } from '../../src/shared/entry-types.ts';
import { buildRecord } from '../../src/site/entry-record.ts';
import { ArchiveConfigSchema } from '../../src/archive/schema.ts';

const people = parsePeople(
  `Ana Kovač:
  twitter: ana_k
  mastodon: ana@social.example
  facebook: Ana K.
  email: ana@example.org
Sam Quiet:
  names: [Sammy Q]
  twitter: samq
  email: sam@example.net
  publish: false
`,
  'people.yaml',
);
const directory = directoryOf(people);
const config = ArchiveConfigSchema.parse({});

function record(front: string[], body: string): EntryRecord {
  return buildRecord('x/2020/01/01-post.md', `---\n${front.join('\n')}\n---\n${body}\n`, config);
}

describe('identities of an entry', () => {
  it('reads addresses as mail writes them', () => {
    assert.deepEqual(parseAddress('"Kovač, Ana" <Ana@Example.org>'), {
      address: 'ana@example.org',
      name: 'Kovač, Ana',
    });
    assert.deepEqual(parseAddress('ana@example.org'), { address: 'ana@example.org' });
    assert.equal(parseAddress('Ana Kovač'), undefined);
  });

  it('finds mentions in the text of posts of sources with handles, and only there', () => {
    assert.deepEqual(mentionsIn('hi @ana_k and @bo, mail me@x.org', 'twitter'), [
      'twitter:ana_k',
      'twitter:bo',
    ]);
    assert.deepEqual(mentionsIn('cc @ana@social.example.', 'mastodon'), [
      'mastodon:ana@social.example',
    ]);
    assert.deepEqual(mentionsIn('@ana.bsky.social hi', 'bluesky'), ['bluesky:ana.bsky.social']);
    assert.deepEqual(mentionsIn('hi @ana_k', 'journal'), []);
  });

  it("a Bluesky repost's from is that account, by handle or by DID", () => {
    const keys = (from: string) =>
      identitiesOf({ source: 'bluesky', from }, '').map((identity) => identity.key);
    assert.deepEqual(keys('@ana.bsky.social'), ['bluesky:ana.bsky.social']);
    assert.deepEqual(keys('did:plc:52h2g25cka2totzv3ooc364t'), [
      'bluesky:did:plc:52h2g25cka2totzv3ooc364t',
    ]);
  });

  it('names people, senders and receivers once each, case aside', () => {
    const found = identitiesOf(
      {
        source: 'mail',
        people: ['Ana Kovač'],
        from: 'Ana Kovač <ANA@example.org>',
        to: ['Me <me@example.net>', 'ana@example.org'],
        cc: 'Bo <bo@example.org>, "Lind, Cy" <cy@example.org>',
      },
      '',
    );
    assert.deepEqual(
      found.map((identity) => [identity.key, identity.role, identity.label]),
      [
        ['name:Ana Kovač', 'named', undefined],
        ['email:ana@example.org', 'from', 'Ana Kovač'],
        ['email:me@example.net', 'to', 'Me'],
        ['email:bo@example.org', 'to', 'Bo'],
        ['email:cy@example.org', 'to', 'Lind, Cy'],
      ],
    );
  });
});

describe('resolving people through the people file', () => {
  const resolve = (source: string, names: string[], body = '', front: string[] = []) =>
    resolvePeople(
      record(
        [
          `id: ${source}:1`,
          `source: ${source}`,
          'kind: post',
          'date: 2020-01-01T10:00:00Z',
          `people: ${JSON.stringify(names)}`,
          ...front,
        ],
        body,
      ),
      directory,
    ).people;

  it('a handle, an address and a Facebook name are the same person, whatever their case', () => {
    assert.deepEqual(resolve('twitter', ['@ANA_K']), ['Ana Kovač']);
    assert.deepEqual(resolve('mastodon', ['@ana@Social.Example']), ['Ana Kovač']);
    assert.deepEqual(resolve('facebook', ['ana k.']), ['Ana Kovač']);
    assert.deepEqual(resolve('mail', ['ana@example.org']), ['Ana Kovač']);
    assert.deepEqual(resolve('twitter', [], 'lunch with @ana_k'), ['Ana Kovač']);
  });

  it('the name beside a listed address is that person in that entry', () => {
    assert.deepEqual(resolve('mail', ['A. K.'], '', ['from: "A. K. <ana@example.org>"']), [
      'Ana Kovač',
    ]);
  });

  it('identities the file does not list stay separate: nothing is merged by guesswork', () => {
    assert.deepEqual(resolve('twitter', ['@ana_kovac', '@bo']), ['@ana_kovac', '@bo']);
    // The same handle on another source is another account.
    assert.deepEqual(resolve('instagram', ['@ana_k']), ['@ana_k']);
    assert.deepEqual(resolve('journal', ['Ana']), ['Ana']);
  });
});

describe('consent', () => {
  const consent = consentFor(directory, 'public')!;

  it('the private build withholds no one', () => {
    assert.equal(consentFor(directory, 'private'), undefined);
  });

  it('what a withheld person wrote is left out', () => {
    const mail = record(
      [
        'id: fb:1',
        'source: facebook',
        'kind: comment',
        'date: 2020-01-01T10:00:00Z',
        'from: Sammy Q',
      ],
      'My words.',
    );
    assert.equal(withhold(mail, consent, directory), undefined);
  });

  it('their names, handles and addresses read "someone", search terms included', () => {
    const post = record(
      [
        'id: twitter:1',
        'source: twitter',
        'kind: post',
        'date: 2020-01-01T10:00:00Z',
        'title: With Sam Quiet',
        'people: ["@samq", "@ana_k"]',
        'tags: [Sam Quiet]',
      ],
      'Out with @SamQ and Sammy Q (sam@example.net), not with Samqwerty.',
    );
    const shown = withhold(
      { ...post, people: resolvePeople(post, directory).people },
      consent,
      directory,
    )!;
    assert.equal(shown.title, 'With someone');
    assert.deepEqual(shown.people, ['Ana Kovač']);
    assert.deepEqual(shown.tags, ['someone']);
    assert.equal(shown.text, 'Out with someone and someone (someone), not with Samqwerty.');
    assert.doesNotMatch(shown.html, /samq\b|sam quiet|sammy|sam@/i);
    assert.doesNotMatch(shown.analysis.terms, /samq\b|sammy|quiet/);
    assert.match(shown.analysis.terms, /samqwerti|samqwerty/);
  });

  it('an entry that does not name them is left as it is', () => {
    const post = record(
      ['id: j:1', 'source: journal', 'kind: note', 'date: 2020-01-01T10:00:00Z'],
      'A walk.',
    );
    assert.equal(withhold(post, consent, directory), post);
  });
});
