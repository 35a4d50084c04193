/**
 * Publishes the archive's images: upright, resized to IMAGE_WIDTHS as WebP and JPEG (and AVIF
 * when the archive asks for it), every piece of metadata (GPS, camera serials, XMP) stripped
 * because sharp drops it unless asked to keep it. Results are cached by content hash, so an
 * unchanged photo is processed once.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Sharp } from 'sharp';

import { countProgress } from './build-progress.ts';
import { place, type MediaCache } from './media-cache.ts';
import {
  IMAGE_FORMATS,
  IMAGE_WIDTHS,
  mediaUrl,
  type ImageFormat,
  type ImageSize,
  type PublishedImage,
} from '../shared/media-urls.ts';
import { loadSharp } from '../shared/load-sharp.ts';
import { mapLimit } from '../shared/map-limit.ts';

export interface ImageOptions {
  /** Publish AVIF too. @default false */
  avif: boolean;
  /** Keep the camera's make, model, lens and exposure in published images (never GPS). */
  keepCamera?: boolean;
  /** Images processed at once in this thread; the shards share the cores. */
  concurrency: number;
}

export interface MediaResult {
  /** Size of the large image, and its formats, by archive path. */
  images: Map<string, PublishedImage>;
  /** Why an image was not published, by archive path. */
  failures: Map<string, string>;
  processed: number;
  /** The files placed in the output folder (relative to it). */
  files: string[];
}

/**
 * Refuse to decode more pixels than this: above any camera (a 150 MP medium-format back), well
 * below what a decompression bomb claims. Memory stays small for large photos because JPEG and
 * WebP shrink on load and the rest is read line by line (`sequentialRead`).
 */
export const MAX_INPUT_PIXELS = 200_000_000;

/** sharp's prebuilt libvips reads HEIF with AV1 (AVIF) only; HEVC needs a libvips with libde265. */
export async function isHevcDecodable(): Promise<boolean> {
  const sharp = await loadSharp();
  return sharp.format.heif.input.fileSuffix?.includes('.heic') ?? false;
}

const HEIC_MESSAGE = "HEIC needs a sharp built with libheif's HEVC decoder";

export async function publishImages(
  archiveDir: string,
  outDir: string,
  cache: MediaCache,
  paths: Iterable<string>,
  options: ImageOptions,
): Promise<MediaResult> {
  const images = new Map<string, PublishedImage>();
  const failures = new Map<string, string>();
  let processed = 0;
  const files: string[] = [];
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  const byContent = new Map<string, Promise<PublishedImage>>();
  // Decoding and encoding take a core each: at most `concurrency` at once. Hashing and linking
  // are a few system calls each, so more run at once, or a cold build of 10,000 small photos
  // spends seconds waiting on one call after another.
  const encoding = limiter(Math.max(1, options.concurrency));
  const unique = [...new Set(paths)];
  countProgress('images', 0, unique.length);
  await mapLimit(unique, 16, async (archivePath) => {
    const source = path.join(archiveDir, archivePath);
    try {
      const hash = await cache.hashOf(archiveDir, archivePath);
      // Images with camera details are other files than those without.
      const key = options.keepCamera ? `${hash}-camera` : hash;
      let made = byContent.get(key);
      if (!made) {
        made = encoding(() =>
          cachedImage(cache, key, source, options.avif, !!options.keepCamera),
        ).then(([image, isNew]) => {
          if (isNew) processed++;
          return image;
        });
        byContent.set(key, made);
      }
      const image = await made;
      for (const name of Object.keys(IMAGE_WIDTHS) as ImageSize[])
        for (const format of formatsOf(image)) {
          const url = mediaUrl(archivePath, name, format);
          place(cache.file(`${key}-${name}.${IMAGE_FORMATS[format]}`), path.join(outDir, url));
          files.push(url);
        }
      images.set(archivePath, image);
    } catch (error) {
      failures.set(archivePath, (error as Error).message);
    }
    countProgress('images');
  });
  await cache.save();
  return { images, failures, processed, files };
}

