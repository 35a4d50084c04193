/**
 * iCalendar (`.ics`, RFC 5545): one file or a folder of them (Google Calendar's Takeout, Apple
 * Calendar, Thunderbird, Outlook), read with ical.js. Each VEVENT is an entry of kind `event`
 * (calendar-event.ts); a series (RRULE, RDATE) is one entry per occurrence, its EXDATEs left out
 * and its exceptions (RECURRENCE-ID) read in place of the occurrences they change. A series is
 * expanded up to MAX_OCCURRENCES and no later than HORIZON_DAYS after the newest event the
 * import's calendars hold: a calendar export knows the past, and a series without end would
 * otherwise fill the archive with years of meetings that never happened. A file ical.js cannot
 * read whole is read component by component, so one bad event costs only itself.
 */
import ICAL from 'ical.js';

import { calendarSource, type PartOf } from '../archive/sources.ts';
import { eventEntry, eventId, type Occurrence } from './calendar-event.ts';
import { CalendarZones } from './calendar-time.ts';
import { ImportInputError, type FileView } from './file-view.ts';
import { detectNamedFiles, namedFiles, textOrTooLarge } from './named-files.ts';
import type { ImportItem, Importer, ImportOptions } from './types.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** The names calendar files go by. */
export const CALENDAR_FILE = /\.(ics|ical|icalendar|ifb)$/i;
/** Most occurrences one series gives. */
export const MAX_OCCURRENCES = 500;
/** A series stops this many days after the newest event of the import's calendars. */
export const HORIZON_DAYS = 366;

interface Parsed {
  file: string;
  roots: Component[];
  /** Events that could not be read at all, and other problems of the file. */
  items: ImportItem[];
}

export const calendarImporter: Importer<PartOf<typeof calendarSource>> = {
  name: 'calendar',
  version: '1',

  detect: (view: FileView) => detectNamedFiles(view, CALENDAR_FILE),

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const { files: calendars, single } = await namedFiles(
      view,
      CALENDAR_FILE,
      'no .ics file here: point at a calendar file or a folder of them',
    );
    const parsed: Parsed[] = [];
    for (const file of calendars) {
      const text = await textOrTooLarge(view, file);
      if (typeof text !== 'string') {
        yield text;
        continue;
      }
      if (!/^BEGIN:(VCALENDAR|VEVENT|VTIMEZONE)\s*$/im.test(text)) {
        if (single)
          throw new ImportInputError(
            `${view.label}: not an iCalendar file (no BEGIN:VCALENDAR); is it a calendar export?`,
          );
        yield {
          type: 'file',
          account: { file, status: 'not-understood', reason: 'not an iCalendar file' },
        };
        continue;
      }
      parsed.push(parseCalendar(text, file));
    }
    const horizon = newestStart(parsed) + HORIZON_DAYS * 86400;
    const own = new Set(options.config.mail.addresses.map((address) => address.toLowerCase()));
    for (const calendar of parsed) {
      const items = [...calendar.items, ...eventItems(calendar, horizon, own, options)];
      const records = items.filter((item) => item.type === 'entry' || item.type === 'skip');
      yield {
        type: 'file',
        account: { file: calendar.file, status: 'read', records: records.length },
      };
      yield* items;
    }
  },
};

/** The file's calendars; when ical.js refuses it whole, each component on its own. */
function parseCalendar(text: string, file: string): Parsed {
  try {
    const parsed = ICAL.parse(text) as unknown[];
    const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
    return { file, roots: list.map((jcal) => new ICAL.Component(jcal)), items: [] };
  } catch {
    return parseByComponent(text, file);
  }
}

