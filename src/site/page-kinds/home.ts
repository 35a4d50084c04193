/**
 * The home page opens on a life: what happened on the visitor's today in other years (shown by
 * `assets/today.js` from the day's memories file, a link without it), the latest pictures, the
 * last twelve months as a heatmap, the latest entries, and the years and sources in small bars.
 * Everything on it is bounded, so it stays small at 100,000 entries.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { barList, formatNumber } from '../../../layouts/charts.ts';
import { countByDay, heatmap, lastYearGrid } from '../../../layouts/heatmap.ts';
import { entryList, photoStrip } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { sourceLabel } from '../source-labels.ts';
import type { Timeline } from '../timeline.ts';
import { PAGE_SIZE, type PageView, type SitePageKind } from './page-kind.ts';

/** What the home page shows at most. */
export const HOME_LIMITS = { photos: 12, sources: 12 } as const;

export const homePages: SitePageKind = {
  name: 'home',
  *specs({ timeline, yearCounts, view, context }) {
    yield { url: '', key: 'site', render: () => homePage(context(''), view, timeline, yearCounts) };
  },
};

/** The latest `count` entries with a published picture, newest first. */
export function latestPhotos(entries: EntrySummary[], count: number): EntrySummary[] {
  const photos: EntrySummary[] = [];
  for (let index = entries.length - 1; index >= 0 && photos.length < count; index--) {
    const entry = entries[index]!;
    if (entry.images[0] && entry.thumb && !entry.contentWarning) photos.push(entry);
  }
  return photos;
}

export function homePage(
  context: PageContext,
  view: PageView,
  timeline: Timeline,
  years: [string, number][],
): string {
  const { site } = context;
  const { entries } = timeline;
  const recent = entries.slice(-PAGE_SIZE.recent).reverse();
  const last = entries[entries.length - 1];
  const firstYear = years[0]?.[0];
  const lastYear = years[years.length - 1]?.[0];
  const sources = timeline.sources.slice(0, HOME_LIMITS.sources);
  const moreSources = timeline.sources.length - sources.length;
  // The twelve months that end with the last entry, not with the build: an archive built from a
  // backup shows its last year of life, and the same archive always builds the same page.
  const lastYearDays = last
    ? countByDay(entries.slice(lowerBound(entries, last.instant - 380 * 86_400_000)))
    : undefined;
  const body = html`<h1>${site.title}</h1>
    <p class="lead">
      ${formatNumber(entries.length)} ${entries.length === 1 ? 'entry' : 'entries'}${firstYear ? ` from ${firstYear} to ${lastYear}` : ''}${timeline.sources.length > 1 ? `, from ${timeline.sources.length} sources` : ''}.
    </p>
    <section class="today" aria-labelledby="today-heading" data-today data-days="${daysWithEntries(timeline)}">
      <h2 id="today-heading">On this day</h2>
      <p class="today-fallback">
        <a href="${href(context, 'on-this-day/')}">What happened on today’s date in other years</a>
      </p>
    </section>
    ${(() => {
      const photos = latestPhotos(entries, HOME_LIMITS.photos);
      return photos.length > 0
        ? html`<section aria-labelledby="photos-heading">
            <h2 id="photos-heading">Latest pictures</h2>
            ${photoStrip(context, view, photos)}
            <p class="more-link"><a href="${href(context, 'photos/')}">All photos</a></p>
          </section>`
        : '';
    })()}
    ${
      last && lastYearDays
        ? html`<section aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">The last twelve months</h2>
          ${heatmap(context, lastYearGrid(last.date.slice(0, 10), lastYearDays), 'Entries per day, the twelve months up to the last entry', 'home-heatmap')}
        </section>`
        : ''
    }
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Latest entries</h2>
      ${entryList(context, view, recent)}
    </section>
    <div class="stats-columns">
      <section aria-labelledby="years-heading">
        <h2 id="years-heading">Years</h2>
        ${barList(
          [...years].reverse().map(([year, count]) => ({
            label: year,
            value: count,
            link: href(context, `${year}/`),
          })),
          'Entries per year',
        )}
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        ${barList(
          sources.map((group) => ({
            label: sourceLabel(group.name),
            value: group.entries.length,
            link: href(context, `sources/${group.slug}/`),
          })),
          'Entries per source',
        )}
        ${moreSources > 0 ? html`<p class="more-link"><a href="${href(context, 'sources/')}">${moreSources} more sources</a></p>` : ''}
        <p class="more-link"><a href="${href(context, 'stats/')}">More numbers: stats</a></p>
      </section>
    </div>`;
  return basePage(context, {
    title: site.title,
    body,
    script: html`<script src="${href(context, 'assets/today.js')}" defer></script>`,
  });
}

/**
 * The calendar days (`MMDD`, space-separated) that have a memories file, so the script asks only
 * for one that exists: at most 366 of them, 2 KB.
 */
export function daysWithEntries(timeline: Timeline): string {
  const days = new Set<string>();
  for (const months of timeline.calendar.values())
    for (const [month, monthDays] of months)
      for (const day of monthDays.keys()) days.add(month + day);
  return [...days].sort().join(' ');
}

/** The index of the first entry at or after `instant` (entries are oldest first). */
function lowerBound(entries: EntrySummary[], instant: number): number {
  let [low, high] = [0, entries.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.instant < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}
