/**
 * Every page the archive gets, as lazy specs: a URL, the key of what it shows (so an edit can
 * re-render only the pages that show the edited entry) and a render function.
 */
import { rootOf, type PageContext, type Site } from '../../layouts/base.ts';
import {
  dayPage,
  entryPage,
  groupIndexPage,
  groupPage,
  homePage,
  monthPage,
  notFoundPage,
  searchPage,
  onThisDayIndex,
  onThisDayPage,
  photosPage,
  yearPage,
  yearsPage,
} from '../../layouts/pages.ts';
import { capitalize } from '../../layouts/parts.ts';
import { type EntryView, type ImageInfo, type StreamInfo } from '../../layouts/entry-view.ts';
import type { EntryRecord, EntrySummary } from '../shared/entry-types.ts';
import { countBy, groupSlug, type Group, type Timeline } from './timeline.ts';

export interface PageSpec {
  /** Site-root-relative URL: `2014/03/01/walk/`, `404.html`. */
  url: string;
  /** What the page shows: `entry:<id>`, `day:2014-03-01`, `month:2014-03`, `year:2014`, `tag:<slug>`, `site`. */
  key: string;
  /** The page's text, or the bytes of a file that is not a page (a search index part). */
  render: () => string | Uint8Array;
}

/** How many entries a list page shows before it paginates. */
export const PAGE_SIZE = { day: 50, month: 100, group: 50, recent: 20, photos: 60 } as const;

const SOURCE_LABELS: Record<string, string> = {
  twitter: 'Twitter/X',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  flickr: 'Flickr',
  feed: 'Feeds',
  mail: 'Mail',
  journal: 'Journal',
  photos: 'Photos',
};

export const sourceLabel = (source: string) => SOURCE_LABELS[source] ?? capitalize(source);

/** How an entry page links to the rest of the archive; computed by the main thread. */
export interface EntryLinks {
  url: string;
  previous?: string;
  next?: string;
  parent?: string;
  /** Ids of the entries that answer this one, oldest first. */
  /** Ids of the whole conversation this entry is part of, oldest first. */
  thread?: string[];
}

/** What a shard needs to render the pages of its years. */
export interface ShardRenderInput {
  site: Site;
  /** Links of every entry the shard renders, by id. */
  links: Map<string, EntryLinks>;
  /** Summaries of entries the shard links to but does not hold (neighbours, parents), by id. */
  others: Map<string, EntrySummary>;
}

const contextOf =
  (site: Site) =>
  (url: string): PageContext => ({ site, url, root: rootOf(url) });

/**
 * Pages that show whole entries: entry pages and the day, month and year pages of the years a
 * shard holds. `records` are all of those years' entries, oldest first.
 */
export function* shardPageSpecs(
  records: EntryRecord[],
  media: { images: ImageInfo; streams: StreamInfo },
  input: ShardRenderInput,
): Generator<PageSpec> {
  const { links, others } = input;
  const own = new Map(records.map((record) => [record.id, record]));
  const find = (id: string | undefined): EntrySummary | undefined =>
    id ? (own.get(id) ?? others.get(id)) : undefined;
  const urlOf = (entry: EntrySummary) =>
    links.get(entry.id)?.url ?? others.get(entry.id)?.url ?? '';
  const view = { urlOf, ...media, sourceLabel, slugOf: groupSlug };
  const context = contextOf(input.site);
  const calendar = new Map<string, Map<string, Map<string, EntryRecord[]>>>();

  for (const entry of records) {
    // Without links (an edit elsewhere), the entry still counts on its year page.
    const link = links.get(entry.id);
    if (link) {
      const around = {
        previous: find(link.previous),
        next: find(link.next),
        parent: find(link.parent),
        thread: (link.thread ?? []).map(find).filter((item): item is EntrySummary => !!item),
      };
      yield {
        url: link.url,
        key: `entry:${entry.id}`,
        render: () => entryPage(context(link.url), view, entry, around),
      };
    }
    const [year, month, day] = [
      entry.date.slice(0, 4),
      entry.date.slice(5, 7),
      entry.date.slice(8, 10),
    ];
    const months = calendar.get(year) ?? calendar.set(year, new Map()).get(year)!;
    const days = months.get(month) ?? months.set(month, new Map()).get(month)!;
    (days.get(day) ?? days.set(day, []).get(day)!).push(entry);
  }

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
    for (const [month, days] of months) {
      yield* paginate(
        `${year}/${month}/`,
        `month:${year}-${month}`,
        [...days],
        PAGE_SIZE.month,
        (url, chunk, page, pages) => monthPage(context(url), view, year, month, chunk, page, pages),
      );
      for (const [day, list] of days) {
        yield* paginate(
          `${year}/${month}/${day}/`,
          `day:${year}-${month}-${day}`,
          list,
          PAGE_SIZE.day,
          (url, chunk, page, pages) =>
            dayPage(context(url), view, `${year}-${month}-${day}`, chunk, page, pages),
        );
      }
    }
  }
}

