/**
 * The year page: its heatmap (every day a square, linking to its page), a strip of its pictures,
 * its months with their counts, its sources, and a link to the year in review.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { barList } from '../../../layouts/charts.ts';
import { countByDay, heatmap, yearGrid } from '../../../layouts/heatmap.ts';
import { monthName } from '../../../layouts/parts.ts';
import { yearPhotos } from '../../../layouts/photo-grid.ts';
import type { EntryRecord } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { sourceLabel } from '../source-labels.ts';
import { countBy } from '../timeline.ts';
import type { ShardPageKind } from './page-kind.ts';

export const yearPages: ShardPageKind = {
  name: 'year',
  *specs({ calendar, view, context }) {
    for (const [year, months] of calendar) {
      const yearEntries = [...months.values()].flatMap((days) => [...days.values()].flat());
      const url = `${year}/`;
      yield {
        url,
        key: `year:${year}`,
        render: () =>
          yearPage(
            context(url),
            view,
            year,
            [...months],
            countBy(yearEntries, (entry) => sourceLabel(entry.source)),
          ),
      };
    }
  },
};

export function yearPage(
  context: PageContext,
  view: EntryView,
  year: string,
  months: [string, Map<string, EntryRecord[]>][],
  sources: [string, number][],
): string {
  const total = months.reduce(
    (sum, [, days]) => sum + [...days.values()].reduce((n, list) => n + list.length, 0),
    0,
  );
  const body = html`<h1>${year}</h1>
    <p class="lead">
      ${total} ${total === 1 ? 'entry' : 'entries'}:
      ${sources.map(([source, count], index) => `${index ? ', ' : ''}${count} from ${source}`)}
    </p>
    <p class="more-link"><a href="${href(context, `${year}/review/`)}">${year} in review</a></p>
    ${heatmap(context, yearGrid(year, countByDay(months.flatMap(([, days]) => [...days.values()].flat()))), `Every day of ${year}`, 'year-heatmap')}
    ${yearPhotos(
      context,
      view,
      year,
      months.flatMap(([, days]) => [...days.values()].flat()),
    )}
    <section aria-labelledby="months-heading">
      <h2 id="months-heading">Months</h2>
      <ol class="months year-months">
        ${months.map(([month, days]) => {
          const count = [...days.values()].reduce((n, list) => n + list.length, 0);
          return html`<li>
            <a href="${href(context, `${year}/${month}/`)}">${monthName(month)}</a>
            <span class="meta">${count} ${count === 1 ? 'entry' : 'entries'} on ${days.size} ${days.size === 1 ? 'day' : 'days'}</span>
          </li>`;
        })}
      </ol>
    </section>
    <section aria-labelledby="year-sources-heading">
      <h2 id="year-sources-heading">Sources</h2>
      ${barList(
        sources.map(([label, value]) => ({ label, value })),
        'Entries by source',
      )}
    </section>`;
  return basePage(context, { title: year, crumbs: [{ label: year, url: `${year}/` }], body });
}
