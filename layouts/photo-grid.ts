/**
 * A justified grid of photos: rows of equal height that fill the width, each photo whole at its
 * own aspect ratio, each linking to its entry; assets/lightbox.js walks the whole grid. The rows
 * are laid out by the browser's flexbox (40-photos.css), so they fill any width without script:
 * each photo grows in proportion to its aspect ratio, and a class names that ratio, since the CSP
 * allows no style attribute.
 */
import type { EntryRecord, EntrySummary, SummaryPhoto } from '../src/shared/entry-types.ts';
import { html, type Html } from '../src/shared/html.ts';
import { href, type PageContext } from './base.ts';
import type { EntryView, ImageInfo } from './entry-view.ts';
import { picture } from './media.ts';
import { clampRatio, justifiedRows } from './justified-rows.ts';
import { formatDay, MONTHS, titleOf } from './parts.ts';

/** One photo of the grid and the entry it belongs to. */
export interface GridPhoto {
  photo: SummaryPhoto;
  entry: EntrySummary;
}

export interface PhotoGridOptions {
  /** A heading (h2) over the grid, in a section of its own; none when there is no photo. */
  heading?: string;
  /** The grid's accessible name. @default 'Photos' */
  label?: string;
  /** Photos shown at most, chosen evenly over the list; the rest are left to `more`. @default all */
  limit?: number;
  /** A link after the grid to where every photo is, shown when some were left out or always. */
  more?: { url: string; label: string; always?: boolean };
  /** How many photos at the start load at once (above the fold); the rest load lazily. @default 0 */
  eager?: number;
  /** Loads the viewer's script. @default true */
  viewer?: boolean;
  /** The viewer walks this grid alone; false when an enclosing `[data-lightbox]` joins several. @default true */
  group?: boolean;
}

/** Aspect ratios are named in twentieths: `jr-30` is 3:2; past 1:4 and 4:1 they are clamped. */
export const ASPECT_STEPS = 20;

/** The class naming a photo's aspect ratio, in twentieths. */
export function aspectClass(width: number, height: number): string {
  return `jr-${Math.round(ASPECT_STEPS * clampRatio(width / height))}`;
}

/**
 * Rows' targets (width over height): about 2.75 square photos to a row on a phone, 5.5 on a
 * wide screen (the grid is at most 64rem wide, the rows about 11.5rem high there).
 */
export const ROW_TARGETS = { narrow: 2.75, wide: 5.5 } as const;

/**
 * The published photos of an entry, in its order: a summary carries them; a full record (on
 * the pages shards render) has its media list and the images published.
 */
export function photosOf(entry: EntrySummary | EntryRecord, images: ImageInfo): SummaryPhoto[] {
  if ('photos' in entry && entry.photos) return entry.photos;
  if (!('media' in entry)) return [];
  return entry.images.flatMap((path) => {
    const info = images.get(path);
    if (!info) return [];
    const alt = entry.media.find((item) => item.path === path)?.alt;
    return [{ path, ...info, ...(alt ? { alt } : {}) }];
  });
}

/** Every photo of `entries`, in the order given (pass them newest first for a newest-first grid). */
export function gridPhotos(
  entries: (EntrySummary | EntryRecord)[],
  images: ImageInfo = new Map(),
): GridPhoto[] {
  return entries.flatMap((entry) => photosOf(entry, images).map((photo) => ({ photo, entry })));
}

/** `limit` photos spread evenly over the list, first and order kept. */
export function spread<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  return Array.from(
    { length: limit },
    (_, index) => items[Math.floor((index * items.length) / limit)]!,
  );
}

