/**
 * When a post was last edited (Mastodon's `updated`, docs/archive-format.md): shown on its page
 * as "Edited 2 May 2024, 12:30", in the offset it was written with. Not on cards.
 */
import { formatShortDay, formatTime } from '../../../layouts/labels.ts';
import { parseIsoParts } from '../../archive/dates.ts';
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';

export const editedFacts = (data: EntryData): KindFact[] => {
  const updated = data['updated'];
  if (typeof updated !== 'string' || !parseIsoParts(updated) || updated === data.date) return [];
  const time = /T\d{2}:\d{2}/.test(updated) ? `, ${formatTime(updated)}` : '';
  return [{ label: 'Edited', value: `${formatShortDay(updated)}${time}`, card: false }];
};
