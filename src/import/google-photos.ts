/**
 * Google Photos in a Google Takeout export (a folder, a zip, or a folder of the
 * `takeout-…-001.zip` parts): `Takeout/Google Photos/<Photos from 2019 | album>/` with each
 * photo's JSON sidecar beside it. The date is the sidecar's `photoTakenTime` (UTC seconds),
 * written in the archive's time zone; the place is `geoDataExif`, else `geoData`; people and the
 * description come from the sidecar, albums (folders with a `metadata.json`) become tags.
 * Edited copies and a live photo's video join their original's entry. A photo in several
 * albums is stored once, by content, like the photo folder importer.
 */
import path from 'node:path';

import { inZone } from '../archive/dates.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { plainTextToMarkdown } from './html.ts';
import { readPhoto, type Photo } from './photos.ts';
import { oneRecord } from './records.ts';
import {
  originalName,
  parseSidecarName,
  sharedStem,
  SidecarIndex,
  type SidecarName,
} from './takeout-names.ts';
import type { FileAccount, ImportedData, ImportItem, Importer, ImportOptions } from './types.ts';
import { googlePhotosSource, type PartOf } from '../archive/sources.ts';

const MEDIA =
  /\.(jpe?g|heic|heif|png|avif|webp|tiff?|gif|bmp|dng|mp4|mov|m4v|3gp|mkv|avi|mpe?g|webm|wmv|mts)$/i;
const MOVING = /\.(mp4|mov|m4v|3gp|mkv|avi|mpe?g|webm|wmv|mts)$/i;
const TAKEOUT_PHOTOS = /(^|\/)Takeout\/Google (Photos|Fotos|Foto)\//i;
/** An album's own metadata, named in the account's language. */
const ALBUM_METADATA =
  /^(metadata|métadonnées|metadatos|metadades|metadati|metadaten|metagegevens)\.json$/iu;
/** Files of Google Photos that describe no photo. */
const NOT_SIDECARS =
  /^(print-subscriptions|shared_album_comments|user-generated-memory-titles)\.json$/i;

interface Geo {
  latitude?: number;
  longitude?: number;
}
interface Sidecar {
  title?: string;
  description?: string;
  url?: string;
  trashed?: boolean;
  photoTakenTime?: { timestamp?: string };
  creationTime?: { timestamp?: string };
  geoData?: Geo;
  geoDataExif?: Geo;
  people?: { name?: string }[];
}

/** A photo or video with its sidecar, the files that join it, and the albums it is in. */
interface Item {
  file: string;
  sidecar?: string;
  companions: string[];
  albums: Set<string>;
}

export const googlePhotosImporter: Importer<PartOf<typeof googlePhotosSource>> = {
  name: 'google-photos',
  version: '1',

  async detect(view: FileView): Promise<number> {
    return (await view.list()).some(
      (file) =>
        TAKEOUT_PHOTOS.test(file) ||
        /\.supplemental-metadata(\(\d+\))?\.json$/i.test(file) ||
        /\.(jpe?g|heic|png|mp4|mov)(\(\d+\))?\.json$/i.test(file),
    )
      ? 0.7
      : 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    let files = await view.list();
    if (files.some((file) => TAKEOUT_PHOTOS.test(file))) {
      // The rest of the Takeout: each product's files named with what would read them.
      for (const file of files)
        if (!TAKEOUT_PHOTOS.test(file)) yield { type: 'file', account: takeoutAccount(file) };
      files = files.filter((file) => TAKEOUT_PHOTOS.test(file));
    }
    const folders = new Map<string, string[]>();
    for (const file of files) {
      const folder = path.posix.dirname(file);
      (folders.get(folder) ?? folders.set(folder, []).get(folder)!).push(file);
    }
    const items: Item[] = [];
    for (const [folder, inFolder] of folders) {
      const album = yield* albumOf(view, folder, inFolder);
      const found = matchFolder(inFolder);
      for (const item of found.items) {
        if (album) item.albums.add(album);
        items.push(item);
      }
      for (const file of found.orphans) {
        yield { type: 'file', account: { file, status: 'read', records: 1 } };
        yield { type: 'skip', reason: 'metadata without its photo or video', detail: file, file };
      }
      for (const file of found.other)
        yield {
          type: 'file',
          account: {
            file,
            status: 'not-imported',
            reason: `Google Photos' ${path.posix.basename(file)}: not imported yet`,
          },
        };
    }
    if (items.length === 0)
      throw new ImportInputError(
        `${view.label}: no Google Photos here (photos or videos with Takeout's JSON sidecars)`,
      );
    yield* readItems(view, items, options.config.timeZone);
  },
};

