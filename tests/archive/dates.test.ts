import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { nowIn, parseIsoParts, resolveDate } from '../../src/archive/dates.ts';
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

  it('gives the same result whatever the machine time zone is', () => {
    assert.equal(
      nowIn('Pacific/Kiritimati', Date.UTC(2024, 0, 1, 12)),
      '2024-01-02T02:00:00+14:00',
    );
    assert.equal(nowIn('America/Adak', Date.UTC(2024, 0, 1, 12)), '2024-01-01T02:00:00-10:00');
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

  it('compares whole path segments when checking containment', () => {
    assert.equal(isInside('/a/out', '/a/out/x'), true);
    assert.equal(isInside('/a/out', '/a/out2/x'), false);
    assert.equal(isInside('/a/out', '/a/out/../out2'), false);
    assert.equal(isInside('/a/out/', '/a/out'), true);
  });
});
