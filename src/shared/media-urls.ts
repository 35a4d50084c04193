/** Where a media file of the archive is published. Derived from its path alone, so cached HTML stays valid. */
import { createHash } from 'node:crypto';

import type { Media } from '../archive/schema.ts';

/** Widths published for every image. @default small 480, large 1600 */
export const IMAGE_WIDTHS = { small: 480, large: 1600 } as const;
export type ImageSize = keyof typeof IMAGE_WIDTHS;

/**
 * Every image is published as WebP, with a JPEG for browsers without WebP; AVIF too when the
 * archive's `media.avif` asks for it. The order is the order of `<source>`s: smallest first.
 */
export const IMAGE_FORMATS = { avif: 'avif', webp: 'webp', jpeg: 'jpg' } as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** An image as published: the size of its large version, and whether it has an AVIF. */
export interface PublishedImage {
  width: number;
  height: number;
  avif?: boolean;
}

/**
 * A video or a sound as published (a video without a poster frame gets the neutral one), or a
 * file that is neither, published only as a download.
 */
export interface PublishedStream {
  type: 'video' | 'audio' | 'file';
  /** Site-root-relative. */
  url: string;
  poster?: { url: string; width: number; height: number };
}

/** The neutral poster of a video whose frames could not be read (no ffmpeg). */
export const NEUTRAL_POSTER = 'assets/video-poster.svg';

const hashOf = (archivePath: string) =>
  createHash('sha256').update(archivePath).digest('hex').slice(0, 20);

/**
 * `media/<hash>-original.jpg`: the original file, published only when the config asks and only
 * when its bytes are a raster image; a name that is not an image's is published as `.bin`.
 */
export function originalUrl(archivePath: string): string {
  const hash = createHash('sha256').update(archivePath).digest('hex').slice(0, 20);
  const extension = IMAGE_EXTENSIONS.exec(archivePath)?.[0].toLowerCase() ?? '.bin';
  return `media/${hash}-original${extension}`;
}

/** `media/<hash>-large.webp`, relative to the site root; the hash hides the original name. */
export function mediaUrl(
  archivePath: string,
  size: ImageSize,
  format: ImageFormat = 'webp',
): string {
  return mediaUrlsOf(archivePath)(size, format);
}

/** mediaUrl for every size and format of one image, hashing its path once (a grid has thousands). */
export function mediaUrlsOf(
  archivePath: string,
): (size: ImageSize, format?: ImageFormat) => string {
  const hash = hashOf(archivePath);
  return (size, format = 'webp') => `media/${hash}-${size}.${IMAGE_FORMATS[format]}`;
}

/** `media/<hash>.mp4` (the extension its bytes allow: see safeExtension) or `media/<hash>-poster.jpg`. */
export function streamUrl(
  archivePath: string,
  part: 'stream' | 'poster',
  extension: string = 'bin',
): string {
  if (part === 'poster') return `media/${hashOf(archivePath)}-poster.jpg`;
  return `media/${hashOf(archivePath)}.${extension}`;
}

/** `downloads/<hash>.pdf`: a file that is not an image, a video or a sound (issue 15). */
export function downloadUrl(archivePath: string, extension: string): string {
  return `downloads/${hashOf(archivePath)}.${extension}`;
}

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif|avif|tiff?|heic|heif)$/i;
const VIDEO_EXTENSIONS = /\.(mp4|m4v|mov|webm|ogv|mkv|avi|3gp)$/i;
const AUDIO_EXTENSIONS = /\.(mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i;

/** The media item's type as written, or guessed from its file name. */
export function mediaTypeOf(item: Pick<Media, 'path' | 'type'>): NonNullable<Media['type']> {
  if (item.type) return item.type;
  if (IMAGE_EXTENSIONS.test(item.path)) return 'image';
  if (VIDEO_EXTENSIONS.test(item.path)) return 'video';
  if (AUDIO_EXTENSIONS.test(item.path)) return 'audio';
  return 'file';
}
