/**
 * Publishes an entry's videos and sounds. With ffmpeg on PATH each is rewritten without its
 * metadata (streams copied, not re-encoded) and a video gets a poster frame. Without ffmpeg the
 * file is published as it is, which only a private build may do: a phone's video says where it
 * was filmed, and nothing else here can remove that.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { place, type MediaCache } from './media-cache.ts';
import { IMAGE_WIDTHS, streamUrl, type PublishedStream } from '../shared/media-urls.ts';
import { loadSharp } from '../shared/load-sharp.ts';
import { mapLimit } from '../shared/map-limit.ts';

const run = promisify(execFile);

/** Longest an ffmpeg run may take on one file (a long video is copied, not re-encoded). */
const FFMPEG_TIMEOUT_MS = 10 * 60 * 1000;

let found: string | null | undefined;

/**
 * The ffmpeg to use, or undefined when there is none. `INHALE_FFMPEG` names another binary
 * (`none` pretends there is none); otherwise `ffmpeg` on PATH. Looked up once per process.
 */
export function findFfmpeg(): string | undefined {
  if (found === undefined) {
    const candidate = process.env.INHALE_FFMPEG ?? 'ffmpeg';
    const probe =
      candidate === 'none' ? undefined : spawnSync(candidate, ['-version'], { stdio: 'ignore' });
    found = probe && probe.status === 0 ? candidate : null;
  }
  return found ?? undefined;
}

export interface StreamItem {
  /** Archive-relative. */
  path: string;
  type: 'video' | 'audio';
  /** The extension (no dot) to publish it under: see safeExtension. */
  extension: string;
}

export async function publishStreams(
  archiveDir: string,
  outDir: string,
  cache: MediaCache,
  items: StreamItem[],
  ffmpeg: string | undefined,
): Promise<{
  streams: Map<string, PublishedStream>;
  failures: Map<string, string>;
  files: string[];
}> {
  const streams = new Map<string, PublishedStream>();
  const failures = new Map<string, string>();
  const files: string[] = [];
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  const unique = [...new Map(items.map((item) => [item.path, item])).values()];
  // ffmpeg copies streams: disk-bound, two at a time is plenty.
  await mapLimit(unique, 2, async (item) => {
    const source = path.join(archiveDir, item.path);
    const url = streamUrl(item.path, 'stream', item.extension);
    const target = path.join(outDir, url);
    try {
      if (!ffmpeg) {
        place(source, target);
        files.push(url);
        streams.set(item.path, { type: item.type, url });
        return;
      }
      const key = await cache.hashOf(archiveDir, item.path);
      const extension = path.extname(target);
      const made =
        (await cache.readJson<{ poster?: { width: number; height: number } }>(
          `${key}.stream.json`,
        )) ?? (await stripped(ffmpeg, source, cache, key, extension, item.type));
      place(cache.file(`${key}-stream${extension}`), target);
      files.push(url);
      const published: PublishedStream = { type: item.type, url };
      if (made.poster) {
        place(cache.file(`${key}-poster.jpg`), path.join(outDir, streamUrl(item.path, 'poster')));
        published.poster = { url: streamUrl(item.path, 'poster'), ...made.poster };
        files.push(published.poster.url);
      }
      streams.set(item.path, published);
    } catch (error) {
      failures.set(item.path, (error as Error).message.split('\n')[0] ?? 'failed');
    }
  });
  await cache.save();
  return { streams, failures, files };
}

/** Rewrites the file into the cache without metadata, and takes a poster frame from a video. */
async function stripped(
  ffmpeg: string,
  source: string,
  cache: MediaCache,
  key: string,
  extension: string,
  type: StreamItem['type'],
): Promise<{ poster?: { width: number; height: number } }> {
  const temporary = cache.file(`${key}-stream.${process.pid}.tmp${extension}`);
  await run(
    ffmpeg,
    [
      ...['-v', 'error', '-nostdin', '-y', '-i', source],
      // Video and sound only: data tracks (an iPhone's timed location, chapters) are left behind.
      ...['-map', '0:v?', '-map', '0:a?', '-c', 'copy', '-map_chapters', '-1'],
      ...['-map_metadata', '-1', '-map_metadata:s:v', '-1', '-map_metadata:s:a', '-1'],
      ...['-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'],
      ...(/^\.(mp4|m4v|mov|m4a)$/.test(extension) ? ['-movflags', '+faststart'] : []),
      temporary,
    ],
    { timeout: FFMPEG_TIMEOUT_MS },
  );
  await rename(temporary, cache.file(`${key}-stream${extension}`));
  const made: { poster?: { width: number; height: number } } = {};
  if (type === 'video') made.poster = await posterFrame(ffmpeg, source, cache, key);
  await cache.writeJson(`${key}.stream.json`, made);
  return made;
}

/** A representative frame of the first seconds, as a JPEG no wider than the large images. */
async function posterFrame(
  ffmpeg: string,
  source: string,
  cache: MediaCache,
  key: string,
): Promise<{ width: number; height: number } | undefined> {
  const frame = cache.file(`${key}-frame.${process.pid}.png`);
  try {
    await run(
      ffmpeg,
      ['-v', 'error', '-nostdin', '-y', '-i', source, '-map', '0:v:0', '-vf', 'thumbnail'].concat([
        '-frames:v',
        '1',
        frame,
      ]),
      { timeout: FFMPEG_TIMEOUT_MS },
    );
    const sharp = await loadSharp();
    const output = await sharp(frame)
      .resize({ width: IMAGE_WIDTHS.large, withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toFile(cache.file(`${key}-poster.jpg`));
    return { width: output.width, height: output.height };
  } catch {
    return undefined; // no readable frame: the neutral poster stands in
  } finally {
    await rm(frame, { force: true });
  }
}
