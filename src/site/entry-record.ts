/**
 * An entry as the build needs it: validated front matter, resolved date, rendered body. Pure:
 * a worker thread can build records and the cache can store them.
 */
import path from 'node:path';

import { instantOf, resolveDate } from '../archive/dates.ts';
import { parseEntryText } from '../archive/entry-file.ts';
import { EntryError } from '../archive/errors.ts';
import { slugFromFile } from '../archive/paths.ts';
import type { ArchiveConfig, EntryData } from '../archive/schema.ts';
import { identitiesOf } from '../people/identities.ts';
import { analyzeRecord } from '../search/build-index.ts';
import type { EntryRecord, EntrySummary } from '../shared/entry-types.ts';
import { renderMarkdown, type MarkdownEnv } from './markdown.ts';
import { mediaTypeOf, type PublishedImage } from '../shared/media-urls.ts';

/** Throws EntryError when the file is not a valid entry. */
export function buildRecord(file: string, source: string, config: ArchiveConfig): EntryRecord {
  const { data, body } = parseEntryText(source, file);
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
  const { html, text } = renderMarkdown(body, env);
  const date = resolveDate(data.date, config.timeZone);
  const mediaImages = media
    .filter((item) => mediaTypeOf(item) === 'image')
    .map((item) => item.path);
  const record: Omit<EntryRecord, 'analysis'> = {
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
    identities: identitiesOf(data, body),
    ...(data.place ? { place: data.place } : {}),
    media,
    ...(data.inReplyTo ? { inReplyTo: data.inReplyTo } : {}),
    ...(data.thread ? { thread: data.thread } : {}),
    ...(data.url ? { url: data.url } : {}),
    visibility: data.visibility ?? config.defaultVisibility,
    ...(data.contentWarning ? { contentWarning: data.contentWarning } : {}),
    ...photoFacts(data),
    html,
    text,
    images: unique([...mediaImages, ...env.images]),
  };
  return { ...record, analysis: analyzeRecord(record) };
}

const unique = (values: string[]) => [...new Set(values)];

function photoFacts(data: EntryData): { photoFacts?: [string, string][] } {
  const facts = (
    [
      ['Camera', data.camera],
      ['Lens', data.lens],
      ['Exposure', data.exposure],
    ] as [string, string | undefined][]
  ).filter((fact): fact is [string, string] => !!fact[1]);
  return facts.length > 0 ? { photoFacts: facts } : {};
}

/** Longest text kept in a summary: enough for titles and card summaries. */
const SUMMARY_TEXT = 300;

export function summarize(record: EntryRecord, thumb?: PublishedImage): EntrySummary {
  const summary: EntrySummary = {
    file: record.file,
    id: record.id,
    source: record.source,
    kind: record.kind,
    date: record.date,
    instant: record.instant,
    slug: record.slug,
    tags: record.tags,
    people: record.people,
    visibility: record.visibility,
    text: record.text.length > SUMMARY_TEXT ? record.text.slice(0, SUMMARY_TEXT) : record.text,
    images: record.images.slice(0, 1),
  };
  if (record.title) summary.title = record.title;
  if (record.inReplyTo) summary.inReplyTo = record.inReplyTo;
  if (record.thread) summary.thread = record.thread;
  if (record.contentWarning) summary.contentWarning = record.contentWarning;
  if (thumb) summary.thumb = thumb;
  return summary;
}

/** Oldest first; ties by id, so the order never depends on the file system. */
export function byTime(
  a: { instant: number; id: string },
  b: { instant: number; id: string },
): number {
  return a.instant - b.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
