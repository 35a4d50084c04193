/**
 * YouTube's comments as Takeout writes them (`comments/comments.csv`, and `comments(1).csv` …
 * when split): columns by name, whose order and case changed in June 2024 (`Comment ID, Channel
 * ID, Comment Create Timestamp, Price, Parent Comment ID, Video ID, Comment Text` before;
 * `Channel ID, Comment Create Timestamp, Price, Comment ID, Parent Comment ID, Post ID, Video
 * ID, Comment Text, Top-Level Comment ID` since, sometimes in lower case). `Comment Text` is a
 * JSON fragment: `{"takeoutSegments":[{"text":"…"}]}` before, a list of segments without its
 * brackets (`{"text":"a"},{"text":"\n"},{"text":"b"}`) since, plain text in the oldest.
 */
import type { CsvRow } from '../csv-rows.ts';
import { plainTextToMarkdown } from '../html.ts';
import { instantIn } from '../item-helpers.ts';
import type { ImportedData, ImportItem } from '../types.ts';

/** The header of a comments file: it names a comment's id, video and text. */
export const isCommentsHeader = (header: string) =>
  /comment id/i.test(header) && /comment text/i.test(header) && /video id/i.test(header);

/** A video of the watch history, to name the one a comment is on. */
export interface KnownVideo {
  title: string;
  channel?: string;
}

/** A row's cell by its column's name, whatever its case. */
function cellOf(row: CsvRow): (name: string) => string {
  const byName = new Map(
    Object.entries(row).map(([key, value]) => [key.trim().toLowerCase(), value]),
  );
  return (name) => (byName.get(name) ?? '').trim();
}

/** The words of a comment, from any generation of `Comment Text`. */
export function commentText(raw: string): string {
  const value = raw.trim();
  if (!value.startsWith('{')) return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(`[${value}]`);
  } catch {
    return value;
  }
  const segments = (parsed as unknown[]).flatMap((part) => {
    const record = part as { takeoutSegments?: unknown; text?: unknown };
    return Array.isArray(record?.takeoutSegments) ? record.takeoutSegments : [record];
  });
  return segments
    .map((segment) => {
      const text = (segment as { text?: unknown })?.text;
      return typeof text === 'string' ? text : '';
    })
    .join('')
    .trim();
}

/** One comment as an entry, or why it is skipped. */
export function commentItem(
  row: CsvRow,
  file: string,
  videos: ReadonlyMap<string, KnownVideo>,
  timeZone: string,
): ImportItem {
  const cell = cellOf(row);
  const id = cell('comment id');
  const created = cell('comment create timestamp');
  if (!id || !created) return { type: 'skip', reason: 'comment without an id or a time', file };
  const date = instantIn(created, timeZone);
  if (!date) return { type: 'skip', reason: `comment with an impossible time "${created}"`, file };
  const text = commentText(cell('comment text'));
  if (!text) return { type: 'skip', reason: 'comment without text', file };
  const videoId = cell('video id');
  const postId = cell('post id');
  const parent = cell('parent comment id');
  const video = videos.get(videoId);
  const url = /^[\w-]{6,20}$/.test(videoId)
    ? `https://www.youtube.com/watch?v=${videoId}&lc=${encodeURIComponent(id)}`
    : /^[\w-]{6,40}$/.test(postId)
      ? `https://www.youtube.com/post/${postId}`
      : undefined;
  const data: ImportedData = {
    id: `youtube:comment-${id}`,
    kind: 'comment',
    date,
    ...(url ? { url } : {}),
    ...(parent ? { inReplyTo: `youtube:comment-${parent}` } : {}),
    ...(video ? { video: video.title } : {}),
    ...(video?.channel ? { channel: video.channel } : {}),
  };
  return { type: 'entry', entry: { data, body: plainTextToMarkdown(text), media: [], file } };
}

/** `abc` from `https://www.youtube.com/watch?v=abc&t=1s`; undefined for another address. */
export function videoIdOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /[?&]v=([\w-]+)|youtu\.be\/([\w-]+)|\/shorts\/([\w-]+)/.exec(url);
  return match?.[1] ?? match?.[2] ?? match?.[3];
}
