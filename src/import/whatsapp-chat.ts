/**
 * One WhatsApp chat export (`_chat.txt`, `WhatsApp Chat with X.txt`) read into its messages.
 * Two line forms: iOS `[dd/mm/yy, hh:mm:ss] Name: text` and Android `dd/mm/yy, hh:mm - Name:
 * text` (a system line has no `Name:`), each in the phone's locale: `.`, `/` or `-` between the
 * date's parts, 2- or 4-digit years (or a Buddhist `2565 BE`, a Japanese era `R4`), 12-hour
 * times with `AM`/`PM`, the time first (Vietnamese). A line that does not start so continues the
 * message before it. The day/month order is the phone's and is not written: it is inferred for
 * each date shape of a file (a part above 12 settles it) unless the person says. The export
 * has no time zone. Invisible direction marks are removed. Pure.
 */

/** A message as the file writes it: its local wall-clock time, sender and text. */
export interface ChatLine {
  /** `yyyy-mm-ddThh:mm:ss`, local time without an offset. */
  local: string;
  /** The sender; undefined for a system line (Android). */
  sender?: string;
  text: string;
  /** The line number of its first line (1-based), for messages. */
  line: number;
  /** Its text started with a direction mark: WhatsApp wrote it (a notice, "image omitted"). */
  generated: boolean;
}

export type DateOrder = 'dmy' | 'mdy';

export interface ParsedChat {
  messages: ChatLine[];
  /** Lines that look like a message's start but whose date is impossible (31/02, month 13). */
  bad: { line: number; text: string; reason: string }[];
  /** Date shapes whose order could not be settled, read as `dmy` (or as the person said). */
  ambiguous: boolean;
}

/** Direction marks and isolates WhatsApp scatters through its lines (and Arabic's letter mark). */
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;
export const stripMarks = (text: string) => text.replace(MARKS, '');

/** A date: three numbers (the middle separator the same as the first), a Buddhist `BE`. Five groups. */
const date = (separator: number) =>
  `(\\d{1,4})([./-])(\\d{1,2})\\${separator}(R?\\d{1,4})\\.?(\\s?BE)?`;
/** A time, with seconds or not, 12-hour or not. Four groups. */
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[\s\u202f]?([AaPp])\.?\s?[Mm]\.?)?`;
/** iOS: the stamp in brackets, date then time (groups 1–9) or time then date (10–18), the rest. */
const IOS = new RegExp(
  String.raw`^\[(?:${date(2)}[,،]?\s+${TIME}|${TIME},?\s+${date(15)})\]\s(.*)$`,
);
/** Android: the stamp, a dash, the rest. */
const ANDROID = new RegExp(String.raw`^${date(2)}[,،]?\s+${TIME}\s[-–]\s(.*)$`);
const SENDER = /^([^:\n]{1,100}?):\s(.*)$/s;

interface Stamp {
  parts: [number, number, string];
  /** Which separator and year width: orders are inferred per shape. */
  shape: string;
  hour: number;
  minute: number;
  second: number;
  meridiem?: string;
}

function stampOf(m: RegExpExecArray, dateAt: number, timeAt: number): Stamp {
  const [a, sep, b, c] = [m[dateAt]!, m[dateAt + 1]!, m[dateAt + 2]!, m[dateAt + 3]!];
  const buddhist = m[dateAt + 4] !== undefined;
  return {
    parts: [Number(a), Number(b), c],
    shape: `${a.length === 4 ? 'y' : ''}${sep}${c.length}${buddhist ? 'BE' : ''}`,
    hour: Number(m[timeAt]),
    minute: Number(m[timeAt + 1]),
    second: Number(m[timeAt + 2] ?? 0),
    ...(m[timeAt + 3] ? { meridiem: m[timeAt + 3]!.toLowerCase() } : {}),
  };
}

/** The line's stamp and the rest of it, or undefined for a continuation line. */
function lineStart(line: string): { stamp: Stamp; rest: string; android: boolean } | undefined {
  const ios = IOS.exec(line);
  if (ios) {
    const stamp = ios[1] !== undefined ? stampOf(ios, 1, 6) : stampOf(ios, 14, 10);
    return { stamp, rest: ios[19] ?? '', android: false };
  }
  const android = ANDROID.exec(line);
  if (android) return { stamp: stampOf(android, 1, 6), rest: android[10] ?? '', android: true };
  return undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The stamp as local ISO, or a reason it is impossible. */
function localOf(stamp: Stamp, order: DateOrder): string | { reason: string } {
  const [a, b, c] = stamp.parts;
  let year: number, month: number, day: number;
  if (stamp.shape.startsWith('y')) [year, month, day] = [a, b, Number(c)];
  else {
    [day, month] = order === 'dmy' ? [a, b] : [b, a];
    if (c.startsWith('R')) year = 2018 + Number(c.slice(1));
    else if (stamp.shape.endsWith('BE')) year = Number(c) - 543;
    else year = c.length <= 2 ? 2000 + Number(c) : Number(c);
  }
  let hour = stamp.hour;
  if (stamp.meridiem) {
    if (hour < 1 || hour > 12) return { reason: `impossible hour ${hour} ${stamp.meridiem}m` };
    hour = (hour % 12) + (stamp.meridiem === 'p' ? 12 : 0);
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || year < 1970 || year > 9999)
    return { reason: `impossible date ${stamp.parts.join('/')}` };
  if (hour > 23 || stamp.minute > 59 || stamp.second > 59)
    return { reason: `impossible time ${stamp.hour}:${stamp.minute}` };
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(stamp.minute)}:${pad(stamp.second)}`;
}

