/** Images, videos and sounds in pages: `<picture>` with every published size and format, the lightbox. */
import { emojiImage } from '../src/shared/emoji-image.ts';
import type { EntryRecord } from '../src/shared/entry-types.ts';
import { html, trusted, type Html } from '../src/shared/html.ts';
import { ROOT_MARKER } from '../src/shared/entry-types.ts';
import {
  IMAGE_WIDTHS,
  mediaUrl,
  mediaUrlsOf,
  NEUTRAL_POSTER,
  originalUrl,
  type ImageFormat,
  type PublishedStream,
} from '../src/shared/media-urls.ts';
import { href, link, type PageContext } from './base.ts';
import type { EntryView } from './entry-view.ts';

/** Sizes of a gallery's images: one alone fills the column, several share it. */
const SIZES = { one: '(min-width: 48rem) 46rem, 100vw', several: '(min-width: 48rem) 23rem, 50vw' };

/**
 * A `<picture>`: AVIF (when published), WebP and JPEG, each with both widths and `sizes`, and
 * the large image's width and height so the page does not move as it loads. Lazy unless `eager`
 * (the first image of a page, above the fold).
 */
export function picture(
  context: PageContext,
  view: Pick<EntryView, 'images'>,
  path: string,
  alt: string,
  sizes: string,
  eager = false,
): Html {
  const info = view.images.get(path);
  if (!info)
    return html`<span class="missing-image" role="img" aria-label="${alt || 'image'}"
      >Image not available</span
    >`;
  // An image no wider than the small size has one size only.
  const hasSizes = info.width > IMAGE_WIDTHS.small;
  const urlOf = mediaUrlsOf(path);
  const srcsetOf = (format: ImageFormat) =>
    hasSizes
      ? html`${link(context, urlOf('small', format))} ${IMAGE_WIDTHS.small}w, ${link(context, urlOf('large', format))} ${info.width}w`
      : link(context, urlOf('large', format));
  const source = (format: ImageFormat) =>
    html`<source type="image/${format}" srcset="${srcsetOf(format)}" ${hasSizes ? html`sizes="${sizes}"` : ''} />`;
  return html`<picture
    >${info.avif ? source('avif') : ''}${source('webp')}<img
      src="${link(context, urlOf('large', 'jpeg'))}"
      ${hasSizes ? html`srcset="${srcsetOf('jpeg')}" sizes="${sizes}"` : ''}
      width="${info.width}"
      height="${info.height}"
      alt="${alt}"
      ${eager ? '' : html`loading="lazy"`}
      decoding="async"
  /></picture>`;
}

/** The images of an entry's gallery that were published. */
const shownImages = (view: Pick<EntryView, 'images'>, entry: EntryRecord) =>
  entry.media.filter((item) => entry.images.includes(item.path) && view.images.has(item.path));

/** True when a page shows an entry with several images, so it needs the lightbox script. */
export function needsLightbox(view: Pick<EntryView, 'images'>, entries: EntryRecord[]): boolean {
  return entries.some((entry) => shownImages(view, entry).length > 1);
}

/** The lightbox script, served from the site (the CSP allows no inline script). */
export function lightboxScript(context: PageContext): Html {
  return html`<script src="${href(context, 'assets/lightbox.js')}"></script>`;
}

/**
 * An entry's images, videos and sounds. With several images each links to its large JPEG, so
 * without script a thumbnail still opens the image; assets/lightbox.js turns the links into a
 * viewer.
 */
export function mediaGallery(
  context: PageContext,
  view: EntryView,
  entry: EntryRecord,
  eager = false,
): Html {
  const images = entry.media.filter((item) => entry.images.includes(item.path));
  const streams = entry.media.flatMap((item) => {
    const stream = view.streams?.get(item.path);
    return stream ? [{ stream, alt: item.alt ?? '' }] : [];
  });
  if (images.length + streams.length === 0) return html``;
  const linked = shownImages(view, entry).length > 1;
  const sizes = images.length === 1 ? SIZES.one : SIZES.several;
  return html`<div class="gallery${images.length + streams.length > 1 ? ' grid' : ''}" ${linked ? html`data-lightbox="true"` : ''}>
    ${images.map((item, index) => {
      const shown = picture(context, view, item.path, item.alt ?? '', sizes, eager && index === 0);
      const link =
        linked && view.images.has(item.path)
          ? html`<a class="lightbox-link" href="${href(context, mediaUrl(item.path, 'large', 'jpeg'))}" ${item.alt ? '' : html`aria-label="Image ${index + 1} of ${images.length}"`}>${shown}</a>`
          : shown;
      const original =
        context.site.originals && view.images.has(item.path)
          ? html`<a class="original" href="${href(context, originalUrl(item.path))}">Original file</a>`
          : '';
      return html`<figure>
        ${link}${item.alt ? html`<figcaption>${item.alt}</figcaption>` : ''}${original}
      </figure>`;
    })}
    ${streams.map(({ stream, alt }) => streamFigure(context, stream, alt))}
  </div>`;
}

function streamFigure(context: PageContext, stream: PublishedStream, alt: string): Html {
  const url = href(context, stream.url);
  const caption = alt ? html`<figcaption>${alt}</figcaption>` : '';
  // Not an image, a video or a sound by its bytes: a link that downloads it, never shows it.
  if (stream.type === 'file')
    return html`<figure class="download"><a href="${url}" download>${alt || 'Download the file'}</a></figure>`;
  if (stream.type === 'audio')
    return html`<figure class="stream">
      <audio controls preload="none" src="${url}" ${alt ? html`aria-label="${alt}"` : ''}><a href="${url}">Download the sound</a></audio>${caption}
    </figure>`;
  const poster = stream.poster ?? { url: NEUTRAL_POSTER, width: 1600, height: 900 };
  return html`<figure class="stream">
    <video controls preload="none" poster="${href(context, poster.url)}" width="${poster.width}" height="${poster.height}" src="${url}" ${alt ? html`aria-label="${alt}"` : ''}><a href="${url}">Download the video</a></video>${caption}
  </figure>`;
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * The body HTML with the site root filled in, its images as `<picture>`s (their sizes are known
 * only once published); folded behind its content warning if it has one.
 */
export function bodyHtml(context: PageContext, view: EntryView, entry: EntryRecord): Html {
  let source = entry.html;
  for (const path of entry.images) {
    const tag = `<img src="${ROOT_MARKER}${mediaUrl(path, 'large', 'jpeg')}" alt="`;
    if (!source.includes(tag)) continue;
    source = source.replace(
      new RegExp(`${escapeRegExp(tag)}([^"]*)" loading="lazy" decoding="async">`, 'g'),
      (_match, alt: string) =>
        picture(
          context,
          view,
          path,
          alt.replace(/&(amp|lt|gt|quot);/g, (entity) => UNESCAPE[entity]!),
          SIZES.one,
        ).value,
    );
  }
  // An emoji whose image was not published (not an image after all) reads as its shortcode.
  for (const item of entry.media)
    if (item.emoji && !view.images.has(item.path))
      source = source.replaceAll(emojiImage(item.emoji, item.path), item.emoji);
  const body = trusted(source.split(ROOT_MARKER).join(context.root));
  return entry.contentWarning
    ? html`<details class="content-warning"><summary>Content warning: ${entry.contentWarning}</summary>${body}</details>`
    : body;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
