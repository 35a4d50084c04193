/**
 * Dates in the archive are ISO 8601 strings that keep the offset they were written with, so
 * an entry written at 23:30 in New York stays on its own day wherever the site is built.
 * Nothing here reads the machine's local time zone.
 */

/** A date that no calendar has (31 February, year 0, past year 9999). */
export class ImpossibleDateError extends RangeError {
  override name = 'ImpossibleDateError';
}

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:\d{2})?$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Offset from UTC in minutes, or undefined when the string has none. */
  offset: number | undefined;
}

/** Splits an ISO date; undefined when the shape or a field is out of range (31 February). */
export function parseIsoParts(value: string): DateParts | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', , zone] = match;
  const parts: DateParts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    offset: zone === undefined ? undefined : zone === 'Z' ? 0 : offsetOf(zone),
  };
  const probe = new Date(
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute),
  );
  const isReal =
    probe.getUTCFullYear() === parts.year &&
    probe.getUTCMonth() === parts.month - 1 &&
    probe.getUTCDate() === parts.day &&
    probe.getUTCHours() === parts.hour &&
    parts.second < 60 &&
    (parts.offset === undefined || Math.abs(parts.offset) <= 18 * 60);
  return isReal ? parts : undefined;
}

function offsetOf(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/**
 * Offset of `timeZone` from UTC, in minutes, at the instant `utcMs`. Remembered per zone and
 * stretch of 6 hours when the offset is the same at both ends of it (a time zone never changes
 * twice within 6 hours): asking Intl costs ~40 µs, and an import asks 100,000 times.
 */
export function zoneOffsetAt(timeZone: string, utcMs: number): number {
  const stretch = Math.floor(utcMs / STRETCH_MS);
  const key = `${timeZone}\n${stretch}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const [start, end] = [stretch * STRETCH_MS, (stretch + 1) * STRETCH_MS - 1000];
  const offset = offsetFromIntl(timeZone, start);
  if (offsetFromIntl(timeZone, end) !== offset) return offsetFromIntl(timeZone, utcMs);
  if (offsets.size > 100_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

const STRETCH_MS = 6 * 3600 * 1000;
const offsets = new Map<string, number>();

function offsetFromIntl(timeZone: string, utcMs: number): number {
  const fields = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(utcMs))
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const asUtc = Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat costs ~0.7 ms; an import asks for thousands of offsets. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The full ISO string with offset for a valid entry date. A date written without an offset
 * is read as local time in the archive's `timeZone`.
 */
export function resolveDate(value: string, timeZone: string): string {
  const parts = parseIsoParts(value);
  if (!parts) throw new RangeError(`not an ISO 8601 date: ${value}`);
  if (parts.offset !== undefined) return value.replace(' ', 'T');
  const wallClock = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  // Two passes settle the offset across a daylight-saving change.
  let offset = zoneOffsetAt(timeZone, wallClock);
  offset = zoneOffsetAt(timeZone, wallClock - offset * 60000);
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${formatOffset(offset)}`;
}

/** Milliseconds since the epoch of a resolved date (with offset). */
export function instantOf(resolved: string): number {
  return Date.parse(resolved);
}

/** Now, as an ISO string with the offset of `timeZone`, to the second. */
export function nowIn(timeZone: string, nowMs = Date.now()): string {
  const offset = zoneOffsetAt(timeZone, nowMs);
  const local = new Date(Math.floor(nowMs / 1000) * 1000 + offset * 60000)
    .toISOString()
    .slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}

/** An instant with any offset, written in `timeZone`'s local time and offset: the person's day. */
export function inZone(iso: string, timeZone: string): string {
  // 31 February, year 0 and years past 9999 would otherwise roll over or throw RangeError.
  if (!parseIsoParts(iso)) throw new ImpossibleDateError(`impossible date "${iso}"`);
  const instant = Date.parse(iso);
  const offset = zoneOffsetAt(timeZone, instant);
  const local = new Date(instant + offset * 60000).toISOString().slice(0, 19);
  return resolveDate(local, timeZone);
}

/** Zone names RFC 822 allows in place of a numeric offset. */
export const RFC822_ZONES: Readonly<Record<string, string>> = {
  GMT: '+00:00',
  UT: '+00:00',
  UTC: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** Month abbreviations that localized feeds put in RFC 822 dates (pt, es, de, fr, nl, it). */
const LOCAL_MONTHS: Record<string, string> = {
  fev: 'feb',
  abr: 'apr',
  mai: 'may',
  ago: 'aug',
  set: 'sep',
  out: 'oct',
  dez: 'dec',
  ene: 'jan',
  dic: 'dec',
  mär: 'mar',
  mrz: 'mar',
  okt: 'oct',
  avr: 'apr',
  jui: 'jul',
  aoû: 'aug',
  déc: 'dec',
  fév: 'feb',
  mei: 'may',
  gen: 'jan',
  giu: 'jun',
  lug: 'jul',
  ott: 'oct',
};

/**
 * The month (1–12) of a month's name or its first three letters, in English or as feeds and
 * Takeout write it in Portuguese, Spanish, German, French, Dutch and Italian; undefined if none.
 * @example monthOfName('Sept') // 9
 */
export function monthOfName(name: string): number | undefined {
  const short = name.toLowerCase().slice(0, 3);
  const month = MONTHS.indexOf(LOCAL_MONTHS[short] ?? short);
  return month >= 0 && month % 3 === 0 ? month / 3 + 1 : undefined;
}

/** `Tue, 10 Jun 2003 04:00:00 +0530` as ISO 8601 with its offset; undefined when it is not one. */
function rfc822ToIso(value: string): string | undefined {
  const rfc =
    /^(?:\w{3},?\s+)?(\d{1,2})\s+(\w{3})\w*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,3})?/i.exec(
      value.trim(),
    );
  if (rfc) {
    const month = monthOfName(rfc[2]!) ?? 0;
    const zone = rfc[7] ?? 'GMT';
    const offset = /^[+-]\d{4}$/.test(zone)
      ? `${zone.slice(0, 3)}:${zone.slice(3)}`
      : RFC822_ZONES[zone.toUpperCase()];
    if (month >= 1 && offset) {
      const year = rfc[3]!.length === 2 ? `20${rfc[3]}` : rfc[3];
      const iso = `${year}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}T${rfc[4]!.padStart(2, '0')}:${rfc[5]}:${rfc[6] ?? '00'}${offset}`;
      if (!Number.isNaN(Date.parse(iso))) return iso;
    }
  }
  return undefined;
}

