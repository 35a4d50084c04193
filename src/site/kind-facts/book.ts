/** A book's facts: who wrote it, how you rated it, its shelf and length (src/import/books.ts). */
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';
import { stars, valueText as textOf } from './rating.ts';

export function bookFacts(data: EntryData): KindFact[] {
  const facts: KindFact[] = [];
  const author = textOf(data.author);
  if (author) facts.push({ label: 'Author', value: author, card: true });
  const rating = stars(data.rating);
  if (rating) facts.push({ label: 'Rating', value: rating, card: true });
  const shelf = textOf(data.shelf);
  if (shelf)
    facts.push({ label: 'Shelf', value: shelf.replace(/-/g, ' '), card: shelf !== 'read' });
  const pages = textOf(data.pages);
  if (pages) facts.push({ label: 'Pages', value: pages });
  return facts;
}
