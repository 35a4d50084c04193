/** The year page: its months and days with their counts, its sources, a strip of its pictures. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
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
    ${yearPhotos(
      context,
      view,
      year,
      months.flatMap(([, days]) => [...days.values()].flat()),
    )}
    <ol class="months">
      ${months.map(([month, days]) => {
        const count = [...days.values()].reduce((n, list) => n + list.length, 0);
        return html`<li>
          <h2><a href="${href(context, `${year}/${month}/`)}">${monthName(month)}</a></h2>
          <p>
            ${count} ${count === 1 ? 'entry' : 'entries'} on ${days.size}
            ${days.size === 1 ? 'day' : 'days'}
          </p>
          <ol class="days">
            ${[...days].map(
              ([day, list]) =>
                html`<li>
                  <a
                    href="${href(context, `${year}/${month}/${day}/`)}"
                    title="${list.length} ${list.length === 1 ? 'entry' : 'entries'}"
                    >${Number(day)}</a
                  >
                </li>`,
            )}
          </ol>
        </li>`;
      })}
    </ol>`;
  return basePage(context, { title: year, crumbs: [{ label: year, url: `${year}/` }], body });
}
