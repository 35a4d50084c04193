/** Every entry with a picture, newest first, as a grid of thumbnails. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { picture } from '../../../layouts/media.ts';
import { pager, titleOf } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { PAGE_SIZE, paginate, type SitePageKind } from './page-kind.ts';

export const photosPages: SitePageKind = {
  name: 'photos',
  *specs({ timeline, view, context }) {
    const photos = timeline.entries.filter((entry) => entry.images[0] && entry.thumb).reverse();
    yield* paginate('photos/', 'photos', photos, PAGE_SIZE.photos, (url, chunk, page, pages) =>
      photosPage(context(url), view, chunk, photos.length, page, pages),
    );
  },
};

export function photosPage(
  context: PageContext,
  view: EntryView,
  entries: EntrySummary[],
  total: number,
  page: number,
  pages: number,
): string {
  const body = html`<h1>Photos</h1>
    <p class="lead">${total} ${total === 1 ? 'entry' : 'entries'} with pictures, newest first${pages > 1 ? ` (page ${page} of ${pages})` : ''}.</p>
    <ul class="photo-grid">
      ${entries.map(
        (entry) =>
          html`<li><a href="${href(context, view.urlOf(entry))}">${picture(context, view, entry.images[0]!, titleOf(entry), '12rem')}</a></li>`,
      )}
    </ul>
    ${pager(context, 'photos/', page, pages)}`;
  return basePage(context, {
    title: page > 1 ? `Photos, page ${page}` : 'Photos',
    crumbs: [{ label: 'Photos', url: 'photos/' }],
    body,
  });
}
