/** The day page: every entry of one day, whole, paginated. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { bodyHtml, lightboxScript, mediaGallery, needsLightbox } from '../../../layouts/media.ts';
import { dayCrumbs, formatDay, pager, timeTag, titleOf } from '../../../layouts/parts.ts';
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
  view: EntryView,
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
    ${entries.map(
      (entry, index) =>
        html`<article class="entry day-entry">
          <h2><a href="${href(context, view.urlOf(entry))}">${titleOf(entry)}</a></h2>
          <p class="meta">
            ${timeTag(entry, false)} · ${view.sourceLabel(entry.source)} · ${entry.kind}
          </p>
          ${mediaGallery(context, view, entry, index === 0)}
          <div class="e-content">${bodyHtml(context, view, entry)}</div>
        </article>`,
    )}
    ${pager(context, context.url.replace(/page\/\d+\/$/, ''), page, pages)}`;
  return basePage(context, {
    title,
    crumbs: dayCrumbs(date),
    body,
    ...(needsLightbox(view, entries) ? { script: lightboxScript(context) } : {}),
  });
}
