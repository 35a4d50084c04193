/**
 * An event's facts: when (its start and end as people say them, each in its own offset as
 * written: "Saturday 5 October 2024, 13:00–14:00", "5–7 October 2024, all day"), where (its
 * place's name), and with whom (its people, by name). Fields: docs/archive-format.md, Events.
 */
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';
import { MONTHS, WEEKDAYS } from '../../shared/calendar-names.ts';

// Not imported from index.ts, which imports this file: the import graph has no cycles.
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : undefined;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/;

/** `Saturday 5 October 2024`; undefined for a value that is not a date. */
function dayOf(value: string, weekday = true): string | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return undefined;
  const name = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday ? `${name} ` : ''}${day} ${MONTHS[month - 1]} ${year}`;
}

const timeOf = (value: string) => {
  const match = TIME.exec(value);
  return match ? `${match[1]}:${match[2]}` : undefined;
};

/** When an event is, from its `start` and `end` (or its date). */
export function eventWhen(start: string, end: string | undefined): string {
  const startDay = dayOf(start);
  if (!startDay) return start;
  const startTime = timeOf(start);
  const sameDay = end !== undefined && end.slice(0, 10) === start.slice(0, 10);
  if (!startTime) {
    // All day: `5 October 2024, all day` or `5–7 October 2024, all day`.
    if (!end || sameDay || !dayOf(end)) return `${startDay}, all day`;
    const [from, to] = [start.slice(0, 10), end.slice(0, 10)];
    const span =
      from.slice(0, 7) === to.slice(0, 7)
        ? `${Number(from.slice(8))}–${dayOf(to, false)}`
        : `${dayOf(from, false)} – ${dayOf(to, false)}`;
    return `${span}, all day`;
  }
  const endTime = end ? timeOf(end) : undefined;
  if (!end || !endTime) return `${startDay}, ${startTime}`;
  if (sameDay) return `${startDay}, ${startTime}–${endTime}`;
  return `${startDay}, ${startTime} – ${dayOf(end)}, ${endTime}`;
}

/** `Ana Kovač` from `Ana Kovač <ana@example.org>`; the address without a name. */
const nameOf = (person: string) => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$/.exec(person);
  return match ? match[1]!.trim() || match[2]!.trim() : person.trim();
};

export function eventFacts(data: EntryData): KindFact[] {
  const facts: KindFact[] = [];
  const start = textOf(data.start) ?? textOf(data.date);
  if (start) facts.push({ label: 'When', value: eventWhen(start, textOf(data.end)), card: true });
  const place = textOf((data.place as { name?: unknown } | undefined)?.name);
  if (place) facts.push({ label: 'Where', value: place, card: true });
  const people = (Array.isArray(data.people) ? data.people : [])
    .filter((person): person is string => typeof person === 'string' && person.trim() !== '')
    .map(nameOf);
  if (people.length > 0) facts.push({ label: 'With', value: people.join(', ') });
  return facts;
}
