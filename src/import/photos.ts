/**
 * Folders of photos and videos (JPEG, HEIC, PNG, AVIF, WebP, MP4, MOV): one entry per file, or
 * with `--group day` one per day per folder. The date comes from EXIF DateTimeOriginal with
 * OffsetTimeOriginal; without an offset it is read in the archive's time zone; without EXIF the
 * file's time is used and the entry says so (`dateSource`). GPS becomes the entry's place.
 * Ids come from the file's content, so a photo stored in two folders is imported once.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

import exifr from 'exifr';

import { inZone, parseIsoParts, resolveDate } from '../archive/dates.ts';
import type { FileView } from './file-view.ts';
import { FileTooLargeError, ImportInputError } from './file-view.ts';
import { copyHashing } from './media-copy.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer } from './types.ts';
import { photosSource, type PartOf } from '../archive/sources.ts';

export const PHOTO = /\.(jpe?g|heic|heif|png|avif|webp|tiff?)$/i;
export const VIDEO = /\.(mp4|mov|m4v)$/i;

interface Exif {
  DateTimeOriginal?: string;
  CreateDate?: string;
  OffsetTimeOriginal?: string;
  OffsetTime?: string;
  Make?: string;
  Model?: string;
  LensModel?: string;
  ExposureTime?: number;
  FNumber?: number;
  ISO?: number;
  FocalLength?: number;
  latitude?: number;
  longitude?: number;
}

/** A photo or video as read from its bytes: content hash, date, EXIF fields, media reference. */
export interface Photo {
  file: string;
  hash: string;
  date: string;
  dateSource: 'exif' | 'exif-local' | 'file-time';
  data: Pick<ImportedData, 'place' | 'camera' | 'lens' | 'exposure'>;
  media: ImportedMedia;
}

const FIELDS = [
  'DateTimeOriginal',
  'CreateDate',
  'OffsetTimeOriginal',
  'OffsetTime',
  'Make',
  'Model',
  'LensModel',
  'ExposureTime',
  'FNumber',
  'ISO',
  'FocalLength',
  'latitude',
  'longitude',
  'GPSLatitude',
  'GPSLongitude',
  'GPSLatitudeRef',
  'GPSLongitudeRef',
];

/** EXIF `2018:07:25 16:34:23` and `+02:00` → an ISO date, with its offset when there is one. */
export function exifDate(
  value: string | undefined,
  offset: string | undefined,
): string | undefined {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value ?? '');
  if (!match || match[1] === '0000') return undefined;
  const local = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '';
  return parseIsoParts(local + zone) ? local + zone : undefined;
}

/** Reads a photo's hash and EXIF; the date falls back to the file's time (or a skip). */
export async function readPhoto(
  view: FileView,
  file: string,
  timeZone: string,
): Promise<Photo | { skip: string }> {
  const isVideo = VIDEO.test(file);
  // A video may be gigabytes and only a photo's EXIF needs the bytes: a video is hashed as it streams.
  let bytes: Buffer | undefined;
  if (!isVideo) {
    try {
      bytes = await view.buffer(file);
    } catch (error) {
      if (error instanceof FileTooLargeError) return { skip: 'file too large to read whole' };
      throw error;
    }
  }
  const hash = (
    bytes
      ? createHash('sha256').update(bytes).digest('hex')
      : (await copyHashing(await view.stream(file), undefined)).hash
  ).slice(0, 20);
  let exif: Exif | undefined;
  if (bytes) {
    try {
      exif = (await exifr.parse(bytes, {
        gps: true,
        tiff: true,
        exif: true,
        xmp: false,
        icc: false,
        iptc: false,
        reviveValues: false,
        pick: FIELDS,
      })) as Exif | undefined;
    } catch {
      exif = undefined; // unreadable EXIF (a damaged segment): the file's time is used instead
    }
  }
  const taken = exifDate(
    exif?.DateTimeOriginal ?? exif?.CreateDate,
    exif?.OffsetTimeOriginal ?? exif?.OffsetTime,
  );
  let date: string;
  let dateSource: Photo['dateSource'];
  if (taken && /[+-]\d{2}:\d{2}$/.test(taken)) [date, dateSource] = [taken, 'exif'];
  else if (taken) [date, dateSource] = [resolveDate(taken, timeZone), 'exif-local'];
  else {
    const modified = await view.modified(file);
    if (modified === undefined) return { skip: 'photo without a date (no EXIF, no file time)' };
    [date, dateSource] = [inZone(new Date(modified).toISOString(), timeZone), 'file-time'];
  }
  const data: Photo['data'] = {};
  if (exif && Number.isFinite(exif.latitude) && Number.isFinite(exif.longitude)) {
    data.place = {
      lat: Number(exif.latitude!.toFixed(6)),
      lon: Number(exif.longitude!.toFixed(6)),
    };
  }
  const camera = [exif?.Make, exif?.Model?.replace(exif?.Make ?? '\u0000', '').trim()]
    .filter(Boolean)
    .join(' ');
  if (camera) data.camera = camera;
  if (exif?.LensModel) data.lens = exif.LensModel;
  const exposure = [
    exif?.ExposureTime
      ? exif.ExposureTime < 1
        ? `1/${Math.round(1 / exif.ExposureTime)} s`
        : `${exif.ExposureTime} s`
      : '',
    exif?.FNumber ? `f/${exif.FNumber}` : '',
    exif?.ISO ? `ISO ${exif.ISO}` : '',
    exif?.FocalLength ? `${Math.round(exif.FocalLength * 10) / 10} mm` : '',
  ].filter(Boolean);
  if (exposure.length > 0) data.exposure = exposure.join(', ');
  return {
    file,
    hash,
    date,
    dateSource,
    data,
    media: { from: file, type: isVideo ? 'video' : 'image' },
  };
}