/** The album a folder is, from its `metadata.json`; undefined for a year folder. */
async function* albumOf(
  view: FileView,
  folder: string,
  files: string[],
): AsyncGenerator<ImportItem, string | undefined> {
  const metadata = files.find((file) => ALBUM_METADATA.test(path.posix.basename(file)));
  if (!metadata) return undefined;
  const name = path.posix.basename(folder);
  // Read for the album's name, which its photos carry as a tag: no entry of its own.
  yield { type: 'file', account: { file: metadata, status: 'read', records: 0 } };
  try {
    const title = (JSON.parse(await view.text(metadata)) as { title?: unknown }).title;
    return typeof title === 'string' && title.trim() ? title.trim() : name;
  } catch (error) {
    yield { type: 'warning', message: `${metadata}: not valid JSON (${(error as Error).message})` };
    return name;
  }
}

/** Pairs one folder's media with their sidecars; sidecars left over have lost their photo. */
function matchFolder(files: string[]): { items: Item[]; orphans: string[]; other: string[] } {
  const sidecars = new Map<string, SidecarName>();
  const media: string[] = [];
  const other: string[] = [];
  for (const file of files) {
    const name = path.posix.basename(file);
    if (MEDIA.test(name)) media.push(file);
    else if (ALBUM_METADATA.test(name)) continue;
    else if (NOT_SIDECARS.test(name)) other.push(file);
    else {
      const parsed = parseSidecarName(name);
      if (parsed) sidecars.set(file, parsed);
    }
  }
  const index = new SidecarIndex(sidecars);
  const names = new Set(media.map((file) => path.posix.basename(file).normalize('NFC')));
  const items = new Map<string, Item>();
  const later: string[] = [];
  const used = new Set<string>();
  for (const file of media) {
    const match = index.find(path.posix.basename(file));
    if (match) used.add(match.file);
    // An edited copy joins its original when the original is here too.
    if (!match || (match.isEdited && names.has(originalName(file)))) later.push(file);
    else items.set(file, { file, sidecar: match.file, companions: [], albums: new Set() });
  }
  const byStem = new Map<string, Item>();
  for (const item of items.values()) {
    const stem = sharedStem(path.posix.basename(item.file));
    if (!byStem.has(stem) || MOVING.test(byStem.get(stem)!.file)) byStem.set(stem, item);
  }
  for (const file of later) {
    const owner = byStem.get(sharedStem(path.posix.basename(file)));
    if (owner) owner.companions.push(file);
    else items.set(file, { file, companions: [], albums: new Set() });
  }
  const orphans = [...sidecars.keys()].filter((file) => !used.has(file));
  return { items: [...items.values()], orphans, other };
}

/** Takeout's products, by their folder under `Takeout/`, that another importer reads. */
const TAKEOUT_READ_BY: Record<string, string> = { Mail: 'inhale import mail' };

/** A file of the Takeout outside Google Photos: its product named, and what reads it, if any. */
export function takeoutAccount(file: string): FileAccount {
  const product = /(?:^|\/)Takeout\/([^/]+)\//.exec(file)?.[1];
  if (!product)
    return /(?:^|\/)Takeout\/archive_browser\.html$/.test(file)
      ? { file, status: 'not-imported', reason: "Google Takeout's index page" }
      : { file, status: 'not-understood', reason: 'not part of Google Photos' };
  const reader = TAKEOUT_READ_BY[product];
  return {
    file,
    status: 'not-imported',
    reason: reader
      ? `Google Takeout's ${product}: ${reader} reads it`
      : `Google Takeout's ${product} — no importer yet`,
  };
}

/** Reads each item's photo and sidecar; the same photo in several folders becomes one entry. */
async function* readItems(
  view: FileView,
  items: Item[],
  timeZone: string,
): AsyncGenerator<ImportItem> {
  const byHash = new Map<string, { item: Item; photo: Photo }>();
  for (const item of items) {
    // One record per photo, counted against its sidecar (the entry's file) or, without one, itself.
    const file = item.sidecar ?? item.file;
    yield { type: 'file', account: { file, status: 'read', records: 1 } };
    const photo = await readPhoto(view, item.file, timeZone);
    if ('skip' in photo) {
      yield { type: 'skip', reason: photo.skip, detail: item.file, file };
      if (item.file !== file)
        yield {
          type: 'file',
          account: { file: item.file, status: 'not-imported', reason: photo.skip },
        };
      continue;
    }
    const first = byHash.get(photo.hash);
    if (first) {
      for (const album of item.albums) first.item.albums.add(album);
      // The copy's own files are the photo already imported: named, not lost.
      for (const copy of [item.file, ...item.companions])
        if (copy !== file)
          yield {
            type: 'file',
            account: {
              file: copy,
              status: 'not-imported',
              reason: `the same photo as ${first.item.file} (stored once)`,
            },
          };
      yield { type: 'skip', reason: 'the same photo again (stored once)', detail: item.file, file };
      continue;
    }
    byHash.set(photo.hash, { item, photo });
  }
  for (const [index, read] of [...byHash.values()].entries())
    yield* oneRecord(read.item.sidecar ?? read.item.file, index, read, () =>
      photoItems(view, read.item, read.photo, timeZone),
    );
}

