// The keys an edit touches for places, and where a list's numbered pages go.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { pageUrl } from '../../layouts/base.ts';
import type { EntrySummary } from '../../src/shared/entry-types.ts';
import { isWanted, pageFilesOf, placesChanged } from '../../src/site/page-keys.ts';
import type { Timeline } from '../../src/site/timeline.ts';

const summary = (id: string, place?: EntrySummary['place']) =>
  ({ id, place }) as unknown as EntrySummary;
const strasbourg = { name: 'Strasbourg', country: 'France', lat: 48.58, lon: 7.75 };

describe('place keys', () => {
  it('an edit that keeps every place leaves the maps alone', () => {
    assert.equal(
      placesChanged([summary('a', strasbourg)], [summary('a', { ...strasbourg })]),
      false,
    );
    assert.equal(placesChanged([summary('a')], [summary('a')]), false);
  });

  it('a place that comes, goes, moves or is renamed changes the maps', () => {
    assert.equal(placesChanged([summary('a')], [summary('a', strasbourg)]), true);
    assert.equal(placesChanged([summary('a', strasbourg)], [summary('a')]), true);
    assert.equal(placesChanged([summary('a', strasbourg)], []), true, 'deleted');
    assert.equal(placesChanged([], [summary('b', strasbourg)]), true, 'added');
    assert.equal(
      placesChanged([summary('a', strasbourg)], [summary('a', { ...strasbourg, lat: 48.6 })]),
      true,
    );
    assert.equal(
      placesChanged([summary('a', strasbourg)], [summary('a', { ...strasbourg, name: 'Kehl' })]),
      true,
    );
  });

  it('places stands for every place page; a place key owns its page and its numbered pages', () => {
    assert.ok(isWanted(new Set(['places']), 'place:places/france/strasbourg.html'));
    assert.ok(!isWanted(new Set(['site']), 'place:places/france/strasbourg.html'));
    const owns = pageFilesOf('place:places/france/strasbourg.html', {} as Timeline);
    const owned = (file: string) => owns.some((match) => match(file));
    assert.ok(owned('places/france/strasbourg.html'));
    assert.ok(owned('places/france/strasbourg/page/2/index.html'));
    assert.ok(!owned('places/france/index.html'));
    assert.ok(!owned('places/france/strasbourg-2.html'));
  });
});

describe('pageUrl', () => {
  it('numbers a folder list inside it, and a file list in a folder of its name', () => {
    assert.equal(pageUrl('tags/walks/', 1), 'tags/walks/');
    assert.equal(pageUrl('tags/walks/', 2), 'tags/walks/page/2/');
    assert.equal(pageUrl('places/france/strasbourg.html', 1), 'places/france/strasbourg.html');
    assert.equal(pageUrl('places/france/strasbourg.html', 3), 'places/france/strasbourg/page/3/');
  });
});
