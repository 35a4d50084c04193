/**
 * One occurrence of an iCalendar event as an entry of kind `event`: `start` and `end` (a date
 * for an all-day event, its last day inclusive; a time with its offset), `place` from LOCATION,
 * GEO or Apple's structured location, the organizer and attendees in `people` (peopleOf),
 * CATEGORIES as tags, URL, and DESCRIPTION as the body (sanitized when it is HTML).
 * CLASS:PRIVATE and CONFIDENTIAL are private.
 */
import ICAL from 'ical.js';

import { shortHash } from '../archive/paths.ts';
import type { CalendarZones } from './calendar-time.ts';
import { htmlToMarkdown, plainTextToMarkdown } from './html.ts';
import type { ImportedData, ImportedEntry } from './types.ts';

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

/** One occurrence: the component it reads (the series' or its exception's) and its times. */
export interface Occurrence {
  item: Component;
  start: Time;
  end: Time;
  /** The occurrence's original start, for its id; absent for an event that does not repeat. */
  recurrenceId?: Time;
}

const text = (component: Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

const tzidOf = (component: Component, name: string): string | undefined => {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' && value ? value : undefined;
};

/** The event's id: `calendar:<UID>`, plus `/<original start>` for an occurrence of a series. */
export function eventId(master: Component, recurrenceId?: Time): string {
  const uid = text(master, 'uid');
  const base = uid
    ? uid.replace(/\s+/g, '-')
    : // Without a UID, what the event says of itself (DTSTAMP is the export's time: left out).
      `nouid-${shortHash(
        ['dtstart', 'summary', 'location']
          .map((name) => master.getFirstProperty(name)?.toICALString() ?? '')
          .join('\n'),
        16,
      )}`;
  return `calendar:${base}${recurrenceId ? `/${recurrenceId.toICALString()}` : ''}`;
}

export function eventEntry(
  master: Component,
  occurrence: Occurrence,
  zones: CalendarZones,
  file: string,
  ownAddresses: ReadonlySet<string>,
  known: ReadonlyMap<string, string> = new Map(),
): ImportedEntry {
  const { item } = occurrence;
  const start = zones.write(occurrence.start, tzidOf(item, 'dtstart'));
  const data: ImportedData = {
    id: eventId(master, occurrence.recurrenceId),
    kind: 'event',
    date: start.length === 10 ? zones.dayStart(start) : start,
    start,
  };
  // An end computed from a DURATION, or an occurrence's, is in its start's zone; DTEND in its own.
  const ownEnd =
    item.hasProperty('dtend') &&
    String(item.getFirstPropertyValue('dtend')) === String(occurrence.end);
  const end = endOf(occurrence, zones, tzidOf(item, ownEnd ? 'dtend' : 'dtstart'), start);
  if (end) data.end = end;
  const title = text(item, 'summary');
  if (title) data.title = title.replace(/\s+/g, ' ');
  const place = placeOf(item);
  if (place) data.place = place;
  const people = peopleOf(item, ownAddresses, known);
  if (people.length > 0) data.people = people;
  const tags = item
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter(Boolean);
  if (tags.length > 0) data.tags = [...new Set(tags)];
  const url = text(item, 'url');
  if (url && /^https?:\/\/\S+$/i.test(url) && URL.canParse(url)) data.url = url;
  const visibility = text(item, 'class')?.toUpperCase();
  if (visibility === 'PRIVATE' || visibility === 'CONFIDENTIAL') data.visibility = 'private';
  const description = text(item, 'description') ?? '';
  const body = /<\/?[a-z][^>]*>/i.test(description)
    ? htmlToMarkdown(description)
    : plainTextToMarkdown(description.replace(/\r\n?/g, '\n'));
  return { data, body, media: [], file };
}

/** The end as written: an all-day event's last day (DTEND is the day after), when after the start. */
function endOf(
  occurrence: Occurrence,
  zones: CalendarZones,
  tzid: string | undefined,
  start: string,
): string | undefined {
  const end = occurrence.end.clone();
  if (end.isDate) end.adjust(-1, 0, 0, 0);
  const value = zones.write(end, end.isDate ? undefined : tzid);
  if (value.length === 10) return value > start.slice(0, 10) ? value : undefined;
  return Date.parse(value) > Date.parse(start) ? value : undefined;
}

function placeOf(item: Component): ImportedData['place'] {
  const name = text(item, 'location')?.replace(/\s*\n\s*/g, ', ');
  let lat: number | undefined;
  let lon: number | undefined;
  const geo = item.getFirstPropertyValue('geo');
  if (Array.isArray(geo)) [lat, lon] = geo.map(Number);
  else {
    // Apple's structured location: `geo:52.38,7.52` as its value.
    const apple = item.getFirstProperty('x-apple-structured-location')?.getFirstValue();
    const match = typeof apple === 'string' ? /^geo:(-?[\d.]+),(-?[\d.]+)/.exec(apple) : null;
    if (match) [lat, lon] = [Number(match[1]), Number(match[2])];
  }
  const hasPoint =
    lat !== undefined &&
    lon !== undefined &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180;
  if (!name && !hasPoint) return undefined;
  return { ...(name ? { name } : {}), ...(hasPoint ? { lat: lat!, lon: lon! } : {}) };
}

/**
 * Organizer and attendees: by the name the people file gives their address, else by the name
 * the calendar gives them (CN), else by their address; rooms and yourself left out. An address
 * is kept only when it is all there is, so a shared event does not publish other people's
 * addresses (mail, which has them, is always private).
 */
function peopleOf(
  item: Component,
  ownAddresses: ReadonlySet<string>,
  known: ReadonlyMap<string, string>,
): string[] {
  const people = new Map<string, string>();
  for (const property of [
    ...item.getAllProperties('organizer'),
    ...item.getAllProperties('attendee'),
  ]) {
    const type = String(property.getParameter('cutype') ?? '').toUpperCase();
    if (type === 'ROOM' || type === 'RESOURCE') continue;
    const value = String(property.getFirstValue() ?? '');
    const found = /^mailto:(.+)$/i.exec(value.trim())?.[1]?.trim().toLowerCase();
    const address = found && /^[^\s@<>]+@[^\s@<>]+$/.test(found) ? found : undefined;
    const name = String(property.getParameter('cn') ?? '')
      .replace(/["<>]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (address && ownAddresses.has(address)) continue;
    const shown = (address && known.get(address)) || name || address;
    if (shown && !people.has(shown.toLowerCase())) people.set(shown.toLowerCase(), shown);
  }
  return [...people.values()];
}
