/**
 * The dates of Takeout's My Activity HTML, which are written for people in the exporting
 * account's language and zone: `Apr 11, 2022, 9:15:24 PM BST` (US English, a narrow no-break
 * space before PM since 2023), `11 Jan 2021, 12:50:26 CET` and `11 Sept 2023, …` (British),
 * `11.01.2021, 12:50:26 MEZ` (numeric day first). The zone is an abbreviation, or `GMT+01:00`;
 * the JSON export has UTC instants instead and is the one to choose when asked.
 */
import { monthOfName, parseIsoParts, resolveDate, RFC822_ZONES } from '../../archive/dates.ts';

/**
 * Abbreviations Takeout writes and the offset each stands for. Ambiguous ones are read as their
 * most common meaning (CST: US Central, IST: India); the archive's own zone is asked first.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ...RFC822_ZONES,
  WET: '+00:00',
  WEST: '+01:00',
  BST: '+01:00',
  IST: '+05:30',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  AST: '-04:00',
  ADT: '-03:00',
  NST: '-03:30',
  NDT: '-02:30',
  BRT: '-03:00',
  ART: '-03:00',
  WIB: '+07:00',
  SGT: '+08:00',
  HKT: '+08:00',
  JST: '+09:00',
  KST: '+09:00',
  AWST: '+08:00',
  ACST: '+09:30',
  ACDT: '+10:30',
  AEST: '+10:00',
  AEDT: '+11:00',
  NZST: '+12:00',
  NZDT: '+13:00',
};

const DATE_TIME =
  /^(?:(?<monthName>\p{L}{3,9})\.? (?<day>\d{1,2}), (?<year>\d{4})|(?<day2>\d{1,2})\.? (?<monthName2>\p{L}{3,9})\.? (?<year2>\d{4})|(?<day3>\d{1,2})[./](?<month3>\d{1,2})[./](?<year3>\d{4})|(?<year4>\d{4})-(?<month4>\d{2})-(?<day4>\d{2})),? (?<hour>\d{1,2}):(?<minute>\d{2}):(?<second>\d{2})(?: ?(?<half>[AP]M))? (?<zone>[A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,2}(?::\d{2})?)$/u;

/** What a date of the HTML says: an ISO date with its offset, or why it cannot be read. */
export function parseActivityDate(text: string, timeZone: string): string | { problem: string } {
  const value = text
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const match = DATE_TIME.exec(value);
  const groups = match?.groups;
  if (!groups) return { problem: `a date written as "${value.slice(0, 60)}" is not understood` };
  const name = groups.monthName ?? groups.monthName2;
  const month = name
    ? (monthOfName(name) ?? 0)
    : Number(groups.month3 ?? groups.month4 ?? Number.NaN);
  const day = Number(groups.day ?? groups.day2 ?? groups.day3 ?? groups.day4);
  const year = Number(groups.year ?? groups.year2 ?? groups.year3 ?? groups.year4);
  if (!(month >= 1 && month <= 12))
    return { problem: `the month of "${value.slice(0, 60)}" is not understood` };
  let hour = Number(groups.hour);
  if (groups.half) hour = (hour % 12) + (groups.half === 'PM' ? 12 : 0);
  const pad = (number: number, width = 2) => String(number).padStart(width, '0');
  const local = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${groups.minute}:${groups.second}`;
  if (!parseIsoParts(local)) return { problem: `impossible date "${value.slice(0, 60)}"` };
  const offset = offsetOf(groups.zone!, local, timeZone);
  if (!offset) return { problem: `the time zone "${groups.zone}" is not known` };
  return `${local}${offset}`;
}

/** English of several countries (each names its own zones: IST is Ireland's in en-IE), and German. */
const LOCALES = ['en-US', 'en-GB', 'en-IE', 'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'en-ZA', 'de-DE'];
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Whether the archive's zone goes by an abbreviation, per zone, abbreviation, day and offset. */
const namedHere = new Map<string, boolean>();

function shortName(locale: string, timeZone: string, instant: number): string | undefined {
  const key = `${locale}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    formatters.set(key, format);
  }
  return format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
}

/** `+01:00` for a zone name at a local time: the archive's zone when it goes by that name. */
function offsetOf(zone: string, local: string, timeZone: string): string | undefined {
  const numeric = /^(?:GMT|UTC)([+-])(\d{1,2})(?::(\d{2}))?$/.exec(zone);
  if (numeric) return `${numeric[1]}${numeric[2]!.padStart(2, '0')}:${numeric[3] ?? '00'}`;
  const archive = resolveDate(local, timeZone);
  const key = `${timeZone}|${zone}|${archive.slice(0, 10)}|${archive.slice(19)}`;
  const known = namedHere.get(key);
  if (known !== undefined) return known ? archive.slice(19) : ABBREVIATIONS[zone];
  const instant = Date.parse(archive);
  const isNamed =
    Number.isFinite(instant) &&
    LOCALES.some((locale) => shortName(locale, timeZone, instant) === zone);
  namedHere.set(key, isNamed);
  if (isNamed) return archive.slice(19);
  return ABBREVIATIONS[zone];
}
