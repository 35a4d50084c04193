/** A day of listening (Spotify): its plays, minutes and the artist heard longest. */
// Typed from the schema, not index.ts's FactPicker: index.ts imports this file.
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';

/** A number or a string as text; anything else as nothing (the picker drops empty facts). */
const text = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'string'
      ? value.trim()
      : '';

export const listeningFacts = (data: EntryData): KindFact[] => [
  { label: 'Plays', value: text(data.plays), card: true },
  { label: 'Minutes', value: text(data.minutes), card: true },
  { label: 'Top artist', value: text(data.topArtist), card: true },
];
