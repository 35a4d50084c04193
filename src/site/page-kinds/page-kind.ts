/**
 * What a page kind is: a module that says which pages of its kind the archive gets (their URLs,
 * the key of what each shows, so an edit re-renders only the pages showing the edited entry)
 * and renders them with its template. The kinds are listed in `../page-specs.ts`.
 */
import { pageUrl, rootOf, type PageContext, type Site } from '../../../layouts/base.ts';
import type { EntryView, ImageInfo, StreamInfo } from '../../../layouts/entry-view.ts';
import type { SharedCards } from '../../../layouts/shared-cards.ts';
import type { EntryRecord, EntrySummary } from '../../shared/entry-types.ts';
import type { Places } from '../../places/place-groups.ts';
import type { Timeline } from '../timeline.ts';

export interface PageSpec {
  /** Site-root-relative URL: `2014/03/01/walk/`, `404.html`. */
  url: string;
  /** What the page shows: `entry:<id>`, `day:2014-03-01`, `month:2014-03`, `year:2014`, `tag:<slug>`, `site`. */
  key: string;
  /** The page's text, or the bytes of a file that is not a page (a search index part). */
  render: () => string | Uint8Array;
}

/** How many entries a list page shows before it paginates (photos: how many photos). */
export const PAGE_SIZE = { day: 50, month: 100, group: 50, recent: 20, photos: 200 } as const;

/** How an entry page links to the rest of the archive; computed by the main thread. */
export interface EntryLinks {
  url: string;
  previous?: string;
  next?: string;
  parent?: string;
  /** Ids of the whole conversation this entry is part of, oldest first. */
  thread?: string[];
  /** A chat's message: its chat-day page's URL with the message's anchor (no `thread` then). */
  chatDay?: string;
}

/** What a shard needs to render the pages of its years. */
export interface ShardRenderInput {
  site: Site;
  /** Links of every entry the shard renders, by id. */
  links: Map<string, EntryLinks>;
  /** Summaries of entries the shard links to but does not hold (neighbours, parents), by id. */
  others: Map<string, EntrySummary>;
  /**
   * Records of the entries of its conversations (and the parents of its replies) that the shard
   * does not render itself, with their published media: a message reads whole, as on the page
   * of whichever shard holds it (issue 17).
   */
  shown?: ShownRecords;
}

/** Whole records for another shard's pages, and the published media they show. */
export interface ShownRecords {
  records: Map<string, EntryRecord>;
  images: ImageInfo;
  streams: StreamInfo;
}

/** Entry view of the page kinds: group links by slug, other entries by id (a reply's parent). */
export type PageView = EntryView & {
  slugOf: (name: string) => string;
  find?: (id: string | undefined) => EntrySummary | undefined;
  /** The cards the lists of summaries share: the site pages', one per entry and variant. */
  cards?: SharedCards;
};

/** Days of a shard's years: year → month → day → entries, oldest first. */
export type Calendar = Map<string, Map<string, Map<string, EntryRecord[]>>>;

/** What the kinds of pages that show whole entries get: a shard's records and their links. */
export interface ShardPages {
  /** All entries of the shard's years, oldest first. */
  records: EntryRecord[];
  calendar: Calendar;
  input: ShardRenderInput;
  find: (id: string | undefined) => EntrySummary | undefined;
  view: PageView;
  context: (url: string) => PageContext;
}

/** What the kinds of pages made of summaries get: the whole timeline. */
export interface SitePages {
  timeline: Timeline;
  /** Entries per year, oldest year first. */
  yearCounts: [string, number][];
  view: PageView;
  context: (url: string) => PageContext;
}

/**
 * What the kinds of pages about places get (the maps and a page per place): the entries with a
 * place only, so a shard whose own pages are written can render them (see PlaceRenderInput).
 */
export interface PlacePages {
  /** Every entry with a place, oldest first. */
  placed: EntrySummary[];
  view: PageView;
  context: (url: string) => PageContext;
  /** The entries grouped by place and country, computed once for the kinds that need them. */
  places: () => Places;
  /** The closer maps' cluster ids, when one thread found them for all (PlaceRenderInput). */
  closerMaps?: number[];
}

/** What a thread needs to render the pages about places, as it crosses to a worker. */
export interface PlaceRenderInput {
  site: Site;
  /** Every entry with a place, oldest first. */
  placed: EntrySummary[];
  /** Entries without a place that a card shows (a reply's parent). */
  parents: EntrySummary[];
  /** The URL of each entry of `placed` and `parents`, by id. */
  urls: Map<string, string>;
  /** The published first image of each of those entries that has one. */
  images: ImageInfo;
  /** The closer maps' cluster ids, found once by the main thread (each needs a country's map). */
  closerMaps: number[];
  /**
   * The number of the next page to render, shared by every thread that renders them (a
   * SharedArrayBuffer's Int32Array): each takes the next page when it is ready for one.
   */
  next: Int32Array;
}

/** A kind of page rendered by each shard from its own records (entry, day, month, year). */
export interface ShardPageKind {
  name: string;
  specs: (pages: ShardPages) => Iterable<PageSpec>;
}

/** A kind of page rendered by the main thread from summaries (tags, home, search…). */
export interface SitePageKind {
  name: string;
  specs: (pages: SitePages) => Iterable<PageSpec>;
}

/** A kind of page about places, rendered from the entries with a place (maps, place pages). */
export interface PlacePageKind {
  name: string;
  specs: (pages: PlacePages) => Iterable<PageSpec>;
}

export const contextOf =
  (site: Site) =>
  (url: string): PageContext => ({ site, url, root: rootOf(url) });

/** The pages of a list: `base`, then `base/page/2/`…; always at least one, even when empty. */
export function* paginate<T>(
  base: string,
  key: string,
  items: T[],
  size: number,
  render: (url: string, chunk: T[], page: number, pages: number) => string,
): Generator<PageSpec> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  for (let page = 1; page <= pages; page++) {
    const url = pageUrl(base, page);
    const chunk = items.slice((page - 1) * size, page * size);
    yield { url, key, render: () => render(url, chunk, page, pages) };
  }
}
