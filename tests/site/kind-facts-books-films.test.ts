import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { EntryData } from '../../src/archive/schema.ts';
import { kindFacts } from '../../src/site/kind-facts/index.ts';
import { stars } from '../../src/site/kind-facts/rating.ts';

const entry = (fields: Record<string, unknown>): EntryData =>
  ({ id: 'x:1', source: 'x', date: '2024-01-01T00:00:00Z', ...fields }) as EntryData;

describe('the facts of books and films', () => {
  it('writes a rating as stars, with half stars', () => {
    assert.equal(stars(4), '★★★★☆ (4 of 5)');
    assert.equal(stars(3.5), '★★★½☆ (3.5 of 5)');
    assert.equal(stars(4.75), '★★★★½ (4.75 of 5)');
    assert.equal(stars(0), undefined);
    assert.equal(stars('five'), undefined);
  });

  it('shows a book’s author, rating, shelf and pages', () => {
    assert.deepEqual(
      kindFacts(
        entry({
          kind: 'book',
          author: 'Ursula K. Le Guin',
          rating: 5,
          shelf: 'to-read',
          pages: 304,
        }),
      ),
      [
        { label: 'Author', value: 'Ursula K. Le Guin', card: true },
        { label: 'Rating', value: '★★★★★ (5 of 5)', card: true },
        { label: 'Shelf', value: 'to read', card: true },
        { label: 'Pages', value: '304' },
      ],
    );
  });

  it('shows a film’s year, rating and rewatch, and nothing of fields that are not values', () => {
    assert.deepEqual(kindFacts(entry({ kind: 'film', year: 1979, rating: 4.5, rewatch: true })), [
      { label: 'Year', value: '1979', card: true },
      { label: 'Rating', value: '★★★★½ (4.5 of 5)', card: true },
      { label: 'Rewatch', value: 'Yes', card: true },
    ]);
    assert.equal(kindFacts(entry({ kind: 'film', year: { a: 1 }, rewatch: 'yes' })), undefined);
  });
});
