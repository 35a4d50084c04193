/**
 * A year in review (`<year>/review/`): the year in big numbers, its heatmap, a mosaic of its
 * photos, its people and places, its most-answered and longest posts, and its firsts.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { barList, formatNumber } from '../../../layouts/charts.ts';
import { countByDay, heatmap, yearGrid } from '../../../layouts/heatmap.ts';
import { picture } from '../../../layouts/media.ts';
import { entryList, formatDay, titleOf } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html, type Html } from '../../shared/html.ts';
import { busiestDays, replyCounts, spread, sumBy, top, topPlaces } from '../life-stats.ts';
import { sourceLabel } from '../source-labels.ts';
import { groupSlug } from '../timeline.ts';
import type { PageView, SitePageKind } from './page-kind.ts';
import { streakList } from './stats.ts';
import { booksAndFilms } from './review-shelf.ts';
import { reviewListening } from './listening-tops.ts';

/** Photos in the mosaic, spread over the year. */
export const REVIEW_PHOTOS = 24;

/** What happened for the first time in a year. */
export interface First {
  what: string;
  entry: EntrySummary;
}

export const reviewPages: SitePageKind = {
  name: 'review',
  *specs({ timeline, view, context }) {
    // Computed once, and only when a review is rendered (an edit in `serve` renders one or two).
    let shared: { replies: Map<string, number>; firsts: Map<string, First[]> } | undefined;
    const sharedOf = () =>
      (shared ??= {
        replies: replyCounts(timeline.entries),
        firsts: firstsByYear(timeline.entries),
      });
    const years = [...timeline.calendar.keys()];
    for (const [index, year] of years.entries()) {
      const url = `${year}/review/`;
      yield {
        url,
        key: `review:${year}`,
        render: () => {
          const entries = [...timeline.calendar.get(year)!.values()].flatMap((days) =>
            [...days.values()].flat(),
          );
          const { replies, firsts } = sharedOf();
          return reviewPage(context(url), view, year, entries, {
            replies,
            firsts: firsts.get(year) ?? [],
            previous: years[index - 1],
            next: years[index + 1],
          });
        },
      };
    }
  },
};

/** Per year, the first entry of each source and the first time at each place. */
export function firstsByYear(entries: EntrySummary[]): Map<string, First[]> {
  const seen = new Set<string>();
  const firsts = new Map<string, First[]>();
  const add = (key: string, what: string, entry: EntrySummary) => {
    if (seen.has(key)) return;
    seen.add(key);
    const year = entry.date.slice(0, 4);
    (firsts.get(year) ?? firsts.set(year, []).get(year)!).push({ what, entry });
  };
  for (const entry of entries) {
    add(`source:${entry.source}`, `First from ${sourceLabel(entry.source)}`, entry);
    if (entry.place?.name)
      add(`place:${entry.place.name}`, `First time at ${entry.place.name}`, entry);
  }
  return firsts;
}

