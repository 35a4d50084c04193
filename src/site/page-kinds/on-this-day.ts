/**
 * "On this day": a page per calendar day with what happened on it in every year, newest year
 * first; a small file per day (`on-this-day/MM-DD/memories.json`) from which `assets/today.js`
 * shows the visitor's today on the home page, whenever the site was built; and an index of the
 * days, month by month, that the script points at today.
 */
import { basePage, href, type PageContext, type Site } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { entryList, formatTime, monthName, summaryOf } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { IMAGE_WIDTHS, mediaUrl } from '../../shared/media-urls.ts';
import type { SitePageKind } from './page-kind.ts';

/** Entries per year a day's memories file holds; its page has them all. */
export const MEMORIES_PER_YEAR = 3;
/** Longest text of an entry in a memories file. */
const MEMORY_TEXT = 160;

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
      const key = `onthisday:${day}`;
      yield { url, key, render: () => onThisDayPage(context(url), view, day, byDay.get(day)!) };
      yield {
        url: `${url}memories.json`,
        key,
        render: () => JSON.stringify(memoriesOf(context('').site, view, day, byDay.get(day)!)),
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

/** One entry as the today block shows it; URLs relative to the site root. */
export interface Memory {
  url: string;
  /** The title the person wrote, if any. */
  title?: string;
  /** The start of its text (or its content warning, never the text behind it). */
  text: string;
  source: string;
  /** `HH:MM` in its own offset. */
  time: string;
  thumb?: { src: string; width: number; height: number };
}

export interface Memories {
  /** `MM-DD` */
  day: string;
  /** Newest year first. */
  years: { year: string; count: number; url: string; entries: Memory[] }[];
}

/** What the home page's script needs for one calendar day: a few entries per year. */
export function memoriesOf(
  site: Site,
  view: EntryView,
  day: string,
  entries: EntrySummary[],
): Memories {
  const link = (url: string) => href({ site, url: '', root: '' }, url);
  const years = [...new Set(entries.map((entry) => entry.date.slice(0, 4)))].sort().reverse();
  return {
    day,
    years: years.map((year) => {
      const ofYear = entries.filter((entry) => entry.date.startsWith(year));
      return {
        year,
        count: ofYear.length,
        url: link(`${year}/${day.slice(0, 2)}/${day.slice(3)}/`),
        entries: ofYear.slice(0, MEMORIES_PER_YEAR).map((entry) => memoryOf(view, entry, link)),
      };
    }),
  };
}

function memoryOf(view: EntryView, entry: EntrySummary, link: (url: string) => string): Memory {
  const image = entry.images[0];
  const info = image ? view.images.get(image) : undefined;
  const text = entry.contentWarning
    ? `Content warning: ${entry.contentWarning}`
    : summaryOf(entry.text, MEMORY_TEXT);
  return {
    url: link(view.urlOf(entry)),
    ...(entry.title ? { title: entry.title } : {}),
    text,
    source: view.sourceLabel(entry.source),
    time: formatTime(entry.date),
    ...(image && info && !entry.contentWarning
      ? {
          thumb: {
            src: mediaUrl(image, info.width > IMAGE_WIDTHS.small ? 'small' : 'large', 'jpeg'),
            width: info.width,
            height: info.height,
          },
        }
      : {}),
  };
}

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

/** The days that have entries, month by month, each with its count; the script marks today. */
export function onThisDayIndex(context: PageContext, counts: [string, number][]): string {
  const months = [...new Set(counts.map(([day]) => day.slice(0, 2)))];
  const body = html`<h1>On this day</h1>
    <p class="lead">What happened on a day of the year, across all years.</p>
    <p class="today-pointer" data-today-pointer hidden></p>
    <div class="otd-months">
      ${months.map(
        (month) => html`<section aria-labelledby="otd-${month}">
          <h2 id="otd-${month}">${monthName(month)}</h2>
          <ol class="otd-days">
            ${counts
              .filter(([day]) => day.startsWith(month))
              .map(
                ([day, count]) =>
                  html`<li id="d-${day}" data-day="${day}"><a href="${href(context, `on-this-day/${day}/`)}">${Number(day.slice(3))} ${monthName(month)}</a> <span class="count">${count}</span></li>`,
              )}
          </ol>
        </section>`,
      )}
    </div>`;
  return basePage(context, {
    title: 'On this day',
    crumbs: [{ label: 'On this day', url: 'on-this-day/' }],
    body,
    script: html`<script src="${href(context, 'assets/today.js')}" defer></script>`,
  });
}
