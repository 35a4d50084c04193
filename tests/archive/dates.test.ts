import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import slugifyLibrary from '@sindresorhus/slugify';

import {
  nowIn,
  parseIsoParts,
  parseRfc822Date,
  resolveDate,
  zoneOffsetAt,
} from '../../src/archive/dates.ts';
import { entryFilePath, entrySlug, isInside, slugify } from '../../src/archive/paths.ts';

describe('dates', () => {
  const cases: [string, string, string][] = [
    ['2014-03-01T10:00:00+01:00', 'UTC', '2014-03-01T10:00:00+01:00'],
    ['2014-03-01T10:00:00Z', 'Europe/Berlin', '2014-03-01T10:00:00Z'],
    ['2014-03-01', 'Europe/Berlin', '2014-03-01T00:00:00+01:00'],
    ['2014-07-01 18:30', 'Europe/London', '2014-07-01T18:30:00+01:00'],
    ['2022-12-31T23:30', 'America/New_York', '2022-12-31T23:30:00-05:00'],
    ['2024-03-31T03:30', 'Europe/Berlin', '2024-03-31T03:30:00+02:00'],
  ];
  for (const [input, zone, expected] of cases) {
    it(`resolves ${input} in ${zone} to ${expected}`, () =>
      assert.equal(resolveDate(input, zone), expected));
  }

  it('refuses dates that do not exist', () => {
    for (const bad of [
      '2019-02-29',
      '2014-13-01',
      '2014-03-01T25:00',
      'March 1st',
      '2014-03-01T10:00+25:00',
    ]) {
      assert.equal(parseIsoParts(bad), undefined, bad);
    }
  });

  it('gives the offset right on both sides of a change within one remembered stretch', () => {
    // Berlin goes to summer time at 01:00 UTC on 31 March 2024; Lord Howe moves by 30 minutes.
    const cases: [string, number, number][] = [
      ['Europe/Berlin', Date.UTC(2024, 2, 31, 0, 59, 59), 60],
      ['Europe/Berlin', Date.UTC(2024, 2, 31, 1, 0, 0), 120],
      ['Europe/Berlin', Date.UTC(2024, 2, 31, 0, 30), 60],
      ['Europe/Berlin', Date.UTC(2024, 2, 31, 4, 0), 120],
      ['Australia/Lord_Howe', Date.UTC(2024, 3, 6, 14, 59), 660],
      ['Australia/Lord_Howe', Date.UTC(2024, 3, 6, 15, 1), 630],
      ['Asia/Kathmandu', Date.UTC(2024, 5, 1, 12), 345],
    ];
    for (const [zone, instant, offset] of cases)
      assert.equal(
        zoneOffsetAt(zone, instant),
        offset,
        `${zone} ${new Date(instant).toISOString()}`,
      );
  });

  it('gives the same result whatever the machine time zone is', () => {
    assert.equal(
      nowIn('Pacific/Kiritimati', Date.UTC(2024, 0, 1, 12)),
      '2024-01-02T02:00:00+14:00',
    );
    assert.equal(nowIn('America/Adak', Date.UTC(2024, 0, 1, 12)), '2024-01-01T02:00:00-10:00');
  });

  it('parses the dates feeds and mail headers really have', () => {
    const cases: [string, string | undefined][] = [
      ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00+00:00'],
      ['Mon, 24 Sep 2018 19:42:40 +0530', '2018-09-24T19:42:40+05:30'],
      ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T19:42:40-03:00'],
      ['Wed, 02 Oct 2002 08:00:00 EST', '2002-10-02T08:00:00-05:00'],
      ['2024-05-01T22:30:00-04:00', '2024-05-01T22:30:00-04:00'],
      ['2024-05-01T22:30:00.123Z', '2024-05-01T22:30:00+00:00'],
      ['2020/1/10 14:33:00', '2020-01-10T14:33:00'],
      ['last tuesday', undefined],
    ];
    for (const [input, expected] of cases) assert.equal(parseRfc822Date(input), expected, input);
  });
});

describe('paths', () => {
  it('puts an entry at <source>/<yyyy>/<mm>/<dd>-<slug>.md', () => {
    assert.equal(
      entryFilePath('twitter', '2014-03-01T23:30:00-05:00', 'hello'),
      'twitter/2014/03/01-hello.md',
    );
  });

  it('makes bounded, safe slugs and falls back to a hash', () => {
    assert.equal(slugify('Über straße café'), 'ueber-strasse-cafe');
    assert.ok(slugify('word '.repeat(1000)).length <= 60);
    assert.match(entrySlug('twitter:1', undefined, '日本語のテキスト'), /^[0-9a-f]{8}$/);
    assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  });

  it('gives plain lowercase words the slug the slugify library gives them', () => {
    const texts = [
      'morning walk harbour river',
      'a0 b1 c2',
      '2014 was 99 percent rain',
      'word',
      'tea & cake',
      'dont stop',
      'Morning walk',
      'fooBar baz',
      ' leading space',
      'two  spaces',
      'trailing ',
      'café au lait',
      'a-b c',
      'one two three four five six seven eight',
    ];
    for (const text of texts) assert.equal(slugify(text), slugifyLibrary(text), text);
  });

  it('compares whole path segments when checking containment', () => {
    assert.equal(isInside('/a/out', '/a/out/x'), true);
    assert.equal(isInside('/a/out', '/a/out2/x'), false);
    assert.equal(isInside('/a/out', '/a/out/../out2'), false);
    assert.equal(isInside('/a/out/', '/a/out'), true);
  });
});
