/** Pieces shared by the page layouts: dates, entry cards, media, pagination. */
import { html, type Html } from '../src/shared/html.ts';
import type { EntrySummary } from '../src/shared/entry-types.ts';
import { href, pageUrl, type Crumb, type PageContext } from './base.ts';
import { cardList, entryCard as cardOf, type CardView } from './cards.ts';
import type { EntryView } from './entry-view.ts';
import { monthName, titleOf } from './labels.ts';
import { picture } from './media.ts';

export {
  capitalize,
  formatDay,
  formatTime,
  monthName,
  MONTHS,
  summaryOf,
  timeTag,
  titleOf,
} from './labels.ts';

/** One entry's card in a list (the card module's, by kind). */
export function entryCard(
  context: PageContext,
  view: CardView,
  entry: EntrySummary,
  withDay = true,
  level = 3,
): Html {
  return html`<li class="card">${cardOf(context, view, entry, { withDay, level })}</li>`;
}

/** A list of entry cards; `level` is the heading level of each card's title. */
export function entryList(
  context: PageContext,
  view: CardView,
  entries: EntrySummary[],
  withDay = true,
  level = 3,
): Html {
  return cardList(context, view, entries, { withDay, level });
}

/** Links to the pages of a paginated list: `base`, `base/page/2/`, … */
export function pager(context: PageContext, base: string, page: number, pages: number): Html {
  if (pages <= 1) return html``;
  const urlOf = (n: number) => pageUrl(base, n);
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
    ${shown.map((entry) => html`<li><a href="${href(context, view.urlOf(entry))}">${picture(context, view, entry.images[0]!, titleOf(entry, context.site.owner), '6rem')}</a></li>`)}
  </ul>`;
}
