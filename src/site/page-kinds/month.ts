/** The month page: its days, each entry as a card (short ones whole), with a strip of its pictures. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { cardList, type CardView } from '../../../layouts/cards.ts';
import { lightboxScript, needsLightbox } from '../../../layouts/media.ts';
import { formatDay, monthName, pager } from '../../../layouts/parts.ts';
import { monthPhotos } from '../../../layouts/photo-grid.ts';
import type { EntryRecord } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { PAGE_SIZE, paginate, type ShardPageKind } from './page-kind.ts';

export const monthPages: ShardPageKind = {
  name: 'month',
  *specs({ calendar, view, context }) {
    for (const [year, months] of calendar)
      for (const [month, days] of months)
        yield* paginate(
          `${year}/${month}/`,
          `month:${year}-${month}`,
          [...days],
          PAGE_SIZE.month,
          (url, chunk, page, pages) =>
            monthPage(context(url), view, year, month, chunk, page, pages),
        );
  },
};

/** Most cards a month page shows before it shows only the first ones of each day. */
const MONTH_CARDS = 400;

export function monthPage(
  context: PageContext,
  view: CardView,
  year: string,
  month: string,
  days: [string, EntryRecord[]][],
  page: number,
  pages: number,
): string {
  const title = `${monthName(month)} ${year}`;
  // A dense month shows the first entries of each day and links to the rest on the day's page,
  // so its page stays under ~500 KB (a card of a post is about 700 bytes).
  const total = days.reduce((sum, [, entries]) => sum + entries.length, 0);
  const perDay =
    total > MONTH_CARDS ? Math.max(3, Math.floor(MONTH_CARDS / days.length)) : Infinity;
  const body = html`<h1>${title}</h1>
    ${monthPhotos(
      context,
      view,
      year,
      month,
      days.flatMap(([, entries]) => entries),
    )}
    ${days.map(
      ([day, entries]) =>
        html`<section class="day">
          <h2>
            <a href="${href(context, `${year}/${month}/${day}/`)}"
              >${formatDay(`${year}-${month}-${day}`)}</a
            >
          </h2>
          ${cardList(context, view, entries.slice(0, perDay), { mode: 'feed', withDay: false })}
          ${
            entries.length > perDay
              ? html`<p class="day-more">
                  <a href="${href(context, `${year}/${month}/${day}/`)}"
                    >${entries.length - perDay} more on
                    ${formatDay(`${year}-${month}-${day}`)}</a
                  >
                </p>`
              : ''
          }
        </section>`,
    )}
    ${pager(context, `${year}/${month}/`, page, pages)}`;
  return basePage(context, {
    title,
    crumbs: [
      { label: year, url: `${year}/` },
      { label: monthName(month), url: `${year}/${month}/` },
    ],
    body,
    ...(needsLightbox(
      view,
      days.flatMap(([, entries]) => entries),
    )
      ? { script: lightboxScript(context) }
      : {}),
  });
}
