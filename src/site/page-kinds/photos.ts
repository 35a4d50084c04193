/**
 * Every photo of the archive, newest first, as justified grids, one page per month (a busy month
 * in parts): at 100,000 photos a year would be thousands on a page, a month a few hundred. The
 * Photos page opens on the newest month; each year has a page with a selection of each month.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { gridPhotos, photoGrid, type GridPhoto } from '../../../layouts/photo-grid.ts';
import { monthName, pager } from '../../../layouts/parts.ts';
import {
  monthSteps,
  monthUrl,
  periodIndex,
  periodOf,
  photoCount,
  type PhotoMonth,
} from '../../../layouts/photo-periods.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import type { Timeline } from '../timeline.ts';
import { PAGE_SIZE, type PageSpec, type SitePageKind } from './page-kind.ts';

/** How many photos of each month a year's photo page shows. */
const YEAR_PAGE_PER_MONTH = 12;

export const photosPages: SitePageKind = {
  name: 'photos',
  *specs({ timeline, view, context }) {
    const months = photoMonths(timeline);
    const total = months.reduce((sum, month) => sum + month.count, 0);
    yield {
      url: 'photos/',
      key: 'photos:index',
      render: () => photosIndexPage(context('photos/'), view, months, total),
    };
    for (const [index, month] of months.entries()) {
      const neighbours = { later: months[index - 1], earlier: months[index + 1] };
      yield* monthSpecs(month, PAGE_SIZE.photos, (url, photos, part, parts) =>
        photosMonthPage(context(url), view, months, month, neighbours, photos, part, parts),
      );
    }
    for (const year of new Set(months.map((month) => month.year)))
      yield {
        url: `photos/${year}/`,
        key: `photos:${year}`,
        render: () =>
          photosYearPage(
            context(`photos/${year}/`),
            view,
            months,
            months.filter((month) => month.year === year),
          ),
      };
  },
};

/**
 * The keys of the Photos pages that show `entry`: the index, its year's and its month's. When
 * it is its month's only entry with photos, the months with photos may be changing, and every
 * page links them all: every month's and year's key then (a key without pages removes its files).
 */
export function photoKeysOf(entry: EntrySummary, timeline: Pick<Timeline, 'calendar'>): string[] {
  if (!entry.photos) return [];
  const [year, month] = [entry.date.slice(0, 4), entry.date.slice(5, 7)];
  const days = timeline.calendar.get(year)?.get(month);
  const others = [...(days?.values() ?? [])].some((list) =>
    list.some((other) => other.id !== entry.id && other.photos),
  );
  if (others) return ['photos:index', `photos:${year}`, `photos:${year}-${month}`];
  const keys = ['photos:index', `photos:${year}`, `photos:${year}-${month}`];
  for (const [eachYear, months] of timeline.calendar) {
    keys.push(`photos:${eachYear}`);
    for (const eachMonth of months.keys()) keys.push(`photos:${eachYear}-${eachMonth}`);
  }
  return keys;
}

/** The months that have photos, newest first; a month's photos are counted, not yet gathered. */
export function photoMonths(timeline: Pick<Timeline, 'calendar'>): PhotoMonth[] {
  const months: PhotoMonth[] = [];
  for (const [year, byMonth] of timeline.calendar)
    for (const [month, days] of byMonth) {
      const entries = [...days.values()].flat().filter((entry) => entry.photos);
      if (entries.length === 0) continue;
      const count = entries.reduce((sum, entry) => sum + entry.photos!.length, 0);
      months.push({ year, month, entries: entries.reverse(), count });
    }
  return months.sort((a, b) => (a.year + a.month < b.year + b.month ? 1 : -1));
}

/** A month's pages: its photos newest first, `size` a page; the photos are gathered when rendered. */
export function* monthSpecs(
  month: PhotoMonth,
  size: number,
  render: (url: string, photos: GridPhoto[], part: number, parts: number) => string,
): Generator<PageSpec> {
  const parts = Math.max(1, Math.ceil(month.count / size));
  for (let part = 1; part <= parts; part++) {
    const url = monthUrl(month, part);
    yield {
      url,
      key: `photos:${month.year}-${month.month}`,
      render: () =>
        render(url, gridPhotos(month.entries).slice((part - 1) * size, part * size), part, parts),
    };
  }
}

