/** "On this day": a page per calendar day with what happened on it in every year, and an index. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { entryList, monthName } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import type { SitePageKind } from './page-kind.ts';

export const onThisDayPages: SitePageKind = {
  name: 'on-this-day',
  *specs({ timeline, view, context }) {
    const byDay = new Map<string, EntrySummary[]>();
    for (const entry of timeline.entries) {
      const day = entry.date.slice(5, 10);
      (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(entry);
    }
    const days = [...byDay.keys()].sort();
    for (const day of days) {
      const url = `on-this-day/${day}/`;
      yield {
        url,
        key: `onthisday:${day}`,
        render: () => onThisDayPage(context(url), view, day, byDay.get(day)!),
      };
    }
    const counts = days.map((day): [string, number] => [day, byDay.get(day)!.length]);
    yield {
      url: 'on-this-day/',
      key: 'site',
      render: () => onThisDayIndex(context('on-this-day/'), counts),
    };
  },
};

/** Everything from one calendar day, across the years, newest year first. */
export function onThisDayPage(
  context: PageContext,
  view: EntryView,
  day: string,
  entries: EntrySummary[],
): string {
  const title = `On ${Number(day.slice(3))} ${monthName(day.slice(0, 2))}`;
  const years = [...new Set(entries.map((entry) => entry.date.slice(0, 4)))].sort().reverse();
  const body = html`<h1>${title}</h1>
    <p class="lead">${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} in ${years.length} ${years.length === 1 ? 'year' : 'years'}.</p>
    ${years.map(
      (year) => html`<section>
        <h2><a href="${href(context, `${year}/${day.slice(0, 2)}/${day.slice(3)}/`)}">${year}</a></h2>
        ${entryList(
          context,
          view,
          entries.filter((entry) => entry.date.startsWith(year)),
          false,
        )}
      </section>`,
    )}`;
  return basePage(context, {
    title,
    crumbs: [
      { label: 'On this day', url: 'on-this-day/' },
      { label: title, url: context.url },
    ],
    body,
  });
}

/** The calendar of days that have entries, month by month. */
export function onThisDayIndex(context: PageContext, counts: [string, number][]): string {
  const months = [...new Set(counts.map(([day]) => day.slice(0, 2)))];
  const body = html`<h1>On this day</h1>
    <p class="lead">What happened on a day of the year, across all years.</p>
    <ol class="months">
      ${months.map(
        (month) => html`<li>
          <h2>${monthName(month)}</h2>
          <ol class="days">
            ${counts
              .filter(([day]) => day.startsWith(month))
              .map(
                ([day, count]) =>
                  html`<li><a href="${href(context, `on-this-day/${day}/`)}" title="${count} ${count === 1 ? 'entry' : 'entries'}">${Number(day.slice(3))}</a></li>`,
              )}
          </ol>
        </li>`,
      )}
    </ol>`;
  return basePage(context, {
    title: 'On this day',
    crumbs: [{ label: 'On this day', url: 'on-this-day/' }],
    body,
  });
}
