/**
 * An event's facts: when it starts and ends (`start`, `end`: ISO 8601 with an offset, or
 * `YYYY-MM-DD` for an all-day event), where (`place`'s name, else `location`) and who goes
 * (`attendees`), as docs/archive-format.md names them. Times are shown as written, in the
 * event's own offset, never the builder's.
 */
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';

/** A front-matter value as text (index.ts has the same; importing it would make a cycle). */
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : undefined;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** `1 March 2014, 19:30`, or `1 March 2014` for a date alone; undefined when it is no date. */
export function eventTime(value: unknown): string | undefined {
  const match = DATE.exec(textOf(value) ?? '');
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  const name = MONTHS[Number(month) - 1];
  if (!name) return undefined;
  const date = `${Number(day)} ${name} ${year}`;
  return hour === undefined ? date : `${date}, ${hour}:${minute}`;
}

export const eventFacts = (data: EntryData): KindFact[] => {
  const facts: KindFact[] = [];
  const start = eventTime(data.start);
  const end = eventTime(data.end);
  if (start) facts.push({ label: 'Starts', value: start });
  if (end) {
    // An end on the start's day is only its time.
    const sameDay = start && end.split(', ')[0] === start.split(', ')[0] && end.includes(', ');
    facts.push({ label: 'Ends', value: sameDay ? end.split(', ')[1]! : end });
  }
  const place = data.place && typeof data.place === 'object' ? textOf(data.place.name) : undefined;
  const where = place ?? textOf(data.location);
  if (where) facts.push({ label: 'Where', value: where });
  const attendees = Array.isArray(data.attendees)
    ? data.attendees.map(textOf).filter((name): name is string => !!name)
    : [];
  if (attendees.length > 0)
    facts.push({ label: 'With', value: attendees.join(', '), card: attendees.length <= 3 });
  return facts;
};
