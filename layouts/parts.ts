/** Pieces shared by the page layouts: dates, entry cards, media, pagination. */
import { html, trusted, type Html } from '../src/shared/html.ts';
import type { EntrySummary } from '../src/shared/entry-types.ts';
import { href, type Crumb, type PageContext } from './base.ts';
import type { EntryView } from './entry-view.ts';
import { picture } from './media.ts';

export const MONTHS = [
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
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

export function formatTime(date: string): string {
  return date.slice(11, 16);
}

/** The entry's title, or the start of its text, or its kind and day. */
export function titleOf(entry: EntrySummary): string {
  if (entry.title) return entry.title;
  // Behind a content warning, the text is not shown until asked for, not even in a title.
  if (entry.contentWarning) return `Content warning: ${entry.contentWarning}`;
  if (entry.text)
    return entry.text.length > 70
      ? `${entry.text.slice(0, 70).replace(/\s+\S*$/, '')}…`
      : entry.text;
  return `${capitalize(entry.kind)}, ${formatDay(entry.date)}`;
}

export function summaryOf(entry: EntrySummary, length = 220): string {
  const text = entry.text;
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, '')}…` : text;
}

export const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function timeTag(entry: EntrySummary, withDay = true): Html {
  const label = withDay
    ? `${formatDay(entry.date)}, ${formatTime(entry.date)}`
    : formatTime(entry.date);
  return html`<time datetime="${entry.date}">${label}</time>`;
}

/** A short card for lists: title link, time, source, summary and a thumbnail. */
export function entryCard(
  context: PageContext,
  view: EntryView,
  entry: EntrySummary,
  withDay = true,
  level = 3,
): Html {
  const thumbnail = entry.images[0];
  return html`<li class="card">
    <article>
      ${trusted(`<h${level}>`)}<a href="${href(context, view.urlOf(entry))}">${titleOf(entry)}</a
      >${trusted(`</h${level}>`)}
      <p class="meta">
        ${timeTag(entry, withDay)} · ${view.sourceLabel(entry.source)} · ${entry.kind}
      </p>
      ${thumbnail ? html`<div class="thumb">${picture(context, view, thumbnail, '', '8rem')}</div>` : ''}
      ${entry.title && entry.text && !entry.contentWarning ? html`<p>${summaryOf(entry)}</p>` : ''}
    </article>
  </li>`;
}

/** A list of entry cards; `level` is the heading level of each card's title. */
export function entryList(
  context: PageContext,
  view: EntryView,
  entries: EntrySummary[],
  withDay = true,
  level = 3,
): Html {
  return html`<ol class="cards">
    ${entries.map((entry) => entryCard(context, view, entry, withDay, level))}
  </ol>`;
}

/** Links to the pages of a paginated list: `base`, `base/page/2/`, … */
export function pager(context: PageContext, base: string, page: number, pages: number): Html {
  if (pages <= 1) return html``;
  const urlOf = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return html`<nav class="pager" aria-label="Pages">
    <ul>
      ${page > 1 ? html`<li><a rel="prev" href="${href(context, urlOf(page - 1))}">Previous page</a></li>` : ''}
      ${shown.map((n) =>
        n === page
          ? html`<li><span aria-current="page">${n}</span></li>`
          : html`<li><a href="${href(context, urlOf(n))}">${n}</a></li>`,
      )}
      ${page < pages ? html`<li><a rel="next" href="${href(context, urlOf(page + 1))}">Next page</a></li>` : ''}
    </ul>
  </nav>`;
}

/** Year, month and day, for the breadcrumbs of an entry or a day. */
export const dayCrumbs = (date: string): Crumb[] => {
  const [year, month, day] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  return [
    { label: year, url: `${year}/` },
    { label: monthName(month), url: `${year}/${month}/` },
    { label: String(Number(day)), url: `${year}/${month}/${day}/` },
  ];
};

/** Up to twelve pictures, spread over the period, each linking to its entry. */
export function photoStrip(context: PageContext, view: EntryView, entries: EntrySummary[]): Html {
  if (entries.length === 0) return html``;
  const step = Math.max(1, Math.ceil(entries.length / 12));
  const shown = entries.filter((_, index) => index % step === 0).slice(0, 12);
  return html`<ul class="photo-strip" aria-label="Pictures">
    ${shown.map((entry) => html`<li><a href="${href(context, view.urlOf(entry))}">${picture(context, view, entry.images[0]!, titleOf(entry), '6rem')}</a></li>`)}
  </ul>`;
}
