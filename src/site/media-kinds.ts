/**
 * What a build publishes of each media file, decided from its bytes and not from its name or
 * its `type:`: an archive made by an older import may hold `<hash>.html` typed `video`, and a
 * person may put any file beside an entry (issue 15). Only raster images go to sharp and only
 * sounds and videos to ffmpeg; every other file is published as a download, under
 * `downloads/` with an extension no browser runs, and only by a private build (nothing removes
 * a document's metadata).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { safeExtension, sniffFile, type FileKind, type SniffedFile } from '../archive/file-kind.ts';
import type { EntryRecord } from '../shared/entry-types.ts';
import { place } from './media-cache.ts';
import type { StreamItem } from './media-streams.ts';
import { downloadUrl, mediaTypeOf, type PublishedStream } from '../shared/media-urls.ts';
import { mapLimit } from '../shared/map-limit.ts';

export interface DownloadItem {
  path: string;
  extension: string;
}

export interface SortedMedia {
  /** Archive paths of raster images. */
  images: string[];
  streams: StreamItem[];
  downloads: DownloadItem[];
  /** Each file whose bytes are not what its entry says, and what became of it. */
  refused: { record: EntryRecord; item: string; message: string }[];
}

/** Sorts the records' media by what their bytes are. */
export async function sortMedia(archiveDir: string, records: EntryRecord[]): Promise<SortedMedia> {
  // An image of the gallery is in both lists: once, as an image.
  const named = (record: EntryRecord) => [
    ...record.images.map((item) => ({ path: item, type: 'image' as const })),
    ...record.media
      .filter((item) => !record.images.includes(item.path))
      .map((item) => ({ path: item.path, type: mediaTypeOf(item) })),
  ];
  const paths = new Set(records.flatMap((record) => named(record).map((item) => item.path)));
  const sniffed = new Map<string, SniffedFile | undefined>();
  await mapLimit([...paths], 16, async (item) => {
    // A missing file keeps what its entry says; publishing it then names the problem.
    sniffed.set(item, await sniffFile(path.join(archiveDir, item)).catch(() => undefined));
  });
  const sorted: SortedMedia = { images: [], streams: [], downloads: [], refused: [] };
  for (const record of records)
    for (const { path: item, type } of named(record)) {
      const bytes = sniffed.get(item) ?? { kind: type, extension: 'bin' };
      const extension = safeExtension(item, bytes);
      if (type === 'image' && bytes.kind === 'image') sorted.images.push(item);
      else if (isStream(type) && isStream(bytes.kind))
        sorted.streams.push({ path: item, type, extension }); // an MP4 may be either: as written
      else {
        // A body's image that is not one is only left out: it has no place in the gallery.
        const linked = record.media.some((media) => media.path === item);
        if (linked) sorted.downloads.push({ path: item, extension });
        if (type !== 'file')
          sorted.refused.push({ record, item, message: refusal(type, extension, linked) });
      }
    }
  return sorted;
}

const isStream = (kind: FileKind): kind is 'video' | 'audio' =>
  kind === 'video' || kind === 'audio';

const NAMES = { image: 'an image', video: 'a video', audio: 'a sound', file: 'a file' };

const refusal = (type: FileKind, extension: string, linked: boolean) =>
  `its bytes are not ${NAMES[type]} (.${extension}); ${linked ? 'offered as a download' : 'left out'}`;

/** Places each download under `downloads/`; returns them as published, and why any failed. */
export function publishDownloads(
  archiveDir: string,
  outDir: string,
  items: DownloadItem[],
): { downloads: Map<string, PublishedStream>; failures: Map<string, string> } {
  const downloads = new Map<string, PublishedStream>();
  const failures = new Map<string, string>();
  if (items.length > 0) mkdirSync(path.join(outDir, 'downloads'), { recursive: true });
  for (const item of items) {
    const url = downloadUrl(item.path, item.extension);
    try {
      place(path.join(archiveDir, item.path), path.join(outDir, url));
      downloads.set(item.path, { type: 'file', url });
    } catch (error) {
      failures.set(item.path, (error as Error).message);
    }
  }
  return { downloads, failures };
}
