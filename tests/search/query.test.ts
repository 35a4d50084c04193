import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import lunr from 'lunr';

import { analyze, termOf } from '../../src/search/analysis.ts';
import { partOf, partsWithPrefix } from '../../src/search/index-format.ts';
import { parseQuery, type ParsedQuery } from '../../src/search/query-syntax.ts';

describe('the query syntax', () => {
  const cases: [string, Partial<ParsedQuery>][] = [
    ['coffee', { words: [{ text: 'coffee', prefix: false }] }],
    [
      'Coffee  Berlin',
      {
        words: [
          { text: 'Coffee', prefix: false },
          { text: 'Berlin', prefix: false },
        ],
      },
    ],
    ['coff*', { words: [{ text: 'coff', prefix: true }] }],
    ['"out of office"', { phrases: ['out of office'] }],
    ['e-mail', { phrases: ['e-mail'] }],
    ['-work', { excluded: ['work'] }],
    ['-"bad day"', { excluded: ['bad day'] }],
    [
      'from:twitter kind:photo',
      {
        filters: [
          { name: 'from', value: 'twitter', negated: false },
          { name: 'kind', value: 'photo', negated: false },
        ],
      },
    ],
    ['source:mail', { filters: [{ name: 'from', value: 'mail', negated: false }] }],
    ['-from:mail', { filters: [{ name: 'from', value: 'mail', negated: true }] }],
    ['tag:"road trip"', { filters: [{ name: 'tag', value: 'road trip', negated: false }] }],
    ['person:alice', { filters: [{ name: 'person', value: 'alice', negated: false }] }],
    ['year:2014', { after: '2014-01-01', before: '2015-01-01' }],
    ['year:2012..2014', { after: '2012-01-01', before: '2015-01-01' }],
    ['year:2012-2014', { after: '2012-01-01', before: '2015-01-01' }],
    ['before:2015-06', { before: '2015-06-01' }],
    ['after:2014', { after: '2014-01-01' }],
    ['after:2014-02-28 before:2014-03', { after: '2014-02-28', before: '2014-03-01' }],
    ['the', {}], // only a stop word: nothing to search for
    // Malformed: a clear message, never a throw, and the rest of the query still counts.
    [
      'year:abc walk',
      {
        words: [{ text: 'walk', prefix: false }],
        problems: ['year:abc is not a year: write year:2014 or year:2012..2014'],
      },
    ],
    [
      'year:2015..2012',
      { problems: ['year:2015..2012 ends before it starts: write year:2012..2015'] },
    ],
    [
      'before:2015-13',
      {
        problems: [
          'before:2015-13 is not a date: write before:2015, before:2015-06 or before:2015-06-30',
        ],
      },
    ],
    [
      'after:2014-02-30',
      {
        problems: [
          'after:2014-02-30 is not a date: write after:2015, after:2015-06 or after:2015-06-30',
        ],
      },
    ],
    ['from:', { problems: ['from: needs a value, as in from:twitter'] }],
    [
      '"never closed',
      {
        phrases: ['never closed'],
        problems: ['A quote is not closed: the phrase runs to the end'],
      },
    ],
    ['"the of"', { problems: ['"the of" holds only common words, which are not indexed'] }],
    [
      'after:2015 before:2014',
      {
        after: '2015-01-01',
        before: '2014-01-01',
        problems: ['Nothing is both on or after 2015-01-01 and before 2014-01-01'],
      },
    ],
    ['-year:2014', { problems: ['-year: cannot be negated; ignored'] }],
    ['-', { words: [] }],
    [
      '10:30 http://x.example/a',
      {
        words: [
          { text: '10:30', prefix: false },
          { text: 'http://x.example/a', prefix: false },
        ],
      },
    ],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)}`, () => {
      const parsed = parseQuery(input);
      const full: ParsedQuery = {
        words: [],
        phrases: [],
        excluded: [],
        filters: [],
        problems: [],
        ...expected,
      };
      assert.deepEqual(parsed, full);
    });
  }

  it('treats the last word as a prefix while typing, and only it', () => {
    assert.deepEqual(parseQuery('walk harb', { typing: true }).words, [
      { text: 'walk', prefix: false },
      { text: 'harb', prefix: true },
    ]);
    assert.deepEqual(parseQuery('walk harb ', { typing: true }).words.at(-1), {
      text: 'harb',
      prefix: false,
    });
  });

  it('never throws on hostile input', () => {
    for (const input of [
      '"""',
      '-"-"',
      ':::',
      'from:"',
      '"'.repeat(1000),
      '\u0000\uffff',
      'a'.repeat(100000),
      '-'.repeat(50),
      'year:',
      '*',
      '**',
    ]) {
      const parsed = parseQuery(input);
      assert.ok(Array.isArray(parsed.problems));
    }
  });
});

describe('analysis', () => {
  it('uses lunr: lowercases, drops stop words, stems', () => {
    assert.deepEqual(
      analyze('The Travellers were walking!').map((token) => token.term),
      ['travel', 'walk'],
    );
  });

  it('keeps letters of every script (lunr’s own trimmer would cut them)', () => {
    assert.equal(termOf('café'), 'café');
    assert.equal(termOf('«Привет»'), 'привет');
    assert.equal(termOf('東京'), '東京');
    assert.equal(termOf('!!!'), '');
  });

  it('splits Chinese, Japanese and Korean into overlapping pairs, so words are found as phrases', () => {
    assert.deepEqual(
      analyze('东京大学 in 東京。Tokyo「すし」 한국어').map((token) => [
        token.term,
        token.position,
      ]),
      [
        ['东京', 0],
        ['京大', 1],
        ['大学', 2],
        ['東京', 4],
        ['tokyo', 5],
        ['すし', 6],
        ['한국', 7],
        ['국어', 8],
      ],
    );
    assert.deepEqual(parseQuery('建国35周年纪念').phrases, ['建国35周年纪念']);
    assert.deepEqual(parseQuery('京', { typing: true }).words, [{ text: '京', prefix: true }]);
  });

  it('counts positions with the stop words, as lunr.tokenizer does', () => {
    const tokens = analyze('out of (office)');
    assert.deepEqual(
      tokens.map((token) => [token.term, token.position, token.start, token.length]),
      [
        ['out', 0, 0, 3],
        ['offic', 2, 7, 8],
      ],
    );
  });

  it('splits exactly as lunr.tokenizer, whose per-character regex test is slow', () => {
    const text =
      'Hello,  World! e-mail --- café über-cool 10:30\tnew\nline  Привет-мир \u00a0nbsp end- ' +
      'a\u2003b\u3000c\ufeffd\u2028e\u1680f\u202fg\u205fh\vi\fj\rk\u200bl\u00adm';
    const lunrTokens = lunr.tokenizer(text).map((token) => {
      const metadata = (token as unknown as { metadata: { position: number[]; index: number } })
        .metadata;
      return [token.toString(), metadata.index, ...metadata.position];
    });
    const ours = analyze(text).map((token) => [
      text.toLowerCase().slice(token.start, token.start + token.length),
      token.position,
      token.start,
      token.length,
    ]);
    const kept = new Set(ours.map((token) => token[1]));
    assert.deepEqual(
      ours,
      lunrTokens.filter((token) => kept.has(token[1] as number)),
    );
    assert.ok(ours.length >= 10);
  });
});

describe('finding a term’s part', () => {
  const parts = ['', 'a', 'ab', 'abc', 'b'];
  it('is the longest key that is a prefix of the term', () => {
    assert.equal(partOf(parts, 'abcd'), 'abc');
    assert.equal(partOf(parts, 'abd'), 'ab');
    assert.equal(partOf(parts, 'ba'), 'b');
    assert.equal(partOf(parts, 'zebra'), '');
    assert.equal(partOf(['a', 'b'], 'zebra'), undefined);
  });
  it('for a prefix, includes every longer key', () => {
    assert.deepEqual(partsWithPrefix(parts, 'a').sort(), ['a', 'ab', 'abc']);
    assert.deepEqual(partsWithPrefix(parts, 'abx'), ['ab']);
  });
});