/** Runs at most `limit` tasks at once; the others wait their turn, in order. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // given a finished one's turn
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

const formatsOf = (image: PublishedImage): ImageFormat[] =>
  image.avif ? ['avif', 'webp', 'jpeg'] : ['webp', 'jpeg'];

/** The image from the cache, made first when missing; true when something was made. */
async function cachedImage(
  cache: MediaCache,
  key: string,
  source: string,
  avif: boolean,
  keepCamera: boolean,
): Promise<[PublishedImage, boolean]> {
  // v2: WebP and JPEG (v1 caches had WebP only). AVIF has its own marker, so turning it on
  // later encodes AVIF alone.
  const base = await cache.readJson<PublishedImage>(`${key}.v2.json`);
  const hasAvif = avif && (await cache.readJson(`${key}.avif.json`)) !== undefined;
  const missing: ImageFormat[] = [
    ...(avif && !hasAvif ? (['avif'] as const) : []),
    ...(base ? [] : (['webp', 'jpeg'] as const)),
  ];
  if (missing.length === 0) return [{ ...base!, ...(avif ? { avif: true } : {}) }, false];
  await assertDecodable(source);
  const made = await processImage(
    source,
    missing,
    (size, format) => cache.file(`${key}-${size}.${IMAGE_FORMATS[format]}`),
    keepCamera ? await cameraExif(source) : undefined,
  );
  if (!base) await cache.writeJson(`${key}.v2.json`, made);
  if (missing.includes('avif')) await cache.writeJson(`${key}.avif.json`, {});
  return [{ ...(base ?? made), ...(avif ? { avif: true } : {}) }, true];
}

/** Throws the clear message for an HEVC-coded HEIC this sharp cannot read (and skips libvips' noise). */
async function assertDecodable(source: string): Promise<void> {
  if (!/\.hei[cf]$/i.test(source) || (await isHevcDecodable())) return;
  const sharp = await loadSharp();
  const meta = await sharp(source).metadata();
  if (meta.format === 'heif' && meta.compression !== 'av1') throw new Error(HEIC_MESSAGE);
}

/**
 * Decodes the original once, upright and at most the large width, then encodes every size and
 * format from that (a few MB of pixels, however large the original).
 */
async function processImage(
  source: string,
  formats: ImageFormat[],
  target: (size: ImageSize, format: ImageFormat) => string,
  exif?: Exif,
): Promise<PublishedImage> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(source, {
    failOn: 'error',
    limitInputPixels: MAX_INPUT_PIXELS,
    sequentialRead: true,
  })
    // rotate() applies the EXIF orientation before the metadata is dropped.
    .rotate()
    .resize({ width: IMAGE_WIDTHS.large, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  for (const size of Object.keys(IMAGE_WIDTHS) as ImageSize[]) {
    const resized = sharp(data, raw).resize({
      width: IMAGE_WIDTHS[size],
      withoutEnlargement: true,
    });
    const pixels = exif ? resized.withExif(exif) : resized;
    await Promise.all(
      formats.map((format) => encode(pixels.clone(), format, target(size, format))),
    );
  }
  return { width: info.width, height: info.height };
}

function encode(pixels: Sharp, format: ImageFormat, file: string): Promise<unknown> {
  if (format === 'avif') return pixels.avif({ quality: 50 }).toFile(file);
  if (format === 'webp') return pixels.webp({ quality: 80 }).toFile(file);
  return pixels
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toFile(file);
}

type Exif = Record<string, Record<string, string>>;

/**
 * The camera details of a photo as EXIF to write: make and model, lens, exposure, aperture, ISO
 * and focal length, nothing else (no GPS, no serial numbers, no dates, no maker notes).
 */
async function cameraExif(source: string): Promise<Exif | undefined> {
  // Imported here, as sharp is: a build with every photo cached reads no EXIF.
  const { default: exifr } = await import('exifr');
  const tags = (await exifr
    .parse(source, {
      pick: ['Make', 'Model', 'LensModel', 'ExposureTime', 'FNumber', 'ISO', 'FocalLength'],
    })
    .catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!tags) return undefined;
  const text = (value: unknown) =>
    typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  const exposure = tags.ExposureTime;
  const ifd0: Record<string, string> = {};
  const ifd2: Record<string, string> = {};
  if (text(tags.Make)) ifd0.Make = text(tags.Make);
  if (text(tags.Model)) ifd0.Model = text(tags.Model);
  if (text(tags.LensModel)) ifd2.LensModel = text(tags.LensModel);
  if (typeof exposure === 'number' && exposure > 0)
    ifd2.ExposureTime = exposure < 1 ? `1/${Math.round(1 / exposure)}` : String(exposure);
  if (typeof tags.FNumber === 'number') ifd2.FNumber = String(tags.FNumber);
  if (typeof tags.ISO === 'number') ifd2.ISOSpeedRatings = String(tags.ISO);
  if (typeof tags.FocalLength === 'number') ifd2.FocalLength = String(tags.FocalLength);
  return Object.keys(ifd0).length + Object.keys(ifd2).length > 0
    ? { IFD0: ifd0, IFD2: ifd2 }
    : undefined;
}
