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
import type {
  EntryCounts,
  EntryRecord,
  EntrySummary,
  KindFact,
  SummaryPhoto,
} from '../shared/entry-types.ts';
import { kindFacts } from './kind-facts/index.ts';
import { renderMarkdown, type MarkdownEnv } from './markdown.ts';
import { mailParts } from './mail-parts.ts';
import { dayTracks } from './listening-tracks.ts';
import { mediaTypeOf, type PublishedImage } from '../shared/media-urls.ts';
import { decodePolyline } from '../shared/polyline.ts';

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
  const emoji = new Map(media.flatMap((item) => (item.emoji ? [[item.emoji, item.path]] : [])));
  const env: MarkdownEnv = { file, images: [], ...(emoji.size > 0 ? { emoji } : {}) };
  const { html, text } = renderMarkdown(body, env);
  const date = resolveDate(data.date, config.timeZone);
  // A custom emoji is part of the text, not a picture of the entry.
  const mediaImages = media
    .filter((item) => mediaTypeOf(item) === 'image' && !item.emoji)
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
    ...withFacts(data),
    ...(isDayOnly(data) ? { dayOnly: true as const } : {}),
    ...withRoute(data),
    ...correspondence(data),
    ...(data.kind === 'email' ? withMailParts(body, file) : {}),
    ...(data.kind === 'listening' ? withTracks(body) : {}),
    html,
    text,
    images: unique([...mediaImages, ...env.images]),
  };
  return { ...record, analysis: analyzeRecord(record) };
}

/** Sources of a date that give its day only (schema's dateSource). */
const DAY_SOURCES = new Set(['day', 'date-added']);
/** Kinds whose exports give days only: Goodreads, StoryGraph and Letterboxd write no time. */
const DAY_KINDS = new Set(['book', 'film']);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether an entry's date is a day, not a moment: its time (00:00) is not shown. */
function isDayOnly(data: EntryData): boolean {
  return (
    DATE_ONLY.test(String(data.date)) ||
    DAY_SOURCES.has(String(data.dateSource)) ||
    DAY_KINDS.has(data.kind) ||
    (data.kind === 'event' && typeof data.start === 'string' && DATE_ONLY.test(data.start))
  );
}

function withFacts(data: EntryData): { facts?: KindFact[] } {
  const facts = kindFacts(data);
  return facts ? { facts } : {};
}

const unique = (values: string[]) => [...new Set(values)];

/** The route a track or an activity draws: its encoded polyline, when it is one. */
function withRoute(data: EntryData): { route?: [number, number][] } {
  if (typeof data.route !== 'string' || data.route === '') return {};
  const route = decodePolyline(data.route);
  return route && route.length > 1 ? { route } : {};
}

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

/** Counts, sender and recipients, as importers write them (docs/archive-format.md). */
function correspondence(data: EntryData): Partial<EntryRecord> {
  const fields: Partial<EntryRecord> = {};
  const counts = countsOf(data.counts);
  if (counts) fields.counts = counts;
  if (typeof data.from === 'string' && data.from.trim()) fields.from = data.from.trim();
  const to = mailboxes(data.to);
  if (to.length > 0) fields.to = to;
  const cc = mailboxes(data.cc);
  if (cc.length > 0) fields.cc = cc;
  if (data.direction === 'sent' || data.direction === 'received') fields.direction = data.direction;
  return fields;
}

function countsOf(value: unknown): EntryCounts | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const counts: EntryCounts = {};
  for (const key of ['likes', 'reposts', 'replies'] as const) {
    const count = (value as Record<string, unknown>)[key];
    if (typeof count === 'number' && Number.isInteger(count) && count >= 0) counts[key] = count;
  }
  return Object.keys(counts).length > 0 ? counts : undefined;
}

/** `to` and `cc`: one mailbox or a list of them. */
const mailboxes = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item.trim() !== '',
  );

