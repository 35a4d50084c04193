/**
 * Every page the archive gets, as lazy specs, from the list of page kinds: each kind is a module
 * in `page-kinds/` that pairs its pages' URLs and data with its template. A new kind of page is
 * one module there and one line in a list below.
 */
import type { PageContext, Site } from '../../layouts/base.ts';
import type { ImageInfo, StreamInfo } from '../../layouts/entry-view.ts';
import { SharedCards } from '../../layouts/shared-cards.ts';
import type { EntryRecord, EntrySummary } from '../shared/entry-types.ts';
import { chatDayPages } from './page-kinds/chat-day.ts';
import { dayPages } from './page-kinds/day.ts';
import { entryPages } from './page-kinds/entry.ts';
import { homePages } from './page-kinds/home.ts';
import { monthPages } from './page-kinds/month.ts';
import { notFoundPages } from './page-kinds/not-found.ts';
import { onThisDayPages } from './page-kinds/on-this-day.ts';
import {
  contextOf,
  type Calendar,
  type PageSpec,
  type PageView,
  type PlacePageKind,
  type PlaceRenderInput,
  type ShardPageKind,
  type ShardRenderInput,
  type SitePageKind,
} from './page-kinds/page-kind.ts';
import { personPages } from './page-kinds/person.ts';
import { placePages } from './page-kinds/place.ts';
import { closerMapIds, placesPages } from './page-kinds/places.ts';
import { photosPages } from './page-kinds/photos.ts';
import { reviewPages } from './page-kinds/review.ts';
import { searchPages } from './page-kinds/search.ts';
import { sourcePages } from './page-kinds/source.ts';
import { statsPages } from './page-kinds/stats.ts';
import { tagPages } from './page-kinds/tag.ts';
import { yearPages } from './page-kinds/year.ts';
import { yearsPages } from './page-kinds/years.ts';
import { groupPlaces, type Places } from '../places/place-groups.ts';
import { sourceLabel } from './source-labels.ts';
import { groupSlug, type Timeline } from './timeline.ts';

/** Pages that show whole entries, rendered by the shard that holds them. */
export const SHARD_PAGE_KINDS: ShardPageKind[] = [entryPages, yearPages, monthPages, dayPages];

/** Pages made of summaries, rendered by the main thread. */
export const SITE_PAGE_KINDS: SitePageKind[] = [
  tagPages,
  personPages,
  sourcePages,
  yearsPages,
  photosPages,
  onThisDayPages,
  chatDayPages,
  statsPages,
  reviewPages,
  homePages,
  notFoundPages,
  searchPages,
];

/** Pages about places, made of the entries with a place: the main thread's or an idle shard's. */
export const PLACE_PAGE_KINDS: PlacePageKind[] = [placesPages, placePages];

/**
 * Pages that show whole entries: entry pages and the day, month and year pages of the years a
 * shard holds. `records` are all of those years' entries, oldest first.
 */
export function* shardPageSpecs(
  records: EntryRecord[],
  media: { images: ImageInfo; streams: StreamInfo },
  input: ShardRenderInput,
): Generator<PageSpec> {
  const { links, others, shown } = input;
  const own = new Map(records.map((record) => [record.id, record]));
  // Another shard's messages come whole (`shown`), with the media they show as it published them.
  const find = (id: string | undefined): EntrySummary | undefined =>
    id ? (own.get(id) ?? shown?.records.get(id) ?? others.get(id)) : undefined;
  const urlOf = (entry: EntrySummary) =>
    links.get(entry.id)?.url ?? others.get(entry.id)?.url ?? '';
  const images = shown?.images.size ? new Map([...media.images, ...shown.images]) : media.images;
  const streams = shown?.streams.size
    ? new Map([...media.streams, ...shown.streams])
    : media.streams;
  const view = { urlOf, images, streams, sourceLabel, slugOf: groupSlug, find };
  const pages = {
    records,
    calendar: calendarOf(records),
    input,
    find,
    view,
    context: contextOf(input.site),
  };
  for (const kind of SHARD_PAGE_KINDS) yield* kind.specs(pages);
}

/** Year → month → day → entries, in the order of `records`. */
function calendarOf(records: EntryRecord[]): Calendar {
  const calendar: Calendar = new Map();
  for (const entry of records) {
    const [year, month, day] = [
      entry.date.slice(0, 4),
      entry.date.slice(5, 7),
      entry.date.slice(8, 10),
    ];
    const months = calendar.get(year) ?? calendar.set(year, new Map()).get(year)!;
    const days = months.get(month) ?? months.set(month, new Map()).get(month)!;
    (days.get(day) ?? days.set(day, []).get(day)!).push(entry);
  }
  return calendar;
}

/**
 * Pages built from summaries alone: tags, people, sources, their indexes, years, home, 404; and
 * the pages about places of `placeKinds` (none when the threads share them: placeRenderInput;
 * only those an edit shows again in `serve`, since making the maps' specs clusters every place).
 */