/** `in March 2021`, `in 2021`, `from 2009 to 2021`. */
function spanOf(newest: PhotoMonth, oldest: PhotoMonth): string {
  if (oldest === newest) return `in ${periodOf(newest)}`;
  return oldest.year === newest.year
    ? `in ${newest.year}`
    : `from ${oldest.year} to ${newest.year}`;
}

export function photosIndexPage(
  context: PageContext,
  view: EntryView,
  months: PhotoMonth[],
  total: number,
): string {
  const newest = months[0];
  const oldest = months[months.length - 1];
  const body = newest
    ? html`<h1>Photos</h1>
        <p class="lead">${photoCount(total)} ${spanOf(newest, oldest!)}, newest first.</p>
        <h2><a href="${href(context, monthUrl(newest))}">${periodOf(newest)}</a></h2>
        ${photoGrid(context, view, gridPhotos(newest.entries).slice(0, PAGE_SIZE.photos), {
          label: `Photos of ${periodOf(newest)}`,
          eager: 8,
        })}
        ${newest.count > PAGE_SIZE.photos ? html`<p class="more-photos"><a href="${href(context, monthUrl(newest, 2))}">More of ${periodOf(newest)}</a></p>` : ''}
        ${monthSteps(context, { earlier: months[1] })} ${periodIndex(context, months)}`
    : html`<h1>Photos</h1>
        <p class="lead">No photos yet.</p>`;
  return basePage(context, {
    title: 'Photos',
    crumbs: [{ label: 'Photos', url: 'photos/' }],
    body,
  });
}

export function photosMonthPage(
  context: PageContext,
  view: EntryView,
  months: PhotoMonth[],
  month: PhotoMonth,
  neighbours: { earlier?: PhotoMonth; later?: PhotoMonth },
  photos: GridPhoto[],
  part: number,
  parts: number,
): string {
  const period = periodOf(month);
  const body = html`<h1>${period}</h1>
    <p class="lead">
      ${photoCount(month.count)}${month.count > 1 ? ', newest first' : ''}${parts > 1 ? ` (page ${part} of ${parts})` : ''}.
      <a href="${href(context, `${month.year}/${month.month}/`)}">The month’s entries</a>
    </p>
    ${photoGrid(context, view, photos, { label: `Photos of ${period}`, eager: 8 })}
    ${pager(context, monthUrl(month), part, parts)} ${monthSteps(context, neighbours)}
    ${periodIndex(context, months, month)}`;
  return basePage(context, {
    title: `Photos of ${period}${part > 1 ? `, page ${part}` : ''}`,
    crumbs: [
      { label: 'Photos', url: 'photos/' },
      { label: month.year, url: `photos/${month.year}/` },
      { label: monthName(month.month), url: monthUrl(month) },
    ],
    body,
  });
}

export function photosYearPage(
  context: PageContext,
  view: EntryView,
  months: PhotoMonth[],
  ofYear: PhotoMonth[],
): string {
  const year = ofYear[0]!.year;
  const total = ofYear.reduce((sum, month) => sum + month.count, 0);
  const body = html`<h1>Photos of ${year}</h1>
    <p class="lead">
      ${photoCount(total)} in ${ofYear.length} ${ofYear.length === 1 ? 'month' : 'months'}, newest
      first. <a href="${href(context, `${year}/`)}">The year’s entries</a>
    </p>
    <div data-lightbox="year">
    ${ofYear.map(
      (month, index) =>
        html`<section class="photo-month">
          <h2><a href="${href(context, monthUrl(month))}">${monthName(month.month)}</a></h2>
          ${photoGrid(context, view, gridPhotos(month.entries), {
            label: `Photos of ${periodOf(month)}`,
            limit: YEAR_PAGE_PER_MONTH,
            eager: index === 0 ? 6 : 0,
            viewer: index === 0,
            // The viewer walks the whole page, month after month.
            group: false,
            more: {
              url: monthUrl(month),
              label: `All ${photoCount(month.count)} of ${monthName(month.month)}`,
            },
          })}
        </section>`,
    )}
    </div>
    ${periodIndex(context, months, undefined, year)}`;
  return basePage(context, {
    title: `Photos of ${year}`,
    crumbs: [
      { label: 'Photos', url: 'photos/' },
      { label: year, url: `photos/${year}/` },
    ],
    body,
  });
}
