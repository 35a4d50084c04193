/**
 * The books read and films watched of a year in review: a list each, in the order of the year,
 * with the rating given; and on the stats page, how many of each per year. A book still on a to-read or currently-reading shelf, or a film on the
 * watchlist or liked, was not read or watched that day and is left out.
 */
import { href, type PageContext } from '../../../layouts/base.ts';
import { barList } from '../../../layouts/charts.ts';
import { formatDay, titleOf } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html, type Html } from '../../shared/html.ts';
import type { PageView } from './page-kind.ts';

const NOT_DONE = new Set(['to read', 'currently reading', 'watchlist', 'liked']);

const fact = (entry: EntrySummary, label: string) =>
  entry.facts?.find((item) => item.label === label)?.value;

/** The entries of a kind that were read or watched, oldest first. */
export function doneOf(entries: EntrySummary[], kind: string): EntrySummary[] {
  return entries
    .filter((entry) => entry.kind === kind && !NOT_DONE.has(fact(entry, 'Shelf') ?? ''))
    .sort((a, b) => a.instant - b.instant);
}

/** "Books read" and "Films watched" sections, each only when the year has some. */
export function booksAndFilms(context: PageContext, view: PageView, entries: EntrySummary[]): Html {
  const sections: [string, string, EntrySummary[]][] = [
    ['Books read', 'review-books-read', doneOf(entries, 'book')],
    ['Films watched', 'review-films-watched', doneOf(entries, 'film')],
  ];
  return html`${sections
    .filter(([, , list]) => list.length > 0)
    .map(
      ([title, id, list]) =>
        html`<section aria-labelledby="${id}">
          <h2 id="${id}">${title} <span class="meta">(${list.length})</span></h2>
          <ol class="firsts">
            ${list.map((entry) => {
              const rating = fact(entry, 'Rating');
              return html`<li><span class="meta">${formatDay(entry.date)}</span> <a href="${href(context, view.urlOf(entry))}">${titleOf(entry)}</a>${rating ? html` <span class="meta">${rating}</span>` : ''}</li>`;
            })}
          </ol>
        </section>`,
    )}`;
}

/** "Books read per year" and "Films watched per year" for the stats page, each linking to its year in review. */
export function perYear(context: PageContext, entries: EntrySummary[]): Html {
  const sections: [string, string, EntrySummary[]][] = [
    ['Books read per year', 'stats-books-read', doneOf(entries, 'book')],
    ['Films watched per year', 'stats-films-watched', doneOf(entries, 'film')],
  ];
  return html`${sections
    .filter(([, , list]) => list.length > 0)
    .map(([title, id, list]) => {
      const years = new Map<string, number>();
      for (const entry of list)
        years.set(entry.date.slice(0, 4), (years.get(entry.date.slice(0, 4)) ?? 0) + 1);
      return html`<section aria-labelledby="${id}">
        <h2 id="${id}">${title}</h2>
        ${barList(
          [...years].map(([year, value]) => ({
            label: year,
            value,
            link: href(context, `${year}/review/`),
          })),
          title,
        )}
      </section>`;
    })}`;
}
