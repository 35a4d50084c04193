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
  yearPage,
  yearsPage,
} from '../../layouts/pages.ts';
import { capitalize, type EntryView, type ImageInfo } from '../../layouts/parts.ts';
import type { EntryRecord } from './entry-record.ts';
import { countBy, groupSlug, type Group, type Timeline } from './timeline.ts';

export interface PageSpec {
  /** Site-root-relative URL: `2014/03/01/walk/`, `404.html`. */
  url: string;
  /** What the page shows: `entry:<id>`, `day:2014-03-01`, `month:2014-03`, `year:2014`, `tag:<slug>`, `site`. */
  key: string;
  render: () => string;
}

/** How many entries a list page shows before it paginates. */
export const PAGE_SIZE = { day: 50, month: 100, group: 50, recent: 20 } as const;

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

export function* pageSpecs(timeline: Timeline, site: Site, images: ImageInfo): Generator<PageSpec> {
  const view = {
    urlOf: (entry: EntryRecord) => timeline.urlOf.get(entry)!,
    images,
    sourceLabel,
    slugOf: groupSlug,
  };
  const context = (url: string): PageContext => ({ site, url, root: rootOf(url) });
  const { entries, calendar } = timeline;

  for (const [index, entry] of entries.entries()) {
    const url = view.urlOf(entry);
    const parent = entry.inReplyTo ? timeline.byId.get(entry.inReplyTo) : undefined;
    const around = { previous: entries[index - 1], next: entries[index + 1], parent };
    yield {
      url,
      key: `entry:${entry.id}`,
      render: () => entryPage(context(url), view, entry, around),
    };
  }

  const yearCounts: [string, number][] = [];
  for (const [year, months] of calendar) {
    const yearEntries = [...months.values()].flatMap((days) => [...days.values()].flat());
    yearCounts.push([year, yearEntries.length]);
    const url = `${year}/`;
    yield {
      url,
      key: `year:${year}`,
      render: () =>
        yearPage(
          context(url),
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
