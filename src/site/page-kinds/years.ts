/** The list of years with their counts. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { html } from '../../shared/html.ts';
import type { SitePageKind } from './page-kind.ts';

export const yearsPages: SitePageKind = {
  name: 'years',
  *specs({ yearCounts, context }) {
    yield { url: 'years/', key: 'site', render: () => yearsPage(context('years/'), yearCounts) };
  },
};

export function yearsPage(context: PageContext, years: [string, number][]): string {
  const body = html`<h1>Years</h1>
    <ol class="counts">
      ${years.map(([year, count]) => html`<li><a href="${href(context, `${year}/`)}">${year}</a> <span class="count">${count}</span></li>`)}
    </ol>`;
  return basePage(context, { title: 'Years', body });
}
