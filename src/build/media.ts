/**
 * Publishes the archive's images: upright, resized to IMAGE_WIDTHS as WebP and JPEG, every piece of
 * metadata (GPS, camera serials, XMP) stripped because sharp drops it unless asked to keep it.
 * Results are cached by content hash, so an unchanged photo is processed once.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

import sharp from 'sharp';

import {
  IMAGE_FORMATS,
  IMAGE_WIDTHS,
  mediaUrl,
  type ImageFormat,
  type ImageSize,
} from './media-urls.ts';
import { mapLimit } from './read-record.ts';

export interface MediaResult {
  /** Width and height of the large image, by archive path. */
  images: Map<string, { width: number; height: number }>;
  warnings: string[];
  processed: number;
}

interface CachedImage {
  width: number;
  height: number;
}

export async function publishImages(
  archiveDir: string,
  cacheDir: string,
  outDir: string,
  paths: Iterable<string>,
): Promise<MediaResult> {
  const images = new Map<string, { width: number; height: number }>();
  const warnings: string[] = [];
  let processed = 0;
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  // path, size and time → content hash; the outputs are stored by content hash, so a photo
  // that is moved, or stored twice, is processed once.
  const indexFile = path.join(cacheDir, 'index.v8');
  const index = await readIndex(indexFile);
  const byContent = new Map<string, Promise<CachedImage>>();
  let indexChanged = false;
  await mapLimit([...new Set(paths)], availableParallelism() * 2, async (archivePath) => {
    const source = path.join(archiveDir, archivePath);
    try {
      const info = await stat(source);
      const statKey = `${archivePath}\0${info.size}\0${info.mtimeMs}`;
      let hash = index.get(statKey);
      if (!hash) {
        hash = createHash('sha256')
          .update(await readFile(source))
          .digest('hex')
          .slice(0, 32);
        index.set(statKey, hash);
        indexChanged = true;
      }
      const key = hash;
      let size = byContent.get(key);
      if (!size) {
        size = (async () => {
          // v2: WebP and JPEG (v1 caches had WebP only).
          const cachedInfo = path.join(cacheDir, `${key}.v2.json`);
          const known = await readJson(cachedInfo);
          if (known) return known;
          const made = await processImage(source, (name, format) =>
            path.join(cacheDir, `${key}-${name}.${IMAGE_FORMATS[format]}`),
          );
          await writeFile(cachedInfo, JSON.stringify(made));
          processed++;
          return made;
        })();
        byContent.set(key, size);
      }
      const dimensions = await size;
      for (const name of Object.keys(IMAGE_WIDTHS) as ImageSize[]) {
        for (const format of Object.keys(IMAGE_FORMATS) as ImageFormat[]) {
          await place(
            path.join(cacheDir, `${key}-${name}.${IMAGE_FORMATS[format]}`),
            path.join(outDir, mediaUrl(archivePath, name, format)),
          );
        }
      }
      images.set(archivePath, dimensions);
    } catch (error) {
      warnings.push(`${archivePath}: image not published: ${(error as Error).message}`);
    }
  });
  if (indexChanged) await writeIndex(indexFile, index);
  return { images, warnings, processed };
}

async function readIndex(file: string): Promise<Map<string, string>> {
  try {
    return deserialize(await readFile(file)) as Map<string, string>;
  } catch {
    return new Map();
  }
}

async function writeIndex(file: string, index: Map<string, string>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialize(index));
  await rename(temporary, file);
}

async function processImage(
  source: string,
  target: (size: ImageSize, format: ImageFormat) => string,
): Promise<CachedImage> {
  let large: CachedImage | undefined;
  for (const [name, width] of Object.entries(IMAGE_WIDTHS) as [ImageSize, number][]) {
    // rotate() applies the EXIF orientation before the metadata is dropped.
    const resized = sharp(source, { failOn: 'error' })
      .rotate()
      .resize({ width, withoutEnlargement: true });
    const output = await resized.clone().webp({ quality: 80 }).toFile(target(name, 'webp'));
    await resized
      .clone()
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toFile(target(name, 'jpeg'));
    if (name === 'large') large = { width: output.width, height: output.height };
  }
  return large!;
}

/** Hard-links a cached file into the output (a copy across devices); skips an identical one. */
async function place(from: string, to: string): Promise<void> {
  const [source, existing] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
  if (existing && existing.ino === source.ino && existing.dev === source.dev) return;
  if (existing) await rm(to);
  await link(from, to).catch(() => copyFile(from, to));
}

async function readJson(file: string): Promise<CachedImage | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CachedImage;
  } catch {
    return undefined;
  }
}