export function reviewPage(
  context: PageContext,
  view: PageView,
  year: string,
  entries: EntrySummary[],
  more: { replies: Map<string, number>; firsts: First[]; previous?: string; next?: string },
): string {
  const days = countByDay(entries);
  const words = entries.reduce((sum, entry) => sum + (entry.words ?? 0), 0);
  const photos = entries.filter((entry) => entry.images[0] && entry.thumb);
  const places = topPlaces(entries, 10);
  const people = top(
    sumBy(
      entries.flatMap((entry) => entry.people),
      (name) => name,
    ),
    10,
  );
  const sources = top(
    sumBy(entries, (entry) => entry.source),
    20,
  );
  const answered = entries
    .filter((entry) => (more.replies.get(entry.id) ?? 0) > 0)
    .sort((a, b) => more.replies.get(b.id)! - more.replies.get(a.id)! || a.instant - b.instant)
    .slice(0, 5);
  const longest = entries
    .filter((entry) => (entry.words ?? 0) > 0)
    .sort((a, b) => b.words! - a.words! || a.instant - b.instant)
    .slice(0, 5);
  const [busiest] = busiestDays(days, 1);
  const numbers: [number, string][] = [
    [entries.length, entries.length === 1 ? 'entry' : 'entries'],
    [days.size, days.size === 1 ? 'day with entries' : 'days with entries'],
    [photos.length, 'with pictures'],
    [words, words === 1 ? 'word written' : 'words written'],
    [new Set(entries.flatMap((entry) => entry.people)).size, 'people'],
    [
      new Set(entries.flatMap((entry) => (entry.place?.name ? [entry.place.name] : []))).size,
      'places',
    ],
  ];
  // Events (calendars, Facebook) counted when the year has any.
  const events = entries.filter((entry) => entry.kind === 'event').length;
  if (events > 0) numbers.push([events, events === 1 ? 'event' : 'events']);
  const title = `${year} in review`;
  const body = html`<h1>${title}</h1>
    <dl class="big-numbers">
      ${numbers.map(([value, label]) => html`<div><dt>${label}</dt><dd>${formatNumber(value)}</dd></div>`)}
    </dl>
    ${busiest ? html`<p class="lead">The busiest day was <a href="${href(context, `${busiest[0].replaceAll('-', '/')}/`)}">${formatDay(busiest[0])}</a>, with ${busiest[1]} ${busiest[1] === 1 ? 'entry' : 'entries'}.</p>` : ''}
    ${heatmap(context, yearGrid(year, days), `Every day of ${year}`, 'review-heatmap')}
    ${photos.length > 0 ? mosaic(context, view, spread(photos, REVIEW_PHOTOS)) : ''}
    <div class="stats-columns">
      ${block(
        'By source',
        barList(
          sources.map(([source, value]) => ({
            label: sourceLabel(source),
            value,
            link: href(context, `sources/${groupSlug(source)}/`),
          })),
          'Entries by source',
        ),
      )}
      ${
        people.length > 0
          ? block(
              'People of the year',
              barList(
                people.map(([label, value]) => ({
                  label,
                  value,
                  link: href(context, `people/${groupSlug(label)}/`),
                })),
                'People of the year',
              ),
            )
          : ''
      }
      ${
        places.length > 0
          ? block(
              'Places of the year',
              barList(
                places.map(([label, value]) => ({ label, value })),
                'Places of the year',
              ),
            )
          : ''
      }
      ${block('Longest streaks', streakList(context, [...days.keys()], 3))}
      ${more.firsts.length > 0 ? block('Firsts', firstsList(context, view, more.firsts)) : ''}
      ${booksAndFilms(context, view, entries)}
      ${reviewListening(entries)}
    </div>
    ${answered.length > 0 ? block('Most answered', entryList(context, view, answered)) : ''}
    ${longest.length > 0 ? block('The longest', entryList(context, view, longest)) : ''}
    <nav class="prev-next" aria-label="Other years">
      <ul>
        ${more.previous ? html`<li><a rel="prev" href="${href(context, `${more.previous}/review/`)}">← ${more.previous} in review</a></li>` : ''}
        <li><a href="${href(context, `${year}/`)}">All of ${year}</a></li>
        ${more.next ? html`<li class="next"><a rel="next" href="${href(context, `${more.next}/review/`)}">${more.next} in review →</a></li>` : ''}
      </ul>
    </nav>`;
  return basePage(context, {
    title,
    crumbs: [
      { label: year, url: `${year}/` },
      { label: 'In review', url: `${year}/review/` },
    ],
    body,
  });
}

function block(title: string, content: Html): Html {
  const id = `review-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${content}</section>`;
}

/** The year's photos, a few from each part of it, each linking to its entry. */
function mosaic(context: PageContext, view: PageView, photos: EntrySummary[]): Html {
  return html`<section aria-labelledby="review-photos">
    <h2 id="review-photos">Pictures</h2>
    <ul class="mosaic">
      ${photos.map((entry) => html`<li><a href="${href(context, view.urlOf(entry))}">${picture(context, view, entry.images[0]!, titleOf(entry), '10rem')}</a></li>`)}
    </ul>
  </section>`;
}

function firstsList(context: PageContext, view: PageView, firsts: First[]): Html {
  return html`<ol class="firsts">
    ${firsts.map(
      ({ what, entry }) =>
        html`<li><span class="meta">${what}, ${formatDay(entry.date)}</span> <a href="${href(context, view.urlOf(entry))}">${titleOf(entry)}</a></li>`,
    )}
  </ol>`;
}
