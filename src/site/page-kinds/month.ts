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
          ${cardList(context, view, entries, { mode: 'feed', withDay: false })}
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