/**
 * A date as feeds and mail headers write it: RFC 822 (`Tue, 10 Jun 2003 04:00:00 +0530`, with
 * localized month names) or ISO 8601, keeping the offset; `2020/1/10 14:33:00` without a zone
 * (read later in the archive's time zone). Undefined when it is none of these.
 */
export function parseRfc822Date(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const rfc = rfc822ToIso(value);
  if (rfc) return rfc;
  const iso =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      value.trim(),
    );
  if (iso) {
    const zone =
      !iso[3] || iso[3] === 'Z'
        ? '+00:00'
        : iso[3].includes(':')
          ? iso[3]
          : `${iso[3].slice(0, 3)}:${iso[3].slice(3)}`;
    const result = `${iso[1]}T${iso[2]!.length === 5 ? `${iso[2]}:00` : iso[2]}${zone}`;
    return Number.isNaN(Date.parse(result)) ? undefined : result;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return `${value.trim()}T00:00:00+00:00`;
  // `2020/1/10 14:33:00`: local time without a zone, read later in the archive's time zone.
  const local = /^(\d{4})\/(\d{1,2})\/(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(
    value.trim(),
  );
  if (local) {
    const [, y, mo, d, h, mi, s = '00'] = local;
    return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}T${h!.padStart(2, '0')}:${mi}:${s}`;
  }
  return undefined;
}
