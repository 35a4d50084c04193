/**
 * Facts a kind of entry shows besides its text: an event's start and end, a book's rating, an
 * activity's distance. Each kind's picker (one file per kind in this folder) reads them from
 * the entry's front matter, as docs/archive-format.md names the fields; cards show them as a
 * short list under the heading, entry pages in full. A kind without a picker shows none.
 */
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';
import { eventFacts } from './event.ts';
import { editedFacts } from './edited.ts';
import { listeningFacts } from './listening.ts';
import { noteFacts } from './note.ts';
import { bookFacts } from './book.ts';
import { filmFacts } from './film.ts';
import { activityFacts, trackFacts } from './activity.ts';
import { commentFacts, searchFacts, subredditFacts, watchingFacts } from './watching.ts';

export type { KindFact };

/** Reads a kind's facts from front matter that no schema has checked: every field may be anything. */
export type FactPicker = (data: EntryData) => KindFact[];

/** Kind → its picker. Add a kind: a file beside this one, and a line here. */
const PICKERS: Record<string, FactPicker> = {
  event: eventFacts,
  post: (data) => [...subredditFacts(data), ...editedFacts(data)],
  reply: editedFacts,
  poll: editedFacts,
  listening: listeningFacts,
  note: noteFacts,
  book: bookFacts,
  film: filmFacts,
  activity: activityFacts,
  track: trackFacts,
  watching: watchingFacts,
  search: searchFacts,
  comment: commentFacts,
  bookmark: subredditFacts,
};

export function kindFacts(data: EntryData): KindFact[] | undefined {
  const facts = PICKERS[data.kind]?.(data).filter((fact) => fact.value !== '');
  return facts && facts.length > 0 ? facts : undefined;
}

/** A front-matter value as text, when it is a string or a number. */
export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value.trim() || undefined
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;
