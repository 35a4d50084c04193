import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { clusterIndex, zoomFor } from '../../src/places/clusters.ts';
import {
  pixelsPerDegree,
  regionProjection,
  viewBounds,
  worldProjection,
} from '../../src/places/projection.ts';
import { atlas, boxesMeet } from '../../src/places/atlas.ts';
import { mainland } from '../../src/places/projection.ts';

const inside = (xy: [number, number] | null, width: number, height: number) =>
  !!xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;

describe('clusters', () => {
  const points = [
    { lon: 7.75, lat: 48.58 },
    { lon: 7.81, lat: 48.57 },
    { lon: 7.59, lat: 47.56 },
    { lon: -21.94, lat: 64.15 },
  ];

  it('groups nearby places on a world map and counts them', () => {
    const index = clusterIndex(points);
    const marks = index.marks(
      zoomFor(pixelsPerDegree(worldProjection({ width: 960, height: 500 }))),
    );
    const clusters = marks.flatMap((mark) => ('cluster' in mark ? [mark.cluster] : []));
    assert.equal(clusters.length, 1);
    assert.equal(clusters[0]!.count, 3);
    assert.deepEqual(index.leaves(clusters[0]!.id).sort(), [0, 1, 2]);
    assert.equal(marks.length, 2, 'the cluster and Reykjavík');
  });

  it('shows every place on its own at the deepest zoom', () => {
    assert.equal(
      clusterIndex(points)
        .marks(20)
        .filter((mark) => 'point' in mark).length,
      4,
    );
  });
});

describe('projections', () => {
  it('keeps the whole world, poles and antimeridian included, inside the world map', () => {
    const projection = worldProjection({ width: 960, height: 500 });
    for (const point of [
      [-180, 0],
      [180, 0],
      [0, 90],
      [0, -90],
      [179.9, -16.5],
    ] as [number, number][])
      assert.ok(inside(projection(point), 960, 500), `${point}`);
  });

  it('draws a region across the antimeridian without a seam: both sides of Fiji fit', () => {
    const projection = regionProjection({ width: 400, height: 300 }, [
      [179.9, -16.6],
      [-179.9, -16.8],
    ]);
    const a = projection([179.9, -16.6]);
    const b = projection([-179.9, -16.8]);
    assert.ok(inside(a, 400, 300) && inside(b, 400, 300));
    assert.ok(Math.abs(a![0] - b![0]) < 200, 'neighbours stay neighbours');
  });

  it('fits a country by its mainland: France without French Guiana', () => {
    const france = atlas('50m').byNumber.get('250')!;
    const projection = regionProjection({ width: 320, height: 200 }, [], {
      shape: mainland(france)!,
    });
    assert.ok(inside(projection([2.35, 48.86]), 320, 200), 'Paris is on the map');
    assert.ok(!inside(projection([-52.3, 4.9]), 320, 200), 'Cayenne is not');
  });

  it('knows what the frame of a region shows: a little of Alsace, both sides of the antimeridian at Fiji, all of the world', () => {
    const frame = { width: 960, height: 640 };
    const alsace = viewBounds(
      regionProjection(frame, [
        [7.75, 48.58],
        [7.59, 47.56],
      ]),
      frame,
    );
    assert.ok(alsace[0] > 5 && alsace[2] < 11 && alsace[1] > 46 && alsace[3] < 50, `${alsace}`);
    const fiji = viewBounds(
      regionProjection(frame, [
        [179.5, -16.6],
        [-179.8, -16.8],
      ]),
      frame,
    );
    const normalise = (lon: number) => ((lon + 540) % 360) - 180;
    assert.ok(
      normalise(fiji[0]) > 0 && normalise(fiji[2]) < 0,
      `crosses the antimeridian: ${fiji}`,
    );
    assert.deepEqual(viewBounds(worldProjection(frame), frame), [-180, -90, 180, 90]);
  });
});

describe('boxes on the globe', () => {
  it('meet across the antimeridian and not when apart', () => {
    assert.equal(boxesMeet([170, -20, -170, -10], [179, -18, 179.5, -17]), true);
    assert.equal(boxesMeet([170, -20, -170, -10], [-175, -18, -172, -17]), true);
    assert.equal(boxesMeet([5, 45, 10, 50], [20, 45, 25, 50]), false);
    assert.equal(boxesMeet([5, 45, 10, 50], [5, 60, 10, 70]), false);
    assert.equal(boxesMeet([-180, -90, 180, 90], [20, 45, 25, 50]), true);
  });
});
