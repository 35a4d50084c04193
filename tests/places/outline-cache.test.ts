import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { geoMercator, geoPath } from 'd3-geo';

import { atlas } from '../../src/places/atlas.ts';
import {
  outlineKey,
  outlineOf,
  saveOutlines,
  useOutlines,
} from '../../src/places/outline-cache.ts';
import { projectionKey, regionProjection, worldProjection } from '../../src/places/projection.ts';
import { ArchiveSite } from '../../src/site/archive-site.ts';
import { everyByte } from '../helpers/canary.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { placesArchive } from '../helpers/places-archive.ts';

const FRAME = { width: 320, height: 200 };

describe('the maps’ outlines kept between builds', () => {
  it('draws an outline once, and again only for another tool', async () => {
    const cache = temporaryFolder();
    const france = atlas('50m').byNumber.get('250')!;
    const projection = regionProjection(FRAME, [[2.35, 48.86]], { minSpan: 1 });
    const key = outlineKey(projectionKey(projection), '50m', france);
    let draws = 0;
    const draw = () => (draws++, geoPath(projection).digits(1)(france));
    useOutlines(cache, 'tool-a');
    const first = outlineOf(key, draw);
    assert.equal(outlineOf(key, draw), first);
    outlineOf(`${key}-empty`, () => (draws++, null));
    saveOutlines();
    assert.equal(draws, 2, 'drawn once each in a build');
    useOutlines(cache, 'tool-a');
    assert.equal(outlineOf(key, draw), first);
    assert.equal(
      outlineOf(`${key}-empty`, () => 'drawn'),
      null,
      'nothing to draw is kept too',
    );
    saveOutlines();
    assert.equal(draws, 2, 'the next build draws nothing');
    useOutlines(cache, 'tool-b');
    outlineOf(key, draw);
    saveOutlines();
    assert.equal(draws, 3, 'another tool draws again');
    assert.deepEqual(await readdir(cache), ['map-outlines-tool-b.v8']);
    assert.equal(outlineOf(key, draw), first, 'drawn, not kept, once saved');
    assert.equal(draws, 4);
  });

  it('tells projections apart by every parameter, and knows only its own', () => {
    const paris = regionProjection(FRAME, [[2.35, 48.86]], { minSpan: 1 });
    const lyon = regionProjection(FRAME, [[4.84, 45.76]], { minSpan: 1 });
    assert.equal(
      projectionKey(paris),
      projectionKey(regionProjection(FRAME, [[2.35, 48.86]], { minSpan: 1 })),
    );
    assert.notEqual(projectionKey(paris), projectionKey(lyon));
    assert.notEqual(projectionKey(worldProjection(FRAME)), projectionKey(paris));
    const france = atlas('50m').byNumber.get('250')!;
    assert.equal(outlineKey(projectionKey(geoMercator()), '50m', france), undefined);
  });

  it('gives the same maps and place pages from kept outlines as drawn ones', async () => {
    const archive = await placesArchive();
    const outputs: Map<string, Buffer>[] = [];
    for (let build = 0; build < 2; build++) {
      const out = path.join(temporaryFolder(), 'dist');
      const site = new ArchiveSite(archive, out);
      try {
        await site.build();
      } finally {
        await site.close();
      }
      const files = (await everyByte(out)).filter(({ file }) => file.startsWith('places/'));
      outputs.push(new Map(files.map(({ file, bytes }) => [file, bytes])));
    }
    const kept = (await readdir(path.join(archive, '.inhale-cache'))).filter((name) =>
      name.startsWith('map-outlines-'),
    );
    assert.equal(kept.length, 1, 'one file of outlines');
    const [drawn, fromCache] = outputs as [Map<string, Buffer>, Map<string, Buffer>];
    assert.ok(drawn.size > 10, `${drawn.size} files`);
    assert.deepEqual([...fromCache.keys()].sort(), [...drawn.keys()].sort());
    for (const [file, bytes] of drawn) assert.ok(fromCache.get(file)!.equals(bytes), file);
  });
});