/** Pages built from summaries alone: tags, people, sources, their indexes, years, home, 404. */
export function* sitePageSpecs(
  timeline: Timeline,
  site: Site,
  images: ImageInfo,
): Generator<PageSpec> {
  const view = {
    urlOf: (entry: EntrySummary) => timeline.urlOf.get(entry.id)!,
    images,
    sourceLabel,
    slugOf: groupSlug,
  };
  const context = contextOf(site);
  const { entries } = timeline;
  const yearCounts: [string, number][] = [...timeline.calendar].map(([year, months]) => [
    year,
    [...months.values()].reduce(
      (sum, days) => sum + [...days.values()].reduce((n, list) => n + list.length, 0),
      0,
    ),
  ]);

  const groups: [string, string, Group[]][] = [
    ['tags', 'Tags', timeline.tags],
    ['people', 'People', timeline.people],
    ['sources', 'Sources', timeline.sources],
  ];
  for (const [folder, folderTitle, list] of groups) {
    const kind = folder === 'people' ? 'person' : folder.slice(0, -1);
    for (const group of list) {
      const newestFirst = [...group.entries].reverse();
      const title =
        folder === 'sources'
          ? sourceLabel(group.name)
          : folder === 'tags'
            ? `#${group.name}`
            : group.name;
      const heading = { title, folderTitle, folder, slug: group.slug, total: group.entries.length };
      yield* paginate(
        `${folder}/${group.slug}/`,
        `${kind}:${group.slug}`,
        newestFirst,
        PAGE_SIZE.group,
        (url, chunk, page, pages) => groupPage(context(url), view, heading, chunk, page, pages),
      );
    }
    const summary = list.map((group) => ({
      name: folder === 'sources' ? sourceLabel(group.name) : group.name,
      slug: group.slug,
      count: group.entries.length,
    }));
    yield {
      url: `${folder}/`,
      key: 'site',
      render: () => groupIndexPage(context(`${folder}/`), folderTitle, folder, summary),
    };
  }

  yield { url: 'years/', key: 'site', render: () => yearsPage(context('years/'), yearCounts) };
  const photos = entries.filter((entry) => entry.images[0] && entry.thumb).reverse();
  yield* paginate('photos/', 'photos', photos, PAGE_SIZE.photos, (url, chunk, page, pages) =>
    photosPage(context(url), view, chunk, photos.length, page, pages),
  );
  yield* onThisDaySpecs(entries, context, view);
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
  yield { url: '404.html', key: 'site', render: () => notFoundPage(context('')) };
  yield { url: 'search/', key: 'site', render: () => searchPage(context('search/')) };
}

/** "On this day": a page per calendar day with what happened on it in every year, and an index. */
function* onThisDaySpecs(
  entries: EntrySummary[],
  context: (url: string) => PageContext,
  view: EntryView,
): Generator<PageSpec> {
  const byDay = new Map<string, EntrySummary[]>();
  for (const entry of entries) {
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
}

function* paginate<T>(
  base: string,
  key: string,
  items: T[],
  size: number,
  render: (url: string, chunk: T[], page: number, pages: number) => string,
): Generator<PageSpec> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  for (let page = 1; page <= pages; page++) {
    const url = page === 1 ? base : `${base}page/${page}/`;
    const chunk = items.slice((page - 1) * size, page * size);
    yield { url, key, render: () => render(url, chunk, page, pages) };
  }
}

/** The output file of a URL: directories get index.html. */
export const outputFileOf = (url: string) =>
  url === '' || url.endsWith('/') ? `${url}index.html` : url;