/** The grid, or nothing when there is no photo. */
export function photoGrid(
  context: PageContext,
  view: Pick<EntryView, 'urlOf'>,
  photos: GridPhoto[],
  options: PhotoGridOptions = {},
): Html {
  if (photos.length === 0) return html``;
  const shown = options.limit === undefined ? photos : spread(photos, options.limit);
  const images: ImageInfo = new Map(shown.map(({ photo }) => [photo.path, photo]));
  const eager = options.eager ?? 0;
  const more = options.more;
  const ratios = shown.map(({ photo }) => photo.width / photo.height);
  const narrow = justifiedRows(ratios, { target: ROW_TARGETS.narrow }).widths;
  const wideRows = justifiedRows(ratios, { target: ROW_TARGETS.wide });
  const wide = wideRows.widths;
  // A few photos, short of one row, stay in the text column instead of spreading past it.
  const isShort = wideRows.rows.length === 1 && !wideRows.lastRowFilled;
  const grid = html`<ul class="justified${isShort ? ' short' : ''}" ${options.group === false ? '' : html`data-lightbox="grid"`} aria-label="${options.label ?? 'Photos'}">
      ${shown.map((item, index) =>
        gridItem(context, view, images, item, {
          eager: index < eager,
          widths: `${widthClasses('jn', narrow[index]!)} ${widthClasses('jw', wide[index]!)}`,
        }),
      )}
    </ul>
    ${more && (more.always || shown.length < photos.length) ? html`<p class="more-photos"><a href="${href(context, more.url)}">${more.label}</a></p>` : ''}
    ${options.viewer === false ? '' : html`<script src="${href(context, 'assets/lightbox.js')}" defer></script>`}`;
  return options.heading
    ? html`<section class="photos-section"><h2>${options.heading}</h2>${grid}</section>`
    : grid;
}

/** `jw-37 jwf-4`: 37.4 % of the row, as a class for whole percents and one for the tenth. */
const widthClasses = (prefix: string, tenths: number) =>
  `${prefix}-${Math.floor(tenths / 10)}${tenths % 10 ? ` ${prefix}f-${tenths % 10}` : ''}`;

function gridItem(
  context: PageContext,
  view: Pick<EntryView, 'urlOf'>,
  images: ImageInfo,
  { photo, entry }: GridPhoto,
  { eager, widths }: { eager: boolean; widths: string },
): Html {
  const title = titleOf(entry);
  const alt = photo.alt || title;
  const ratio = clampRatio(photo.width / photo.height);
  // Rendered about as wide as the ratio times the row height: 14rem at most wide, 9rem narrow.
  const sizes = `(min-width: 40rem) ${(ratio * 14).toFixed(1)}rem, ${(ratio * 9).toFixed(1)}rem`;
  const classes = `${aspectClass(photo.width, photo.height)} ${widths}${entry.contentWarning ? ' sensitive' : ''}`;
  return html`<li class="${classes}">
    <a
      class="lightbox-link"
      href="${href(context, view.urlOf(entry))}"
      data-entry=""
      data-date="${formatDay(entry.date)}"
      ${title !== alt ? html`data-caption="${title}"` : ''}
      >${picture(context, { images }, photo.path, alt, sizes, eager)}</a
    >
  </li>`;
}

/** A month page's photos: up to 60 in the order of its days, and a link to its photo pages. */
export function monthPhotos(
  context: PageContext,
  view: Pick<EntryView, 'urlOf' | 'images'>,
  year: string,
  month: string,
  entries: (EntrySummary | EntryRecord)[],
): Html {
  return photoGrid(context, view, gridPhotos(entries, view.images), {
    label: `Photos of ${MONTHS[Number(month) - 1] ?? month} ${year}`,
    limit: 60,
    more: { url: `photos/${year}/${month}/`, label: 'The month’s photos as a grid', always: true },
  });
}

/** A year page's photos: a selection of 24 spread over the year, and a link to its photo page. */
export function yearPhotos(
  context: PageContext,
  view: Pick<EntryView, 'urlOf' | 'images'>,
  year: string,
  entries: (EntrySummary | EntryRecord)[],
): Html {
  return photoGrid(context, view, gridPhotos(entries, view.images), {
    heading: 'Photos',
    label: `Photos of ${year}`,
    limit: 24,
    more: { url: `photos/${year}/`, label: `Every photo of ${year}`, always: true },
  });
}
