/**
 * An entry as the build needs it: validated front matter, resolved date, rendered body. Pure:
 * a worker thread can build records and the cache can store them.
 */
import path from 'node:path';

import { instantOf, resolveDate } from '../archive/dates.ts';
import { parseEntryText } from '../archive/entry-file.ts';
import { EntryError } from '../archive/errors.ts';
import { slugFromFile } from '../archive/paths.ts';
import type { ArchiveConfig, Media, Place, Visibility } from '../archive/schema.ts';
import { plainText, renderMarkdown, type MarkdownEnv } from './markdown.ts';

export interface EntryRecord {
  /** Relative to the archive, `/`-separated. */
  file: string;
  id: string;
  source: string;
  kind: string;
  /** ISO 8601 with offset. */
  date: string;
  instant: number;
  title?: string;
  slug: string;
  tags: string[];
  people: string[];
  place?: Place;
  /** Media with archive-relative paths. */
  media: Media[];
  inReplyTo?: string;
  url?: string;
  visibility: Visibility;
  /** Body HTML; relative links to the site root use ROOT_MARKER. */
  html: string;
  /** Body as plain text. */
  text: string;
  /** Archive-relative paths of every image the entry shows (media list and body). */
  images: string[];
}

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif|avif|tiff?|heic|heif)$/i;

/** Throws EntryError when the file is not a valid entry. */
export function buildRecord(file: string, text: string, config: ArchiveConfig): EntryRecord {
  const { data, body } = parseEntryText(text, file);
  const folder = path.posix.dirname(file);
  const media = (data.media ?? []).map((item, index) => {
    const resolved = path.posix.normalize(path.posix.join(folder, item.path));
    if (resolved.startsWith('../') || path.posix.isAbsolute(item.path)) {
      throw new EntryError([
        {
          file,
          line: 2,
          field: `media.${index}.path`,
          message: 'must stay inside the archive folder',
        },
      ]);
    }
    return { ...item, path: resolved };
  });
  const env: MarkdownEnv = { file, images: [] };
  const html = renderMarkdown(body, env);
  const date = resolveDate(data.date, config.timeZone);
  const mediaImages = media
    .filter(
      (item) => (item.type ?? (IMAGE_EXTENSIONS.test(item.path) ? 'image' : 'file')) === 'image',
    )
    .map((item) => item.path);
  return {
    file,
    id: data.id,
    source: data.source,
    kind: data.kind,
    date,
    instant: instantOf(date),
    ...(data.title ? { title: data.title } : {}),
    slug: slugFromFile(file),
    tags: unique(data.tags ?? []),
    people: unique(data.people ?? []),
    ...(data.place ? { place: data.place } : {}),
    media,
    ...(data.inReplyTo ? { inReplyTo: data.inReplyTo } : {}),
    ...(data.url ? { url: data.url } : {}),
    visibility: data.visibility ?? config.defaultVisibility,
    html,
    text: plainText(body),
    images: unique([...mediaImages, ...env.images]),
  };
}

const unique = (values: string[]) => [...new Set(values)];