function withTracks(body: string): { tracks?: EntryRecord['tracks'] } {
  const tracks = dayTracks(body);
  return tracks ? { tracks } : {};
}

function withMailParts(body: string, file: string): Partial<EntryRecord> {
  const parts = mailParts(body, { file, images: [] });
  return parts ? { mailParts: parts } : {};
}

/** Longest text kept in a summary: enough for card summaries and short posts in full. */
const SUMMARY_TEXT = 300;
/**
 * Longest text kept for an entry of a conversation, which a chat-day page (made of summaries)
 * shows as kept: most replies and messages fit; a longer one links to its page for the rest.
 */
const THREAD_TEXT = 1200;

export function summarize(
  record: EntryRecord,
  thumb?: PublishedImage,
  photos?: SummaryPhoto[],
): EntrySummary {
  const length = record.inReplyTo || record.thread ? THREAD_TEXT : SUMMARY_TEXT;
  // A mail's own words: cards and word counts leave out what it quotes and its signature.
  const own = record.mailParts
    ? record.mailParts
        .filter((part) => part.part === 'text')
        .map((part) => part.text)
        .join('\n\n')
    : record.text;
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
    text: own.length > length ? own.slice(0, length) : own,
    images: record.images.slice(0, 1),
    words: countWords(own),
  };
  // Where it happened (stats, maps, place pages; a check-in's card names it).
  if (record.place) summary.place = record.place;
  if (record.title) summary.title = record.title;
  if (record.inReplyTo) summary.inReplyTo = record.inReplyTo;
  if (record.thread) summary.thread = record.thread;
  if (record.contentWarning) summary.contentWarning = record.contentWarning;
  if (own.length > length) summary.cut = true;
  if (record.counts) summary.counts = record.counts;
  if (record.from) summary.from = record.from;
  if (record.direction) summary.direction = record.direction;
  if (record.dayOnly) summary.dayOnly = true;
  // A day of listening's tracks: the stats and the year in review add them up.
  if (record.tracks) summary.tracks = record.tracks;
  // Cards show the facts meant for them; the rest stay on the entry's page.
  const cardFacts = record.facts?.filter((fact) => fact.card !== false);
  if (cardFacts && cardFacts.length > 0) summary.facts = cardFacts;
  // Cards show a bookmark's link; other kinds keep theirs on their page.
  if (record.kind === 'bookmark' && record.url) summary.link = record.url;
  if (thumb) summary.thumb = thumb;
  if (photos && photos.length > 0) summary.photos = photos;
  return summary;
}

/**
 * Words in a text: runs of non-space characters with a letter, digit or other non-ASCII character
 * in them (a dash or an ellipsis alone is no word; an emoji is). A loop, not a Unicode regex: it
 * runs on every entry of the build, and is seven times faster.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160) inWord = false;
    else if (!inWord && isWordCharacter(code)) {
      count++;
      inWord = true;
    }
  }
  return count;
}

const isWordCharacter = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code > 127 && code !== 0x2013 && code !== 0x2014 && code !== 0x2026);

/**
 * The record's published images with their sizes and the alt text its media list gives: the
 * little photo grids need, kept only for entries that have images (100,000 summaries stay small).
 */
export function summaryPhotos(
  record: Pick<EntryRecord, 'images' | 'media'>,
  published: ReadonlyMap<string, PublishedImage>,
): SummaryPhoto[] {
  const photos: SummaryPhoto[] = [];
  for (const path of record.images) {
    const info = published.get(path);
    if (!info) continue;
    const alt = record.media.find((item) => item.path === path)?.alt;
    photos.push({
      path,
      width: info.width,
      height: info.height,
      ...(info.avif ? { avif: true } : {}),
      ...(alt ? { alt } : {}),
    });
  }
  return photos;
}

/** Oldest first; ties by id, so the order never depends on the file system. */
export function byTime(
  a: { instant: number; id: string },
  b: { instant: number; id: string },
): number {
  return a.instant - b.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
