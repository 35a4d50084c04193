import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { placeAt, timedPoints } from '../../src/import/place-at-time.ts';
import { trackPoints } from '../../src/import/location-history.ts';

const MINUTE = 60_000;
// Two points ten minutes apart, given out of order, and one an hour later.
const points = timedPoints([
  [10 * MINUTE, 51.1, -2.1],
  [0, 51.0, -2.0],
  [70 * MINUTE, 52.0, -3.0],
]);

describe('the place at a time', () => {
  const cases: [string, number, number, { lat: number; lon: number } | undefined][] = [
    [
      'is interpolated between two points within the window',
      5 * MINUTE,
      15,
      { lat: 51.05, lon: -2.05 },
    ],
    ['is a point itself at its own time', 10 * MINUTE, 15, { lat: 51.1, lon: -2.1 }],
    [
      'is the nearer point when the other is outside the window',
      20 * MINUTE,
      15,
      { lat: 51.1, lon: -2.1 },
    ],
    ['is the later point when only it is near enough', 60 * MINUTE, 15, { lat: 52, lon: -3 }],
    ['is nothing when no point is within the window', 40 * MINUTE, 15, undefined],
    ['is nothing before the first point and beyond the window', -16 * MINUTE, 15, undefined],
    ['is the first point shortly before it', -1 * MINUTE, 15, { lat: 51, lon: -2 }],
    [
      'is interpolated over a long gap when the window is as long',
      40 * MINUTE,
      60,
      { lat: 51.55, lon: -2.55 },
    ],
  ];
  for (const [name, ms, minutes, expected] of cases)
    it(name, () => assert.deepEqual(placeAt(points, ms, minutes * MINUTE), expected));

  it('is nothing in an empty history', () => {
    assert.equal(placeAt(timedPoints([]), 0, 15 * MINUTE), undefined);
  });
});

describe('the timed points of a track file', () => {
  it('reads a LineString with a time per point, and nothing from other GeoJSON', () => {
    const feature = {
      type: 'Feature',
      properties: { coordTimes: ['2024-06-02T17:30:00.000Z', 'not a time'] },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-2.5, 51.4, 8],
          [-2.6, 51.5],
        ],
      },
    };
    assert.deepEqual(trackPoints(feature), [[Date.parse('2024-06-02T17:30:00Z'), 51.4, -2.5]]);
    assert.deepEqual(trackPoints({ ...feature, properties: {} }), []);
    assert.deepEqual(trackPoints({ type: 'FeatureCollection', features: [feature] }), []);
    assert.deepEqual(trackPoints(null), []);
    assert.deepEqual(trackPoints([1, 2]), []);
  });
});
