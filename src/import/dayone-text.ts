/**
 * Day One's text and time zones. Its Markdown escapes punctuation that needs no escaping
 * (`Hello\.`, `\(yes\)`, `2\-3`), which reads as noise in any other Markdown; the escapes that
 * keep their meaning (a `\#` or `\-` that would start a heading or a list, `\*`, `\_`, `\[`, …)
 * stay. Photos are `![](dayone-moment://<identifier>)` (videos, audio and PDFs
 * `dayone-moment:/video/<identifier>` …): they are taken out of the text and shown as media.
 */
import { zoneOffsetAt } from '../archive/dates.ts';

/** Punctuation Day One escapes that Markdown does not need escaped in the middle of a line. */
const NEEDLESS = /\\([.!()\-+{}=|~'"?,:;/&%$@^])/g;

export function unescapeDayOne(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // What would start a list, a heading or a quote at the line's start keeps its escape.
      const start = /^(\s*)(\d+\\\.|\\[-+#>])/.exec(line);
      const kept = start ? start[0].length : 0;
      return line.slice(0, kept) + line.slice(kept).replace(NEEDLESS, '$1');
    })
    .join('\n');
}

/** `dayone-moment://ID` and `dayone-moment:/video/ID`: the identifiers a text refers to. */
export const MOMENT = /!?\[[^\]]*\]\(dayone-moment:\/{1,2}(?:[a-zA-Z]+\/)?([0-9A-Fa-f]+)\)/g;

/** The text without its moment references, and the identifiers in the order it names them. */
export function takeMoments(text: string): { text: string; identifiers: string[] } {
  const identifiers: string[] = [];
  const rest = text.replace(MOMENT, (_, identifier: string) => {
    identifiers.push(identifier.toUpperCase());
    return '';
  });
  return { text: rest.replace(/\n{3,}/g, '\n\n').trim(), identifiers };
}

/**
 * The offset in minutes of a Day One time zone at an instant: an IANA name (`Europe/London`,
 * or an old alias such as `Asia/Calcutta`), or the fixed `GMT+0100`, `GMT+01:00`, `UTC-5` that
 * older apps wrote. Undefined for a name no one knows.
 */
export function dayOneOffset(zone: string, instant: number): number | undefined {
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(zone.trim());
  if (fixed) {
    const minutes = Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === '-' ? -minutes : minutes;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return undefined;
  }
  return zoneOffsetAt(zone, instant);
}

/** An instant as local time at `offset` minutes: `2018-04-21T18:57:04+01:00`. */
export function atOffset(instant: number, offset: number): string {
  const local = new Date(instant + offset * 60000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}