export const photosImporter: Importer<PartOf<typeof photosSource>> = {
  name: 'photos',
  version: '1',

  async detect(view: FileView): Promise<number> {
    return (await view.list()).some((file) => PHOTO.test(file) || VIDEO.test(file)) ? 0.1 : 0;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = (await view.list()).filter(
      (file) => (PHOTO.test(file) || VIDEO.test(file)) && !/(^|\/)\./.test(file),
    );
    if (files.length === 0)
      throw new ImportInputError(
        `${view.label}: no photos or videos here (JPEG, HEIC, PNG, AVIF, WebP, MP4, MOV)`,
      );
    const byDay = options.include.has('group-day');
    const seen = new Set<string>();
    const groups = new Map<string, Photo[]>();
    for (const file of files) {
      const photo = await readPhoto(view, file, options.config.timeZone);
      if ('skip' in photo) {
        yield { type: 'skip', reason: photo.skip, detail: file };
        continue;
      }
      if (seen.has(photo.hash)) {
        yield { type: 'skip', reason: 'the same photo again (stored once)' };
        continue;
      }
      seen.add(photo.hash);
      if (photo.dateSource === 'file-time')
        yield { type: 'warning', message: `${file}: no EXIF date; the file's time is used` };
      if (!byDay) {
        yield {
          type: 'entry',
          entry: {
            data: entryData(`photos:${photo.hash}`, [photo]),
            body: '',
            media: [photo.media],
            file,
          },
        };
        continue;
      }
      const key = `${path.posix.dirname(file)}\u0000${photo.date.slice(0, 10)}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(photo);
    }
    for (const [key, photos] of groups) {
      photos.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
      const id = `photos:day-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
      const folder = path.posix.basename(path.posix.dirname(photos[0]!.file));
      const data = entryData(id, photos);
      if (folder && folder !== '.') data.title = `${folder}, ${photos[0]!.date.slice(0, 10)}`;
      yield {
        type: 'entry',
        entry: { data, body: '', media: photos.map((photo) => photo.media), file: photos[0]!.file },
      };
    }
  },
};

function entryData(id: string, photos: Photo[]): ImportedData {
  const [first] = photos as [Photo];
  const isVideo = photos.every((photo) => photo.media.type === 'video');
  const data: ImportedData = {
    id,
    kind: isVideo ? 'video' : 'photo',
    date: first.date,
    ...first.data,
  };
  if (photos.length === 1) data.title = path.posix.basename(first.file).replace(/\.[^.]+$/, '');
  if (first.dateSource !== 'exif') data.dateSource = first.dateSource;
  const place = photos.find((photo) => photo.data.place)?.data.place;
  if (place) data.place = place;
  return data;
}
