/**
 * Folders of photos and videos (JPEG, HEIC, PNG, AVIF, WebP, MP4, MOV): one entry per file, or
 * with `--group day` one per day per folder. The date comes from EXIF DateTimeOriginal with
 * OffsetTimeOriginal, else CreateDate, else IFD0's DateTime; without an offset it is read in the
 * archive's time zone; without any the file's time is used; the entry says which (`dateSource`).
 * The caption (XMP or IPTC description, ImageDescription, XPComment, UserComment) is the entry's
 * text and XPTitle or the XMP title its title. EXIF strings lose their NUL padding and control
 * characters before anything is written. GPS becomes the entry's place; with `--geotag-photos`
 * a photo without GPS gets its place from the location history (photo-geotag.ts). Ids come
 * from the file's content, so a photo stored in two folders is imported once.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

import { decodeHTML } from 'entities';
import exifr from 'exifr';

import { inZone, parseIsoParts, resolveDate } from '../archive/dates.ts';
import type { FileView } from './file-view.ts';
import { FileTooLargeError, ImportInputError } from './file-view.ts';
import { plainTextToMarkdown } from './html.ts';
import { copyHashing } from './media-copy.ts';
import { geotagPhoto } from './photo-geotag.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer } from './types.ts';
import { photosSource, type PartOf } from '../archive/sources.ts';

export const PHOTO = /\.(jpe?g|heic|heif|png|avif|webp|tiff?)$/i;
export const VIDEO = /\.(mp4|mov|m4v)$/i;
/** Files beside photos that describe them: read from the photo itself instead. */
const SIDECAR = /\.(xmp|exif|aae|thm)$/i;
/** How often the importer tells how far it is through the folder, in files. */
const PROGRESS_FILES = 25;

/** An EXIF text field: a string, or bytes (UserComment, the Windows XP fields) before decoding. */
type ExifText = string | Uint8Array | number[];

interface Exif {
  DateTimeOriginal?: string;
  CreateDate?: string;
  /** IFD0's DateTime: when the file was last changed (exifr calls it ModifyDate). */
  ModifyDate?: string;
  OffsetTimeOriginal?: string;
  OffsetTimeDigitized?: string;
  OffsetTime?: string;
  Make?: ExifText;
  Model?: ExifText;
  LensModel?: ExifText;
  ImageDescription?: ExifText;
  XPTitle?: ExifText;
  XPComment?: ExifText;
  userComment?: ExifText;
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
  dateSource: 'exif' | 'exif-local' | 'exif-digitized' | 'exif-modified' | 'file-time';
  /** True when the date came from EXIF with its UTC offset, so it names one instant. */
  isExactTime: boolean;
  data: Pick<ImportedData, 'place' | 'camera' | 'lens' | 'exposure'>;
  /** Set when the place was found in the location history (`--geotag-photos`). */
  placeSource?: 'location-history';
  media: ImportedMedia;
  /** The photo's caption and title as its metadata gives them, cleaned; absent when none. */
  caption?: string;
  title?: string;
}