export function* sitePageSpecs(
  timeline: Timeline,
  site: Site,
  images: ImageInfo,
  placeKinds: readonly PlacePageKind[] = PLACE_PAGE_KINDS,
): Generator<PageSpec> {
  const view = {
    urlOf: (entry: EntrySummary) => timeline.urlOf.get(entry.id)!,
    images,
    sourceLabel,
    slugOf: groupSlug,
    find: (id: string | undefined) => (id ? timeline.byId.get(id) : undefined),
    // An entry's card is on its source's page, its tags' and its people's: rendered once.
    cards: new SharedCards(),
  };
  const yearCounts: [string, number][] = [...timeline.calendar].map(([year, months]) => [
    year,
    [...months.values()].reduce(
      (sum, days) => sum + [...days.values()].reduce((n, list) => n + list.length, 0),
      0,
    ),
  ]);
  const context = contextOf(site);
  const pages = { timeline, yearCounts, view, context };
  for (const kind of SITE_PAGE_KINDS) yield* timed(kind.name, kind.specs(pages));
  if (placeKinds.length > 0)
    yield* placeSpecs(
      timeline.entries.filter((entry) => entry.place),
      view,
      context,
      placeKinds,
    );
  // Each page is rendered as it is taken: the cards are not kept through the search index.
  view.cards.clear();
}

/** What the pages about places need, to send to the shard that will render them. */
export function placeRenderInput(
  timeline: Timeline,
  site: Site,
  images: ImageInfo,
): PlaceRenderInput {
  const placed = timeline.entries.filter((entry) => entry.place);
  const parents = new Map<string, EntrySummary>();
  for (const entry of placed) {
    const parent = entry.inReplyTo ? timeline.byId.get(entry.inReplyTo) : undefined;
    if (parent && !parent.place) parents.set(parent.id, parent);
  }
  const shown = [...placed, ...parents.values()];
  const urls = new Map(shown.map((entry) => [entry.id, timeline.urlOf.get(entry.id)!]));
  const published: ImageInfo = new Map();
  for (const entry of shown)
    for (const image of entry.images) {
      const info = images.get(image);
      if (info) published.set(image, info);
    }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const closerMaps = closerMapIds(placesOf(placed));
  return {
    site,
    placed,
    parents: [...parents.values()],
    urls,
    images: published,
    closerMaps,
    next,
  };
}

/**
 * The pages about places that this thread takes, from what placeRenderInput gave. Every thread
 * makes every page's spec (cheap: a page's map is made when it is rendered, and the closer maps
 * were found once) and renders the next page no thread has taken yet whenever it is ready for
 * one, so the costly maps go to whichever threads are free: the main thread and each shard once
 * its own pages are written.
 */
export function* placePageSpecs(input: PlaceRenderInput): Generator<PageSpec> {
  const byId = new Map([...input.placed, ...input.parents].map((entry) => [entry.id, entry]));
  const view = {
    urlOf: (entry: EntrySummary) => input.urls.get(entry.id)!,
    images: input.images,
    sourceLabel,
    slugOf: groupSlug,
    find: (id: string | undefined) => (id ? byId.get(id) : undefined),
  };
  let number = 0;
  let taken = Atomics.add(input.next, 0, 1);
  const specs = placeSpecs(input.placed, view, contextOf(input.site), PLACE_PAGE_KINDS, {
    closerMaps: input.closerMaps,
  });
  for (const spec of specs)
    if (number++ === taken) {
      yield spec;
      taken = Atomics.add(input.next, 0, 1);
    }
}

function* placeSpecs(
  placed: EntrySummary[],
  view: PageView,
  context: (url: string) => PageContext,
  kinds: readonly PlacePageKind[] = PLACE_PAGE_KINDS,
  found: { closerMaps?: number[] } = {},
): Generator<PageSpec> {
  const pages = { placed, view, context, places: () => placesOf(placed), ...found };
  for (const kind of kinds) yield* timed(kind.name, kind.specs(pages));
}

/** The entries with a place grouped, once per list of them: the main thread's placeRenderInput and its share. */
const groupings = new WeakMap<EntrySummary[], Places>();

function placesOf(placed: EntrySummary[]): Places {
  return groupings.get(placed) ?? groupings.set(placed, groupPlaces(placed)).get(placed)!;
}

/** Milliseconds each kind of site page took, making its specs and rendering them (for --timing). */
export const sitePageTimes = new Map<string, number>();

/** `specs`, with the time spent making and rendering them added to the kind's in sitePageTimes. */
function* timed(name: string, specs: Iterable<PageSpec>): Generator<PageSpec> {
  const add = (since: number) =>
    sitePageTimes.set(name, (sitePageTimes.get(name) ?? 0) + performance.now() - since);
  const iterator = specs[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const next = iterator.next();
    add(started);
    if (next.done) return;
    const spec = next.value;
    yield {
      ...spec,
      render: () => {
        const rendering = performance.now();
        try {
          return spec.render();
        } finally {
          add(rendering);
        }
      },
    };
  }
}

/** The output file of a URL: directories get index.html. */
export const outputFileOf = (url: string) =>
  url === '' || url.endsWith('/') ? `${url}index.html` : url;