function parseByComponent(text: string, file: string): Parsed {
  const root = new ICAL.Component('vcalendar');
  const items: ImportItem[] = [];
  let events = 0;
  for (const block of componentBlocks(text)) {
    if (block.name === 'VEVENT') events++;
    try {
      const jcal = ICAL.parse(`BEGIN:VCALENDAR\r\n${block.lines.join('\r\n')}\r\nEND:VCALENDAR`);
      for (const component of new ICAL.Component(jcal as unknown[]).getAllSubcomponents())
        root.addSubcomponent(component);
    } catch (error) {
      const message = (error as Error).message;
      if (block.name === 'VEVENT')
        items.push({
          type: 'skip',
          reason: 'event that is not valid iCalendar',
          detail: `${file}: event ${events}: ${message}`,
          file,
        });
      else
        items.push({ type: 'warning', message: `${file}: a ${block.name} left out: ${message}` });
    }
  }
  return { file, roots: [root], items };
}

/** The top-level components of a calendar's text (inside its VCALENDARs), as lines. */
function componentBlocks(text: string): { name: string; lines: string[] }[] {
  const blocks: { name: string; lines: string[] }[] = [];
  let depth = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const marker = /^(BEGIN|END):([A-Z0-9-]+)\s*$/i.exec(line);
    const name = marker?.[2]?.toUpperCase();
    if (name === 'VCALENDAR') continue;
    if (marker?.[1]?.toUpperCase() === 'BEGIN') {
      if (depth === 0) blocks.push({ name: name!, lines: [] });
      depth++;
    }
    if (depth > 0) blocks.at(-1)!.lines.push(line);
    if (marker?.[1]?.toUpperCase() === 'END') depth = Math.max(0, depth - 1);
  }
  return blocks;
}

const eventsOf = (roots: readonly Component[]): Component[] =>
  roots.flatMap((root) => (root.name === 'vevent' ? [root] : root.getAllSubcomponents('vevent')));

/** The newest start of any event of the import, in seconds since the epoch (0 without one). */
function newestStart(calendars: readonly Parsed[]): number {
  let newest = 0;
  for (const calendar of calendars)
    for (const event of eventsOf(calendar.roots)) {
      try {
        const start = event.getFirstPropertyValue('dtstart');
        if (start instanceof ICAL.Time) newest = Math.max(newest, start.toUnixTime());
      } catch {
        // An unreadable start is that event's problem, reported when it is read.
      }
    }
  return newest;
}

/** Every event of one file: series with their exceptions, each event on its own. */
function eventItems(
  calendar: Parsed,
  horizon: number,
  own: ReadonlySet<string>,
  options: ImportOptions,
): ImportItem[] {
  const { file } = calendar;
  const zones = new CalendarZones(calendar.roots, options.config.timeZone);
  const groups = new Map<string, { master?: Component; exceptions: Component[]; index: number }>();
  const items: ImportItem[] = [];
  const events = eventsOf(calendar.roots);
  for (const [index, event] of events.entries()) {
    const uid = event.getFirstPropertyValue('uid');
    const key = typeof uid === 'string' && uid.trim() ? uid.trim() : `\n${index}`;
    const group = groups.get(key) ?? groups.set(key, { exceptions: [], index }).get(key)!;
    if (event.hasProperty('recurrence-id')) group.exceptions.push(event);
    else if (!group.master) group.master = event;
    // A second event with the UID of the first is read as its own: the writer tells them apart.
    else groups.set(`\n${index}`, { master: event, exceptions: [], index });
  }
  for (const group of groups.values()) {
    const where = (event: Component) => {
      const uid = event.getFirstPropertyValue('uid');
      return `${file}: event ${events.indexOf(event) + 1}${typeof uid === 'string' ? ` (${uid})` : ''}`;
    };
    const read = (event: Component, occurrences: () => Occurrence[]) => {
      try {
        if (!event.hasProperty('dtstart'))
          return void items.push({
            type: 'skip',
            reason: 'event without a start',
            detail: `${where(event)}: no DTSTART`,
            file,
          });
        for (const occurrence of occurrences()) {
          if (
            String(occurrence.item.getFirstPropertyValue('status') ?? '').toUpperCase() ===
            'CANCELLED'
          ) {
            items.push({
              type: 'skip',
              reason: 'cancelled event',
              detail: where(occurrence.item),
              file,
            });
            continue;
          }
          try {
            items.push({
              type: 'entry',
              entry: eventEntry(event, occurrence, zones, file, own, options.people),
            });
          } catch (error) {
            items.push(unreadable(where(occurrence.item), error, file));
          }
        }
      } catch (error) {
        items.push(unreadable(where(event), error, file));
      }
    };
    if (group.master) {
      const master = group.master;
      read(master, () => occurrencesOf(zones, master, group.exceptions, horizon, file, items));
    } else for (const exception of group.exceptions) read(exception, () => [standalone(exception)]);
  }
  for (const tzid of zones.unknown)
    items.push({
      type: 'warning',
      message: `${file}: time zone "${tzid}" is neither an IANA name nor defined in the file: its times are read in ${options.config.timeZone}`,
    });
  for (const name of ['vtodo', 'vjournal', 'vfreebusy']) {
    const count = calendar.roots.reduce(
      (sum, root) => sum + root.getAllSubcomponents(name).length,
      0,
    );
    if (count > 0)
      items.push({
        type: 'warning',
        message: `${file}: ${count} ${name.toUpperCase()} not imported (inhale reads events)`,
      });
  }
  return items;
}