const FIELDS = [
  'DateTimeOriginal',
  'CreateDate',
  'ModifyDate',
  'OffsetTimeOriginal',
  'OffsetTimeDigitized',
  'OffsetTime',
  'ImageDescription',
  'XPTitle',
  'XPComment',
  'UserComment',
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

/**
 * An EXIF string as it may be shown: bytes decoded (a Windows XP field is UCS-2, UserComment
 * names its code in 8 bytes), cut at the first NUL (ASCII fields end there: `ION230\0F` is
 * `ION230`), without control characters or padding. Empty is undefined.
 */
export function cleanExifText(value: unknown): string | undefined {
  let text: string | undefined;
  if (typeof value === 'string') text = value;
  else if (value instanceof Uint8Array || Array.isArray(value)) {
    const bytes = Buffer.from(value as Uint8Array);
    text = bytes.toString('utf8');
  }
  if (text === undefined) return undefined;
  const cut = text.split('\u0000').find((part) => part.trim() !== '') ?? '';
  const clean = cut
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return clean === '' ? undefined : clean;
}

/** A Windows XP field (XPTitle, XPComment): UCS-2 little-endian bytes. */
function xpText(value: ExifText | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return cleanExifText(value);
  const bytes = Buffer.from(value as Uint8Array);
  return cleanExifText(bytes.subarray(0, bytes.length - (bytes.length % 2)).toString('utf16le'));
}

/** UserComment: 8 bytes naming its code (`ASCII`, `UNICODE`, `JIS`, or none), then the text. */
function userComment(value: ExifText | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return cleanExifText(value);
  const bytes = Buffer.from(value as Uint8Array);
  const code = bytes
    .subarray(0, 8)
    .toString('latin1')
    .replace(/\u0000+$/, '');
  const rest = bytes.subarray(8);
  if (code === 'UNICODE')
    return cleanExifText(rest.subarray(0, rest.length - (rest.length % 2)).toString('utf16le'));
  return cleanExifText(rest.toString(code === 'JIS' ? 'latin1' : 'utf8'));
}

/** What cameras write where a person writes a caption: never a caption. */
const CAMERA_PLACEHOLDER =
  /^(default|OLYMPUS DIGITAL CAMERA|SONY DSC|KONICA MINOLTA DIGITAL CAMERA|MINOLTA DIGITAL CAMERA|DIGITAL CAMERA|Exif_JPEG_PICTURE|EXIF_JPEG_PICTURE|LEAD Technologies Inc\. V1\.01|DCIM|SAMSUNG|CAMERA|IMAGE|Picture|untitled|Description|Title|Caption|v?\d+(\.\d+)+)$/i;

const caption = (text: string | undefined) =>
  text && !CAMERA_PLACEHOLDER.test(text) ? text : undefined;

/** XMP's `dc:description` / `dc:title` as exifr gives them: a string, or per language. */
function xmpText(value: unknown): string | undefined {
  // exifr leaves XML's entities (`&amp;`) as they are written.
  if (typeof value === 'string') return cleanExifText(decodeHTML(value));
  if (Array.isArray(value)) return xmpText(value[0]);
  if (value && typeof value === 'object') {
    const byLanguage = value as Record<string, unknown>;
    return xmpText(byLanguage['x-default'] ?? byLanguage.value ?? Object.values(byLanguage)[0]);
  }
  return undefined;
}

/** The XMP and IPTC description and title, read apart from EXIF (exifr's `pick` is EXIF's). */
async function xmpAndIptc(bytes: Buffer): Promise<{ caption?: string; title?: string }> {
  let found: Record<string, unknown> | undefined;
  try {
    found = (await exifr.parse(bytes, {
      tiff: false,
      xmp: true,
      iptc: true,
      icc: false,
      jfif: false,
      mergeOutput: true,
    })) as Record<string, unknown> | undefined;
  } catch {
    return {}; // a damaged XMP or IPTC block: EXIF's caption, if any, is used
  }
  if (!found) return {};
  // IPTC's ObjectName is a reference (`urn:newsml:…`), not a title: Headline is.
  return {
    caption: caption(xmpText(found.description) ?? iptcText(found.Caption)),
    title: caption(xmpText(found.title) ?? iptcText(found.Headline)),
  };
}

/**
 * An IPTC string: exifr reads its bytes as Latin-1, but most writers write UTF-8 (`Ã³` is `ó`),
 * and news agencies leave HTML entities in it (`&#39;`).
 */
function iptcText(value: unknown): string | undefined {
  if (Array.isArray(value)) return iptcText(value[0]);
  if (typeof value !== 'string') return undefined;
  const utf8 = Buffer.from(value, 'latin1').toString('utf8');
  return cleanExifText(decodeHTML(utf8.includes('\ufffd') ? value : utf8));
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
        userComment: true,
        reviveValues: false,
        pick: FIELDS,
      })) as Exif | undefined;
    } catch {
      exif = undefined; // unreadable EXIF (a damaged segment): the file's time is used instead
    }
  }
  // When it was taken, else digitized, else last changed (IFD0 DateTime), each with its offset.
  const clues: [string | undefined, string | undefined, Photo['dateSource']][] = [
    [exif?.DateTimeOriginal, exif?.OffsetTimeOriginal ?? exif?.OffsetTime, 'exif'],
    [exif?.CreateDate, exif?.OffsetTimeDigitized ?? exif?.OffsetTime, 'exif-digitized'],
    [exif?.ModifyDate, exif?.OffsetTime, 'exif-modified'],
  ];
  let date: string | undefined;
  let dateSource: Photo['dateSource'] = 'file-time';
  let isExactTime = false;
  for (const [value, offset, source] of clues) {
    const found = exifDate(typeof value === 'string' ? value : undefined, offset);
    if (!found) continue;
    const exact = /[+-]\d{2}:\d{2}$/.test(found);
    date = exact ? found : resolveDate(found, timeZone);
    dateSource = source === 'exif' && !exact ? 'exif-local' : source;
    isExactTime = exact;
    break;
  }
  if (date === undefined) {
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
  const make = cleanExifText(exif?.Make);
  const model = cleanExifText(exif?.Model);
  // `Canon` + `Canon PowerShot S40` is one name; `Google` + `Pixel` two.
  const camera =
    make && model?.toLowerCase().startsWith(make.toLowerCase())
      ? model
      : [make, model].filter(Boolean).join(' ');
  if (camera) data.camera = camera;
  const lens = cleanExifText(exif?.LensModel);
  if (lens) data.lens = lens;
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
  const extra = bytes ? await xmpAndIptc(bytes) : {};
  const captionText =
    extra.caption ??
    caption(cleanExifText(exif?.ImageDescription)) ??
    caption(xpText(exif?.XPComment)) ??
    caption(userComment(exif?.userComment));
  const title = extra.title ?? caption(xpText(exif?.XPTitle));
  return {
    file,
    hash,
    date,
    dateSource,
    isExactTime,
    data,
    media: { from: file, type: isVideo ? 'video' : 'image' },
    ...(captionText ? { caption: captionText } : {}),
    ...(title && title !== captionText ? { title } : {}),
  };
}

