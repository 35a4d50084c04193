/**
 * An iCalendar time as the archive writes it: an all-day value as a date (`2024-10-05`), a
 * time with its offset. A `TZID` is read, in this order, as an IANA name (Intl's history is the
 * most complete), as the IANA name its VTIMEZONE gives in `X-LIC-LOCATION`, through the rules
 * of its VTIMEZONE (Outlook's `W. Europe Standard Time`, `custom_America/New_York`), as the
 * IANA name at the end of a vendor's prefix (`/mozilla.org/20070129_1/Europe/Berlin`); a TZID
 * none of these knows is read in the archive's time zone, with a warning. Floating times (no
 * TZID, no `Z`) are the archive's time zone's; UTC times are written in it too.
 */
import ICAL from 'ical.js';

import { ImpossibleDateError, inZone, parseIsoParts, resolveDate } from '../archive/dates.ts';

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const ianaNames = new Map<string, boolean>();

/** Whether Intl knows the zone (an IANA name or one of its aliases). */
export function isIanaZone(name: string): boolean {
  let known = ianaNames.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = name.trim() !== '';
    } catch {
      known = false;
    }
    ianaNames.set(name, known);
  }
  return known;
}

type Zone = { iana: string } | { rules: Timezone } | undefined;

/** The time zones of one calendar file, and the archive's for floating times. */
export class CalendarZones {
  private readonly defined = new Map<string, { rules?: Timezone; location?: string }>();
  private readonly resolved = new Map<string, Zone>();
  /** TZIDs read in the archive's zone instead: reported once each. */
  readonly unknown = new Set<string>();

  constructor(
    roots: readonly Component[],
    private readonly archiveZone: string,
  ) {
    for (const root of roots)
      for (const component of root.name === 'vtimezone'
        ? [root]
        : root.getAllSubcomponents('vtimezone')) {
        const tzid = String(component.getFirstPropertyValue('tzid') ?? '');
        if (!tzid || this.defined.has(tzid)) continue;
        const location = component.getFirstPropertyValue('x-lic-location');
        let rules: Timezone | undefined;
        try {
          rules = new ICAL.Timezone(component);
        } catch {
          rules = undefined;
        }
        this.defined.set(tzid, {
          ...(rules ? { rules } : {}),
          ...(typeof location === 'string' ? { location } : {}),
        });
      }
  }

  private zoneOf(tzid: string): Zone {
    if (this.resolved.has(tzid)) return this.resolved.get(tzid);
    const defined = this.defined.get(tzid);
    const stripped = tzid.replace(/^\/[^/]+\/[^/]+\//, '').replace(/^custom_/, '');
    const zone: Zone = isIanaZone(tzid)
      ? { iana: tzid }
      : defined?.location && isIanaZone(defined.location)
        ? { iana: defined.location }
        : defined?.rules
          ? { rules: defined.rules }
          : isIanaZone(stripped)
            ? { iana: stripped }
            : undefined;
    this.resolved.set(tzid, zone);
    return zone;
  }

  /**
   * A UTC time as the wall clock of `tzid` when ical.js does not know that zone (an IANA name
   * without a VTIMEZONE, whose times it reads as floating): a series' UNTIL in UTC is compared
   * with its floating occurrences, so it must be their wall clock too.
   */
  wallClockOf(utc: Time, tzid: string): Time | undefined {
    if (this.defined.get(tzid)?.rules) return undefined;
    const zone = this.zoneOf(tzid);
    if (!zone || !('iana' in zone)) return undefined;
    const iso = `${pad(utc.year, 4)}-${pad(utc.month)}-${pad(utc.day)}T${pad(utc.hour)}:${pad(utc.minute)}:${pad(utc.second)}Z`;
    return ICAL.Time.fromDateTimeString(inZone(iso, zone.iana).slice(0, 19));
  }

  /** Midnight of an all-day event's day in the archive's time zone: its entry's date. */
  dayStart(date: string): string {
    return resolveDate(date, this.archiveZone);
  }

  /**
   * The archive's value of a time whose property had this TZID (undefined: floating or UTC).
   * Throws ImpossibleDateError for a date no calendar has.
   */
  write(time: Time, tzid: string | undefined): string {
    const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
    if (!parseIsoParts(date) || time.year < 1)
      throw new ImpossibleDateError(`impossible date "${date}"`);
    if (time.isDate) return date;
    const wall = `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
    if (!parseIsoParts(wall)) throw new ImpossibleDateError(`impossible date "${wall}"`);
    const isUtc = time.zone?.tzid === 'UTC' || time.zone === ICAL.Timezone.utcTimezone;
    if (!tzid)
      return isUtc ? inZone(`${wall}Z`, this.archiveZone) : resolveDate(wall, this.archiveZone);
    const zone = this.zoneOf(tzid);
    if (!zone) {
      this.unknown.add(tzid);
      return resolveDate(wall, this.archiveZone);
    }
    if ('iana' in zone) return resolveDate(wall, zone.iana);
    const offset = Math.round(zone.rules.utcOffset(time) / 60);
    const sign = offset < 0 ? '-' : '+';
    return `${wall}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  }
}