/** One photo with its sidecar; a sidecar that is not a JSON object leaves the photo's own date. */
async function* photoItems(
  view: FileView,
  item: Item,
  photo: Photo,
  timeZone: string,
): AsyncGenerator<ImportItem> {
  let sidecar: Sidecar = {};
  if (item.sidecar) {
    try {
      sidecar = JSON.parse(await view.text(item.sidecar)) as Sidecar;
      if (typeof sidecar !== 'object' || sidecar === null || Array.isArray(sidecar))
        throw new Error('not an object');
    } catch (error) {
      sidecar = {};
      yield {
        type: 'warning',
        message: `${item.sidecar}: not valid JSON (${(error as Error).message}); the photo's own date is used`,
      };
    }
  } else
    yield {
      type: 'warning',
      message: `${item.file}: no Takeout metadata; the photo's own date is used`,
    };
  if (sidecar.trashed)
    return yield {
      type: 'skip',
      reason: 'in the bin (trashed)',
      detail: item.file,
      file: item.sidecar ?? item.file,
    };
  yield {
    type: 'entry',
    entry: {
      data: entryData(item, photo, sidecar, timeZone),
      ...entryContent(item, photo, sidecar),
    },
  };
}

function entryData(item: Item, photo: Photo, sidecar: Sidecar, timeZone: string): ImportedData {
  const isVideo = MOVING.test(item.file);
  const data: ImportedData = {
    id: `google-photos:${photo.hash}`,
    kind: isVideo ? 'video' : 'photo',
    ...dateOf(sidecar, photo, timeZone),
    ...photo.data,
  };
  const title = sidecar.title?.trim() || path.posix.basename(item.file);
  data.title = title.replace(/\.[^.]+$/, '') || title;
  const place = placeOf(sidecar.geoDataExif) ?? placeOf(sidecar.geoData);
  if (place) data.place = place;
  const people = [...new Set((sidecar.people ?? []).map((person) => person.name?.trim() ?? ''))];
  if (people.some(Boolean)) data.people = people.filter(Boolean);
  if (item.albums.size > 0) data.tags = [...item.albums].sort();
  if (typeof sidecar.url === 'string' && /^https?:\/\//.test(sidecar.url)) data.url = sidecar.url;
  return data;
}

function entryContent(item: Item, photo: Photo, sidecar: Sidecar) {
  const media = [
    { ...photo.media, type: MOVING.test(item.file) ? ('video' as const) : ('image' as const) },
    ...item.companions.map((file) => ({
      from: file,
      type: MOVING.test(file) ? ('video' as const) : ('image' as const),
    })),
  ];
  // Google's description, else the caption the photo carries itself (photos.ts).
  const body = plainTextToMarkdown(sidecar.description?.trim() || photo.caption || '');
  return { body, media, file: item.sidecar ?? item.file };
}

/** `photoTakenTime` first; without it the photo's EXIF, then the upload time, then the file's. */
function dateOf(
  sidecar: Sidecar,
  photo: Photo,
  timeZone: string,
): Pick<ImportedData, 'dateSource'> & { date: string } {
  const taken = Number(sidecar.photoTakenTime?.timestamp);
  if (taken > 0) return { date: inZone(new Date(taken * 1000).toISOString(), timeZone) };
  if (photo.dateSource === 'exif') return { date: photo.date };
  if (photo.dateSource === 'exif-local' || photo.dateSource === 'exif-digitized')
    return { date: photo.date, dateSource: photo.dateSource };
  const created = Number(sidecar.creationTime?.timestamp);
  if (created > 0)
    return {
      date: inZone(new Date(created * 1000).toISOString(), timeZone),
      dateSource: 'upload-time',
    };
  return { date: photo.date, dateSource: photo.dateSource };
}

/** Takeout writes 0, 0 for "no place". */
function placeOf(geo: Geo | undefined): { lat: number; lon: number } | undefined {
  const [lat, lon] = [Number(geo?.latitude), Number(geo?.longitude)];
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat: Number(lat.toFixed(6)), lon: Number(lon.toFixed(6)) };
}