function unreadable(where: string, error: unknown, file: string): ImportItem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: 'skip',
    reason: 'event that could not be read',
    detail: `${where}: ${message}`,
    file,
  };
}

/** The occurrences of an event: itself, or its series within the cap, exceptions in place. */
function occurrencesOf(
  zones: CalendarZones,
  master: Component,
  exceptions: Component[],
  horizon: number,
  file: string,
  items: ImportItem[],
): Occurrence[] {
  const event = new ICAL.Event(master, { exceptions, strictExceptions: false });
  if (!event.isRecurring()) {
    const single: Occurrence = { item: master, start: event.startDate, end: event.endDate };
    // Exceptions of an event that does not repeat are events of their own.
    return [single, ...exceptions.map((exception) => standalone(exception))];
  }
  const excluded = new Set(
    master
      .getAllProperties('exdate')
      .flatMap((property) => property.getValues())
      .map((time) => String(time)),
  );
  const tzid = master.getFirstProperty('dtstart')?.getParameter('tzid');
  if (typeof tzid === 'string' && event.startDate.zone?.tzid === 'floating')
    for (const property of master.getAllProperties('rrule')) {
      const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur>;
      const until = rule.until?.zone?.tzid === 'UTC' && zones.wallClockOf(rule.until, tzid);
      if (until) rule.until = until;
    }
  const times = new Map<string, Time>();
  let cut: string | undefined;
  try {
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const time =
        (next as unknown) instanceof ICAL.Period
          ? (next as unknown as InstanceType<typeof ICAL.Period>).start
          : next;
      if (time.toUnixTime() > horizon || times.size >= MAX_OCCURRENCES) {
        cut = `the rest after ${[...times.values()].at(-1)?.toString() ?? event.startDate.toString()} left out (at most ${MAX_OCCURRENCES} occurrences, until a year after the newest event)`;
        break;
      }
      times.set(time.toString(), time);
    }
  } catch (error) {
    items.push({
      type: 'warning',
      message: `${file}: ${eventId(master)}: its recurrence could not be read (${(error as Error).message}); its first date is imported`,
    });
  }
  if (!excluded.has(event.startDate.toString()))
    times.set(event.startDate.toString(), event.startDate);
  // An exception may move an occurrence the rule does not give (or past the cap): still an event.
  for (const exception of Object.values(event.exceptions))
    times.set(exception.recurrenceId.toString(), exception.recurrenceId);
  if (cut)
    items.push({
      type: 'warning',
      message: `${file}: ${eventId(master)} repeats further: ${times.size} occurrence(s) imported, ${cut}`,
    });
  return [...times.values()]
    .sort((a, b) => a.compare(b))
    .map((time) => {
      const details = event.getOccurrenceDetails(time);
      return {
        item: details.item.component,
        start: details.startDate,
        end: details.endDate,
        recurrenceId: details.recurrenceId,
      };
    });
}

function standalone(exception: Component): Occurrence {
  const event = new ICAL.Event(exception);
  return {
    item: exception,
    start: event.startDate,
    end: event.endDate,
    recurrenceId: event.recurrenceId,
  };
}
