/** A film's facts: its year, your rating with half stars, whether a rewatch (letterboxd.ts). */
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';
import { stars, valueText as textOf } from './rating.ts';

export function filmFacts(data: EntryData): KindFact[] {
  const facts: KindFact[] = [];
  const year = textOf(data.year);
  if (year) facts.push({ label: 'Year', value: year, card: true });
  const rating = stars(data.rating);
  if (rating) facts.push({ label: 'Rating', value: rating, card: true });
  if (data.rewatch === true) facts.push({ label: 'Rewatch', value: 'Yes', card: true });
  const shelf = textOf(data.shelf);
  if (shelf) facts.push({ label: 'Shelf', value: shelf, card: true });
  return facts;
}
