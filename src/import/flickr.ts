/**
 * Flickr's account data export: the account zip (`<nsid>_<hex>_part1.zip`: `photo_<id>.json`
 * per photo, `albums.json`, `galleries.json`, `photos_comments_partNNN.json`) and the media zips
 * (`data-download-1.zip` …, files named `<name>_<id>_o.jpg`), as zips, folders, or a folder of
 * the parts. One entry per photo (title, description, tags, place with Flickr's accuracy, date
 * taken, upload date, licence, privacy), albums as tags, a gallery as an entry of links, and the
 * comments you wrote as entries of their own.
 */
import path from 'node:path';

import { resolveDate } from '../archive/dates.ts';
import type { Visibility } from '../archive/schema.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { flickrExtras, localDate, readCollection, type Collection } from './flickr-extras.ts';
import { htmlToMarkdown } from './html.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer, ImportOptions } from './types.ts';
import { flickrSource, type PartOf } from '../archive/sources.ts';
import { damagedFile } from './coverage.ts';
import { oneRecord } from './records.ts';

const PHOTO_JSON = /(^|\/)photo_(\d+)\.json$/;

/** Files of Flickr's account export that inhale knows and does not import (yet). */
const NOT_IMPORTED: [RegExp, string][] = [
  [/^account_profile\.json$/, "Flickr's account profile: not imported"],
  [/^account_testimonials\.json$/, "Flickr's testimonials: no importer yet"],
  [/^contacts_part\d+\.json$/, "Flickr's contacts: no importer yet"],
  [/^followers_part\d+\.json$/, "Flickr's followers: no importer yet"],
  [/^faves_part\d+\.json$/, "Flickr's faves (photos you liked): no importer yet"],
  [/^groups(_part\d+)?\.json$/, "Flickr's groups: no importer yet"],
  [/^(received|sent)_flickrmail_part\d+\.json$/, 'FlickrMail: no importer yet'],
  [
    /^(apps_comments|galleries_comments|sets_comments|group_discussions)_part\d+\.json$/,
    "Flickr's comments on apps, galleries, albums and groups: no importer yet",
  ],
];
const VIDEO = /\.(mp4|mov|m4v|3gp|avi|mpe?g|wmv|mts)$/i;
/** `name_<id>_o.jpg`, `<id>_<secret>_o.jpg`, `name_<id>.mp4`: the photo id in a media name. */
const MEDIA_ID = /(?:^|_)(\d{4,})(?:_[0-9a-f]{6,})?(?:_o)?\.[a-z0-9]+$/i;

interface FlickrPhoto {
  id?: string;
  name?: string;
  description?: string;
  date_taken?: string;
  date_imported?: string;
  photopage?: string;
  license?: string;
  privacy?: string;
  safety?: string;
  geo?: FlickrGeo[] | FlickrGeo;
  tags?: ({ tag?: string } | string)[];
  people?: (string | { name?: string; username?: string; user?: string })[];
  albums?: (string | { id?: string; title?: string })[];
  comments?: { user?: string; comment?: string; message?: string; date?: string }[];
}
interface FlickrGeo {
  latitude?: string | number;
  longitude?: string | number;
  accuracy?: string | number;
}

export const flickrImporter: Importer<PartOf<typeof flickrSource>> = {
  name: 'flickr',
  version: '1',

  async detect(view: FileView): Promise<number> {
    return (await view.list()).some((file) => PHOTO_JSON.test(file)) ? 0.7 : 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const { timeZone, defaultVisibility } = options.config;
    const files = await view.list();
    const photos = files.filter((file) => PHOTO_JSON.test(file));
    if (photos.length === 0)
      throw new ImportInputError(
        `${view.label}: no photo_<id>.json here: is this Flickr's data export? Point at the folder of its zips`,
      );
    const media = new Map<string, string>();
    for (const file of files) {
      const id = MEDIA_ID.exec(path.posix.basename(file))?.[1];
      if (id && !file.endsWith('.json') && !media.has(id)) media.set(id, file);
    }
    const albums = yield* readCollection(view, files, 'albums');
    const galleries = yield* readCollection(view, files, 'galleries');
    const tagsOf = collectionTags([...albums, ...galleries]);
    const albumTitles = new Map(albums.map((album) => [album.id, album.title]));
    const ids = new Set<string>();
    for (const file of files) {
      const name = path.posix.basename(file);
      const known = NOT_IMPORTED.find(([pattern]) => pattern.test(name));
      if (known && !PHOTO_JSON.test(file))
        yield { type: 'file', account: { file, status: 'not-imported', reason: known[1] } };
    }
    for (const [index, file] of photos.entries()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await view.text(file));
      } catch (error) {
        // A damaged photo_<id>.json is named; the other photos are imported.
        yield damagedFile(file, `not valid JSON (${(error as Error).message})`);
        continue;
      }
      // One record per photo file: its entry, or a skip.
      yield { type: 'file', account: { file, status: 'read', records: 1 } };
      // Valid JSON that is not a photo (null, a number, a list) is a bad record: skipped, named.
      yield* oneRecord(file, index, parsed, async function* (photo: FlickrPhoto) {
        const id = String(photo.id ?? PHOTO_JSON.exec(file)![2]);
        ids.add(id);
        const date = dateOf(photo, timeZone);
        if (!date) {
          yield {
            type: 'skip',
            reason: 'photo without a date taken or uploaded',
            detail: file,
            file,
          };
          return;
        }
        const from = media.get(id);
        if (!from)
          yield {
            type: 'warning',
            message: `${file}: the photo itself is not in the export (is a data-download part missing?)`,
          };
        const data: ImportedData = {
          id: `flickr:${id}`,
          kind: from && VIDEO.test(from) ? 'video' : 'photo',
          ...date,
          ...describe(photo, [...(tagsOf.get(id) ?? []), ...ownAlbums(photo, albumTitles)]),
          ...visibilityOf(photo.privacy, defaultVisibility),
        };
        const items: ImportedMedia[] = from
          ? [{ from, type: VIDEO.test(from) ? 'video' : 'image' }]
          : [];
        yield { type: 'entry', entry: { data, body: bodyOf(photo), media: items, file } };
      });
    }
    yield* flickrExtras(view, files, { albums, galleries, ids, timeZone });
  },
};

