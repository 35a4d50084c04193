/**
 * The parts of Flickr's export beside the photos: albums and galleries (`albums.json`,
 * `galleries.json`) and the comments you wrote (`photos_comments_partNNN.json`). Dates in these
 * files carry no zone; they are read in the archive's time zone.
 */
import { createHash } from 'node:crypto';

import { inZone, parseIsoParts, resolveDate } from '../archive/dates.ts';
import type { FileView } from './file-view.ts';
import { htmlToMarkdown } from './html.ts';
import type { ImportedData, ImportItem } from './types.ts';
import { damagedFile } from './coverage.ts';
import { eachRecord } from './records.ts';

/** An album or a gallery. */
export interface Collection {
  id: string;
  title: string;
  description: string;
  /** Epoch seconds or `YYYY-MM-DD HH:MM:SS`, as the export writes it. */
  created?: string;
  url?: string;
  photos: string[];
  file: string;
}

interface Comment {
  comment_id?: string;
  id?: string;
  photo_id?: string;
  comment?: string;
  message?: string;
  date?: string;
  date_create?: string;
  url?: string;
  comment_url?: string;
  photo_url?: string;
}

const COMMENTS = /(^|\/)photos_comments_part\d+\.json$/;

/** `2013-09-12 19:37:56` → `2013-09-12T19:37:56`; undefined for `0000-00-00 00:00:00`. */
export function localDate(value: string | undefined): string | undefined {
  const iso = value?.trim().replace(' ', 'T');
  return iso && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(iso) && parseIsoParts(iso)
    ? iso
    : undefined;
}

/** The albums or galleries of the export; none when the file is absent. */
export async function* readCollection(
  view: FileView,
  files: string[],
  kind: 'albums' | 'galleries',
): AsyncGenerator<ImportItem, Collection[]> {
  const file = files.find((name) => new RegExp(`(^|/)${kind}\\.json$`).test(name));
  if (!file) return [];
  const read = yield* readList(view, file, kind);
  if (!read) return [];
  const list = read.filter((item) => item && typeof item === 'object' && !Array.isArray(item));
  // Albums become their photos' tags (no entry of their own); each gallery is an entry or a skip.
  yield {
    type: 'file',
    account: { file, status: 'read', records: kind === 'galleries' ? list.length : 0 },
  };
  return list.map((item) => {
    const record = item as Record<string, unknown>;
    const text = (key: string) =>
      typeof record[key] === 'string' || typeof record[key] === 'number' ? String(record[key]) : '';
    return {
      id: text('id'),
      title: text('title').trim(),
      description: text('description'),
      created: text('created') || text('date_create') || undefined,
      url: text('url') || undefined,
      photos: Array.isArray(record.photos) ? record.photos.map(String) : [],
      file,
    };
  });
}

/** Galleries and comments as entries, and a word on albums whose photos are not all here. */
export async function* flickrExtras(
  view: FileView,
  files: string[],
  context: { albums: Collection[]; galleries: Collection[]; ids: Set<string>; timeZone: string },
): AsyncGenerator<ImportItem> {
  for (const album of context.albums) {
    const missing = album.photos.filter((id) => !context.ids.has(id)).length;
    if (missing > 0)
      yield {
        type: 'warning',
        message: `${album.file}: album "${album.title}": ${missing} of its ${album.photos.length} photos are not in this export`,
      };
  }
  for (const gallery of context.galleries) {
    const date = collectionDate(gallery.created, context.timeZone);
    if (!gallery.id || !date) {
      yield {
        type: 'skip',
        reason: 'gallery without an id or a date',
        detail: `${gallery.file}: ${gallery.title}`,
        file: gallery.file,
      };
      continue;
    }
    const data: ImportedData = {
      id: `flickr:gallery-${gallery.id}`,
      kind: 'gallery',
      date,
    };
    if (gallery.title) data.title = gallery.title;
    if (gallery.url && /^https?:\/\//.test(gallery.url)) data.url = gallery.url;
    const links = gallery.photos.map(
      (id) => `- <https://www.flickr.com/photo.gne?id=${encodeURIComponent(id)}>`,
    );
    const body = [htmlToMarkdown(gallery.description), links.join('\n')].filter(Boolean);
    yield {
      type: 'entry',
      entry: { data, body: body.join('\n\n'), media: [], file: gallery.file },
    };
  }
  for (const file of files.filter((name) => COMMENTS.test(name))) {
    const comments = yield* readList(view, file, 'comments');
    if (!comments) continue;
    yield { type: 'file', account: { file, status: 'read', records: comments.length } };
    yield* eachRecord(file, comments, function* (item: Comment) {
      const comment = item as Comment;
      const text = comment.comment ?? comment.message ?? '';
      const local = localDate(comment.date ?? comment.date_create);
      if (!text.trim() || !local) {
        yield { type: 'skip', reason: 'comment without text or date', detail: file };
        return;
      }
      const key =
        comment.comment_id ??
        comment.id ??
        createHash('sha256').update(`${comment.photo_id}\u0000${local}\u0000${text}`).digest('hex');
      const data: ImportedData = {
        id: `flickr:comment-${String(key).slice(0, 40)}`,
        kind: 'comment',
        date: resolveDate(local, context.timeZone),
      };
      const url = comment.url ?? comment.comment_url ?? comment.photo_url;
      if (url && /^https?:\/\//.test(url)) data.url = url;
      if (comment.photo_id && context.ids.has(comment.photo_id))
        data.inReplyTo = `flickr:${comment.photo_id}`;
      yield { type: 'entry', entry: { data, body: htmlToMarkdown(text), media: [], file } };
    });
  }
}

/**
 * The list under `key` in a JSON file. A file that is not valid JSON is damaged (named in the
 * report, the rest of the export imported); one without the list is said and left out.
 */
async function* readList(
  view: FileView,
  file: string,
  key: string,
): AsyncGenerator<ImportItem, unknown[] | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await view.text(file));
  } catch (error) {
    yield damagedFile(file, `not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const list = (parsed as Record<string, unknown> | null)?.[key];
  if (Array.isArray(list)) return list;
  yield { type: 'warning', message: `${file}: no "${key}" list; left out` };
  yield {
    type: 'file',
    account: { file, status: 'not-understood', reason: `no "${key}" list in it` },
  };
  return undefined;
}

/** Epoch seconds (`"1527514138"`) or a local `YYYY-MM-DD HH:MM:SS`. */
function collectionDate(value: string | undefined, timeZone: string): string | undefined {
  if (value && /^\d{9,11}$/.test(value))
    return inZone(new Date(Number(value) * 1000).toISOString(), timeZone);
  const local = localDate(value);
  return local ? resolveDate(local, timeZone) : undefined;
}
