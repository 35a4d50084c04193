/** The home page: the years, the sources and the latest entries. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { entryList } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { sourceLabel } from '../source-labels.ts';
import { PAGE_SIZE, type SitePageKind } from './page-kind.ts';

export const homePages: SitePageKind = {
  name: 'home',
  *specs({ timeline, yearCounts, view, context }) {
    const { entries } = timeline;
    const recent = entries.slice(-PAGE_SIZE.recent).reverse();
    const sources = timeline.sources.map((group): [string, string, number] => [
      group.slug,
      sourceLabel(group.name),
      group.entries.length,
    ]);
    yield {
      url: '',
      key: 'site',
      render: () => homePage(context(''), view, recent, yearCounts, sources, entries.length),
    };
  },
};

export function homePage(
  context: PageContext,
  view: EntryView,
  recent: EntrySummary[],
  years: [string, number][],
  sources: [string, string, number][],
  total: number,
): string {
  const { site } = context;
  const first = years[0]?.[0];
  const last = years[years.length - 1]?.[0];
  const body = html`<h1>${site.title}</h1>
    <p class="lead">${total} entries${first ? ` from ${first} to ${last}` : ''}.</p>
    <section aria-labelledby="years-heading">
      <h2 id="years-heading">Years</h2>
      <ol class="counts">
        ${years.map(([year, count]) => html`<li><a href="${href(context, `${year}/`)}">${year}</a> <span class="count">${count}</span></li>`)}
      </ol>
    </section>
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul class="counts">
        ${sources.map(([slug, label, count]) => html`<li><a href="${href(context, `sources/${slug}/`)}">${label}</a> <span class="count">${count}</span></li>`)}
      </ul>
    </section>
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent entries</h2>
      ${entryList(context, view, recent)}
    </section>`;
  return basePage(context, { title: site.title, body });
}