/** Flickr's date taken is the camera's local time; without it, the upload date. */
function dateOf(
  photo: FlickrPhoto,
  timeZone: string,
): (Pick<ImportedData, 'dateSource' | 'uploaded'> & { date: string }) | undefined {
  const uploaded = localDate(photo.date_imported);
  const taken = localDate(photo.date_taken);
  const date = taken ?? uploaded;
  if (!date) return undefined;
  return {
    date: resolveDate(date, timeZone),
    dateSource: taken ? 'taken-local' : 'upload-time',
    ...(uploaded ? { uploaded } : {}),
  };
}

function describe(photo: FlickrPhoto, collections: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const title = photo.name?.trim();
  if (title) data.title = title;
  const raw = (photo.tags ?? [])
    .map((tag) => (typeof tag === 'string' ? tag : (tag.tag ?? '')).trim())
    .filter(Boolean);
  // Machine tags (`uploaded:by=instagram`) are data for programs, not words for a tag page.
  const isMachine = (tag: string) => /^[a-z0-9_]+:[a-z0-9_]+=/i.test(tag);
  const tags = [...new Set([...raw.filter((tag) => !isMachine(tag)), ...collections])];
  if (tags.length > 0) data.tags = tags;
  if (raw.some(isMachine)) data.machineTags = raw.filter(isMachine);
  const people = (photo.people ?? [])
    .map((person) =>
      typeof person === 'string' ? person : (person.name ?? person.username ?? person.user ?? ''),
    )
    .filter(Boolean);
  if (people.length > 0) data.people = [...new Set(people)];
  const place = placeOf(Array.isArray(photo.geo) ? photo.geo[0] : photo.geo);
  if (place) data.place = place;
  if (photo.license?.trim()) data.license = photo.license.trim();
  if (photo.photopage && /^https?:\/\//.test(photo.photopage)) data.url = photo.photopage;
  if (photo.safety && photo.safety !== 'safe')
    data.contentWarning = `Marked ${photo.safety} on Flickr`;
  return data;
}

/** Flickr writes degrees × 10⁶ as integer strings (`"43722273"`); accuracy 1 (world) … 16 (street). */
function placeOf(geo: FlickrGeo | undefined): Record<string, number> | undefined {
  if (!geo) return undefined;
  const degrees = (value: string | number | undefined) =>
    typeof value === 'string' && !value.includes('.') ? Number(value) / 1e6 : Number(value);
  const [lat, lon] = [degrees(geo.latitude), degrees(geo.longitude)];
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const place: Record<string, number> = {
    lat: Number(lat.toFixed(6)),
    lon: Number(lon.toFixed(6)),
  };
  const accuracy = Number(geo.accuracy);
  if (Number.isInteger(accuracy) && accuracy > 0) place.accuracy = accuracy;
  return place;
}

/**
 * Public keeps the archive's default; friends, family or both become friends; private and
 * anything unknown become private.
 */
export function visibilityOf(
  privacy: string | undefined,
  defaultVisibility: Visibility,
): { visibility?: Visibility } {
  const value = (privacy ?? '').toLowerCase();
  if (value === 'public') return {};
  if (/^(friends?|family|friends? ?(&|and) ?family)$/.test(value))
    return defaultVisibility === 'private' ? {} : { visibility: 'friends' };
  return { visibility: 'private' };
}

function bodyOf(photo: FlickrPhoto): string {
  const parts = [htmlToMarkdown(photo.description ?? '')];
  const comments = (photo.comments ?? []).filter((comment) => comment.comment ?? comment.message);
  if (comments.length > 0)
    parts.push(
      '**Comments on Flickr**',
      comments
        .map(
          (comment) =>
            `- ${comment.user ?? 'someone'}: ${htmlToMarkdown(comment.comment ?? comment.message ?? '').replace(/\n+/g, ' ')}`,
        )
        .join('\n'),
    );
  return parts.filter(Boolean).join('\n\n');
}

/** The albums a photo's own record names, by title or by the id `albums.json` knows. */
function ownAlbums(photo: FlickrPhoto, titles: Map<string, string>): string[] {
  return (photo.albums ?? [])
    .map((album) =>
      typeof album === 'string' ? titles.get(album) : (album.title ?? titles.get(album.id ?? '')),
    )
    .filter((title): title is string => Boolean(title?.trim()))
    .map((title) => title.trim());
}

/** Album and gallery titles by photo id, for the photos' tags. */
function collectionTags(collections: Collection[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const collection of collections)
    for (const id of collection.photos)
      if (collection.title) (tags.get(id) ?? tags.set(id, []).get(id)!).push(collection.title);
  return tags;
}