export const photosImporter: Importer<PartOf<typeof photosSource>> = {
  name: 'photos',
  version: '1',

  async detect(view: FileView): Promise<number> {
    return (await view.list()).some((file) => PHOTO.test(file) || VIDEO.test(file)) ? 0.1 : 0;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const all = await view.list();
    const files = all.filter(
      (file) => (PHOTO.test(file) || VIDEO.test(file)) && !/(^|\/)\./.test(file),
    );
    // What the importer knows and leaves out, said; any other file is named as not understood.
    for (const file of all) {
      if (/(^|\/)\./.test(file))
        yield { type: 'file', account: { file, status: 'not-imported', reason: 'a hidden file' } };
      else if (SIDECAR.test(file))
        yield {
          type: 'file',
          account: {
            file,
            status: 'not-imported',
            reason: "a photo's sidecar (XMP, EXIF, AAE, THM): its photo's own metadata is read",
          },
        };
    }
    if (files.length === 0)
      throw new ImportInputError(
        `${view.label}: no photos or videos here (JPEG, HEIC, PNG, AVIF, WebP, MP4, MOV)`,
      );
    const byDay = options.include.has('group-day');
    const seen = new Set<string>();
    const groups = new Map<string, Photo[]>();
    for (const [index, file] of files.entries()) {
      if (index % PROGRESS_FILES === 0)
        yield { type: 'progress', done: index, total: files.length, unit: 'files' };
      // One record per file, per file: an entry or a skip. Grouped by day, a photo is its
      // day's entry's media (coverage.ts counts it so).
      if (!byDay) yield { type: 'file', account: { file, status: 'read', records: 1 } };
      const photo = await readPhoto(view, file, options.config.timeZone);
      if ('skip' in photo) {
        yield { type: 'skip', reason: photo.skip, detail: file, file };
        continue;
      }
      if (seen.has(photo.hash)) {
        yield { type: 'skip', reason: 'the same photo again (stored once)', detail: file, file };
        continue;
      }
      seen.add(photo.hash);
      if (options.locationHistory) {
        const outcome = await geotagPhoto(photo, options.locationHistory);
        if (outcome) yield { type: 'geotag', file, outcome };
      }
      if (photo.dateSource === 'file-time')
        yield { type: 'warning', message: `${file}: no EXIF date; the file's time is used` };
      if (!byDay) {
        yield {
          type: 'entry',
          entry: {
            data: entryData(`photos:${photo.hash}`, [photo]),
            body: photo.caption ? plainTextToMarkdown(photo.caption) : '',
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
      // Each photo's caption, in the order they were taken, once each.
      const body = [...new Set(photos.map((photo) => photo.caption).filter(Boolean))]
        .map((text) => plainTextToMarkdown(text!))
        .join('\n\n');
      yield {
        type: 'entry',
        entry: { data, body, media: photos.map((photo) => photo.media), file: photos[0]!.file },
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
  if (photos.length === 1)
    data.title = first.title ?? path.posix.basename(first.file).replace(/\.[^.]+$/, '');
  if (first.dateSource !== 'exif') data.dateSource = first.dateSource;
  // A photo's own GPS first; a place from the location history only when none has GPS.
  const placed =
    photos.find((photo) => photo.data.place && !photo.placeSource) ??
    photos.find((photo) => photo.data.place);
  delete data.place;
  if (placed?.data.place) data.place = placed.data.place;
  if (placed?.placeSource) data.placeSource = placed.placeSource;
  return data;
}