/**
 * The order of each date shape: a first part above 12 means day first, a second part above
 * 12 month first; otherwise the order whose dates go back in time less often, and `dmy` on a
 * tie (with `ambiguous` set).
 */
function inferOrders(stamps: Stamp[]): { orders: Map<string, DateOrder>; ambiguous: boolean } {
  const orders = new Map<string, DateOrder>();
  let ambiguous = false;
  const shapes = new Set(stamps.map((stamp) => stamp.shape).filter((s) => !s.startsWith('y')));
  for (const shape of shapes) {
    const mine = stamps.filter((stamp) => stamp.shape === shape);
    if (mine.some((stamp) => stamp.parts[0] > 12)) orders.set(shape, 'dmy');
    else if (mine.some((stamp) => stamp.parts[1] > 12)) orders.set(shape, 'mdy');
    else {
      const backwards = (order: DateOrder) => {
        let count = 0;
        let last = '';
        for (const stamp of mine) {
          const local = localOf(stamp, order);
          if (typeof local !== 'string') continue;
          if (local < last) count++;
          last = local;
        }
        return count;
      };
      const [dmy, mdy] = [backwards('dmy'), backwards('mdy')];
      orders.set(shape, mdy < dmy ? 'mdy' : 'dmy');
      if (mdy === dmy) ambiguous = true;
    }
  }
  return { orders, ambiguous };
}

/** Every message of a chat file, in the file's order; `order` overrides the inferred one. */
export function parseChat(text: string, order?: DateOrder): ParsedChat {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const starts: { at: number; stamp: Stamp; rest: string; android: boolean; raw: string }[] = [];
  const continuation: string[][] = [];
  for (const [at, raw] of lines.entries()) {
    const start = lineStart(stripMarks(raw));
    if (start) {
      // The rest as written, marks and all: after `] ` (iOS) or ` - ` (Android).
      const cut = start.android ? raw.search(/\s[-–]\s/) + 3 : raw.indexOf(']') + 2;
      starts.push({ at, ...start, raw: raw.slice(cut) });
      continuation.push([]);
    } else if (continuation.length > 0) continuation[continuation.length - 1]!.push(raw);
  }
  const inferred = inferOrders(starts.map((start) => start.stamp));
  const result: ParsedChat = {
    messages: [],
    bad: [],
    ambiguous: order ? false : inferred.ambiguous,
  };
  for (const [index, start] of starts.entries()) {
    const local = localOf(start.stamp, order ?? inferred.orders.get(start.stamp.shape) ?? 'dmy');
    const whole = [start.rest, ...continuation[index]!.map(stripMarks)].join('\n').trimEnd();
    if (typeof local !== 'string') {
      result.bad.push({ line: start.at + 1, text: whole.slice(0, 80), reason: local.reason });
      continue;
    }
    const named = SENDER.exec(whole);
    // iOS writes every line with a sender; Android's system lines have none.
    const sender = named ? named[1]!.trim() : undefined;
    const body = named ? named[2]! : whole;
    // Whether WhatsApp wrote the text: a direction mark right after `Name: `.
    const afterName = named ? start.raw.slice(start.raw.indexOf(': ') + 2) : start.raw;
    result.messages.push({
      local,
      ...(sender ? { sender } : {}),
      text: body,
      line: start.at + 1,
      generated: !sender || /^[\u200e\u200f]/.test(afterName),
    });
  }
  return result;
}
