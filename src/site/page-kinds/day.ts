/** The day page: every entry of one day as a feed (short ones whole, long ones summarised), paginated. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { cardList, type CardView } from '../../../layouts/cards.ts';
import { lightboxScript, needsLightbox } from '../../../layouts/media.ts';
import { dayCrumbs, formatDay, pager } from '../../../layouts/parts.ts';
import type { EntryRecord } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { PAGE_SIZE, paginate, type ShardPageKind } from './page-kind.ts';

export const dayPages: ShardPageKind = {
  name: 'day',
  *specs({ calendar, view, context }) {
    for (const [year, months] of calendar)
      for (const [month, days] of months)
        for (const [day, list] of days)
          yield* paginate(
            `${year}/${month}/${day}/`,
            `day:${year}-${month}-${day}`,
            list,
            PAGE_SIZE.day,
            (url, chunk, page, pages) =>
              dayPage(context(url), view, `${year}-${month}-${day}`, chunk, page, pages),
          );
  },
};

export function dayPage(
  context: PageContext,
  view: CardView,
  date: string,
  entries: EntryRecord[],
  page: number,
  pages: number,
): string {
  const title = formatDay(date);
  const body = html`<h1>${title}</h1>
    <p class="lead">
      ${entries.length === 1 ? '1 entry' : `${entries.length} entries`}${pages > 1 ? ` (page ${page} of ${pages})` : ''}
    </p>
    ${cardList(context, view, entries, { mode: 'feed', level: 2, withDay: false, eager: true })}
    ${pager(context, context.url.replace(/page\/\d+\/$/, ''), page, pages)}`;
  return basePage(context, {
    title,
    crumbs: dayCrumbs(date),
    body,
    ...(needsLightbox(view, entries) ? { script: lightboxScript(context) } : {}),
  });
}
