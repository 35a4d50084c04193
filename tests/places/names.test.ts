import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { nameOf } from '../../src/places/names.ts';
import { namePlace } from '../../src/places/place-names.ts';

describe('naming places offline', () => {
  const cases: [string, number, number, string | undefined, string | undefined][] = [
    ['Strasbourg, on the French bank of the Rhine', 48.5818, 7.7509, 'Strasbourg', 'France'],
    ['Kehl, across the bridge in Germany', 48.5706, 7.8156, 'Kehl', 'Germany'],
    ['Basel, in Switzerland', 47.5576, 7.5883, 'Basel', 'Switzerland'],
    ['Weil am Rhein, Basel’s German side', 47.588, 7.62, 'Weil am Rhein', 'Germany'],
    ['Saint-Louis, Basel’s French side', 47.59, 7.56, 'Saint-Louis', 'France'],
    ['Bristol, in England', 51.449, -2.598, 'Bristol', 'United Kingdom'],
    ['Reykjavík, far north', 64.1466, -21.9426, 'Reykjavík', 'Iceland'],
    ['Longyearbyen, near the pole', 78.2232, 15.6267, 'Longyearbyen', 'Norway'],
    ['the mid-Atlantic: no town, no country', 35, -40, undefined, undefined],
    ['the North Pole: nothing', 89.9, 0, undefined, undefined],
    ['the South Pole: Antarctica, no town', -89.9, 0, undefined, 'Antarctica'],
    ['Suva, near the antimeridian', -18.1416, 178.4419, 'Suva', 'Fiji'],
    ['Chukotka across the antimeridian: Russia, no town', 65.5, -179.9, undefined, 'Russia'],
  ];
  for (const [label, lat, lon, city, country] of cases) {
    it(`names ${label}`, () => {
      const name = nameOf(lat, lon);
      assert.equal(name.city, city);
      assert.equal(name.country, country);
    });
  }

  it('gives the same name to the same point every time', () => {
    assert.deepEqual(nameOf(48.5706, 7.8156), nameOf(48.5706, 7.8156));
  });

  it('keeps the name and country the person wrote, and fills in only what is missing', () => {
    const written = namePlace({ name: 'Petite France', lat: 48.5797, lon: 7.7421 });
    assert.equal(written.name, 'Petite France');
    assert.equal(written['country'], 'France');
    const own = namePlace({ name: 'Home', country: 'Alsace', lat: 48.5797, lon: 7.7421 });
    assert.equal(own['country'], 'Alsace');
    assert.equal(namePlace({ lat: 48.5797, lon: 7.7421 }).name, 'Strasbourg');
    assert.deepEqual(namePlace({ name: 'Nowhere' }), { name: 'Nowhere' });
  });

  it('looks a point up in well under a millisecond once the data is loaded', () => {
    nameOf(0, 0);
    const started = performance.now();
    for (let i = 0; i < 2000; i++) nameOf(40 + (i % 100) / 10, (i % 200) / 10);
    const perLookup = (performance.now() - started) / 2000;
    assert.ok(perLookup < 1, `${perLookup} ms a lookup`);
  });
});
