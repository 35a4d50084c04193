/** The stats page (`stats/`): a life in numbers and charts, each chart with its numbers. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import {
  barList,
  formatNumber,
  punchcardChart,
  SERIES_COLOURS,
  stackedBars,
} from '../../../layouts/charts.ts';
import { countByDay } from '../../../layouts/heatmap.ts';
import { formatDay, titleOf } from '../../../layouts/parts.ts';
import { html, type Html } from '../../shared/html.ts';
import {
  busiestDays,
  longestStreaks,
  perYearPerSource,
  punchcard,
  sumBy,
  topPlaces,
} from '../life-stats.ts';
import { sourceLabel } from '../source-labels.ts';
import type { Group, Timeline } from '../timeline.ts';
import type { PageView, SitePageKind } from './page-kind.ts';
import { perYear } from './review-shelf.ts';
import { statsListening } from './listening-tops.ts';

/** How many names a top list shows. */
const TOP = 10;

export const statsPages: SitePageKind = {
  name: 'stats',
  *specs({ timeline, view, context }) {
    yield {
      url: 'stats/',
      key: 'site',
      render: () => statsPage(context('stats/'), view, timeline),
    };
  },
};

/** The sources with a colour of their own (the largest), the others joined as "other". */
export function seriesOf(timeline: Timeline): { key: string; label: string }[] {
  const own = timeline.sources.slice(0, SERIES_COLOURS - 1);
  const series = own.map((group) => ({ key: group.name, label: sourceLabel(group.name) }));
  return timeline.sources.length > own.length
    ? [...series, { key: '', label: 'Other sources' }]
    : series;
}

export function statsPage(context: PageContext, view: PageView, timeline: Timeline): string {
  const { entries } = timeline;
  const series = seriesOf(timeline);
  const colouredSources = new Set(series.map((item) => item.key));
  const years = [...perYearPerSource(entries)].map(
    ([year, sources]): [string, Map<string, number>] => {
      const merged = new Map<string, number>();
      for (const [source, count] of sources) {
        const key = colouredSources.has(source) ? source : '';
        merged.set(key, (merged.get(key) ?? 0) + count);
      }
      return [year, merged];
    },
  );
  const days = countByDay(entries);
  const words = sumBy(
    entries,
    (entry) => entry.date.slice(0, 4),
    (entry) => entry.words ?? 0,
  );
  const totalWords = [...words.values()].reduce((a, b) => a + b, 0);
  const groupBars = (groups: Group[], folder: string) =>
    groups.slice(0, TOP).map((group) => ({
      label: group.name,
      value: group.entries.length,
      link: href(context, `${folder}/${group.slug}/`),
    }));
  const places = topPlaces(entries, TOP);
  const first = entries[0];
  const last = entries[entries.length - 1];
  const body = html`<h1>Stats</h1>
    <p class="lead">
      ${formatNumber(entries.length)} entries and ${formatNumber(totalWords)} words on
      ${formatNumber(days.size)} days${first && last ? `, from ${formatDay(first.date)} to ${formatDay(last.date)}` : ''}.
    </p>
    <section aria-labelledby="stats-years">
      <h2 id="stats-years">Entries per year</h2>
      ${stackedBars(years, series, 'Entries per year, by source')}
    </section>
    <section aria-labelledby="stats-week">
      <h2 id="stats-week">The hours of the week</h2>
      ${punchcardChart(punchcard(entries), 'Entries by weekday and hour, in local time where each was written')}
    </section>
    <section aria-labelledby="stats-words">
      <h2 id="stats-words">Words written per year</h2>
      ${barList(
        [...words].map(([year, count]) => ({
          label: year,
          value: count,
          link: href(context, `${year}/`),
        })),
        'Words per year',
      )}
    </section>
    <div class="stats-columns">
      ${section('Top tags', barList(groupBars(timeline.tags, 'tags'), 'Top tags'), timeline.tags.length)}
      ${section('Top people', barList(groupBars(timeline.people, 'people'), 'Top people'), timeline.people.length)}
      ${section(
        'Top places',
        barList(
          places.map(([label, value]) => ({ label, value })),
          'Top places',
        ),
        places.length,
      )}
      ${section(
        'The busiest days',
        barList(
          busiestDays(days, TOP).map(([day, count]) => ({
            label: formatDay(day),
            value: count,
            link: href(context, `${day.replaceAll('-', '/')}/`),
          })),
          'The busiest days',
        ),
        days.size,
      )}
      ${section('Longest streaks', streakList(context, [...days.keys()]), days.size)}
      ${section('Where it started', firstsList(context, view, timeline.sources), timeline.sources.length)}
      ${perYear(context, entries)}
      ${statsListening(context, entries)}
    </div>`;
  return basePage(context, { title: 'Stats', crumbs: [{ label: 'Stats', url: 'stats/' }], body });
}

const slugOfTitle = (title: string) => `stats-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;

/** A titled block, or nothing when it has nothing to show. */
function section(title: string, content: Html, count: number): Html | '' {
  if (count === 0) return '';
  const id = slugOfTitle(title);
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${content}</section>`;
}

/** The longest runs of days with entries, each linking to its first day. */
export function streakList(context: PageContext, days: string[], limit = 5): Html {
  return barList(
    longestStreaks(days, limit).map((streak) => ({
      label:
        streak.days === 1
          ? formatDay(streak.start)
          : `${formatDay(streak.start)} – ${formatDay(streak.end)}`,
      value: streak.days,
      text: `${streak.days} ${streak.days === 1 ? 'day' : 'days'}`,
      link: href(context, `${streak.start.replaceAll('-', '/')}/`),
    })),
    'Longest streaks of days with entries',
    'streaks',
  );
}

/** The first entry of each source, oldest first. */
function firstsList(context: PageContext, view: PageView, sources: Group[]): Html {
  const firsts = sources.map((group) => group.entries[0]!).sort((a, b) => a.instant - b.instant);
  return html`<ol class="firsts">
    ${firsts.map(
      (entry) =>
        html`<li><span class="meta">${sourceLabel(entry.source)}, ${formatDay(entry.date)}</span> <a href="${href(context, view.urlOf(entry))}">${titleOf(entry)}</a></li>`,
    )}
  </ol>`;
}
