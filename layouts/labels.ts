/**
 * Dates and names of entries as the pages write them. A leaf: the card module and the page parts
 * both use it, so neither imports the other. No label here is made of an entry's cut text: an
 * entry without a title of its own is named by its kind, its owner and its day.
 */
import { html, type Html } from '../src/shared/html.ts';
import type { EntrySummary } from '../src/shared/entry-types.ts';
export { MONTHS } from '../src/shared/calendar-names.ts';
import { MONTHS, WEEKDAYS } from '../src/shared/calendar-names.ts';

export function monthName(month: string): string {
  return MONTHS[Number(month) - 1] ?? month;
}

/** `Saturday 1 March 2014`, from the date as written (its own offset, not the builder's). */
export function formatDay(date: string): string {
  const [year, month, day] = [
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  ];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** `1 March 2014`. */
export function formatShortDay(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(date.slice(5, 7))} ${date.slice(0, 4)}`;
}

export function formatTime(date: string): string {
  return date.slice(11, 16);
}

export const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function timeTag(
  entry: Pick<EntrySummary, 'date' | 'kind' | 'dayOnly'>,
  withDay = true,
): Html {
  return html`<time datetime="${entry.dayOnly ? entry.date.slice(0, 10) : entry.date}">${whenLabel(entry, withDay)}</time>`;
}

/**
 * When an entry was, as a card says it: `Tuesday 1 September 2026, 10:38`, or its time alone
 * on its day's page. An entry dated by its day only shows no time: its day, or on its day's
 * page `All day` for an event and its kind (`Book`) for others.
 */
export function whenLabel(
  entry: Pick<EntrySummary, 'date' | 'kind' | 'dayOnly'>,
  withDay = true,
): string {
  if (entry.dayOnly)
    return withDay
      ? formatDay(entry.date)
      : entry.kind === 'event'
        ? 'All day'
        : kindLabel(entry.kind);
  return withDay ? `${formatDay(entry.date)}, ${formatTime(entry.date)}` : formatTime(entry.date);
}

/** A photo's file name as the camera wrote it (IMG_1234, DSC01234, PXL_2024…): not a title. */
const CAMERA_NAME = /^(img|dsc|dscn|dscf|pxl|pict|p|dcim|mvi|vid|gopr|screenshot)[-_ ]?\d[\w-]*$/i;

/** The title the person or their feed wrote, if any; never one made from the text. */
export function writtenTitle(entry: Pick<EntrySummary, 'title'>): string | undefined {
  const title = entry.title?.trim();
  return title && !CAMERA_NAME.test(title) ? title : undefined;
}

/** What an entry of a kind is called: `Post`, `Reply`, `Mail`, `Photo`, `Check-in`… */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? capitalize(kind.replace(/-/g, ' '));
}

const KIND_LABELS: Record<string, string> = {
  email: 'Mail',
  checkin: 'Check-in',
  repost: 'Repost',
  status: 'Post',
  note: 'Note',
  book: 'Book',
  film: 'Film',
};

/**
 * The entry's name where a name is needed (a page's title, a link to it): its own title, else
 * "Post by Robin · 22 March 2019". Behind a content warning, the warning.
 */
export function titleOf(entry: EntrySummary, owner = ''): string {
  // A message's title is its conversation's name (a chat with Sam), not words anyone wrote.
  const title = entry.kind === 'message' ? undefined : writtenTitle(entry);
  if (title) return title;
  if (entry.contentWarning) return `Content warning: ${entry.contentWarning}`;
  const by = entry.from ? nameOf(entry.from) : owner;
  return `${kindLabel(entry.kind)}${by ? ` by ${by}` : ''} · ${formatShortDay(entry.date)}`;
}

/** `Tom Ashby` from `Tom Ashby <tom@example.org>`; the address when there is no name. */
export function nameOf(mailbox: string): string {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$/.exec(mailbox);
  if (!match) return mailbox.trim();
  return match[1]!.trim() || match[2]!.trim();
}

/** The start of a text, cut at a word, with `…` when cut. Never for a heading. */
export function summaryOf(text: string, length = 220): string {
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, '')}…` : text;
}
