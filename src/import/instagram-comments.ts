/**
 * Comments you wrote on Instagram, in the three shapes the export has used:
 * - 2023+: `post_comments_1.json`, a list of `{media_list_data, string_map_data: {Comment:
 *   {value}, "Media Owner": {value}, Time: {timestamp}}}`;
 * - 2020–2022: `comments/post_comments.json` (and `reels_comments.json`),
 *   `{comments_media_comments: [{title: owner, string_list_data: [{value, timestamp}]}]}`;
 * - 2018–2019: `comments.json`, `{media_comments: [[time, text, owner], …]}`.
 */
import { shortHash } from '../archive/paths.ts';
import type { FileView } from './file-view.ts';
import { plainTextToMarkdown } from './html.ts';
import {
  captionTags,
  epochDate,
  FileOutcomes,
  isRecord,
  listIn,
  readFileRecords,
} from './meta-export.ts';
import type { ImportedData, ImportItem } from './types.ts';

interface Comment {
  text: string;
  owner?: string;
  timestamp?: number;
}

/** Each comment of the file is a record: imported, or skipped with the reason. */
export function readInstagramComments(
  view: FileView,
  file: string,
  timeZone: string,
  outcomes: FileOutcomes,
): AsyncIterable<ImportItem> {
  return readFileRecords(
    view,
    file,
    'Instagram',
    outcomes,
    (parsed) => commentsIn(parsed).map((comment) => comment ?? { unreadable: true }),
    function* (comment: Comment & { unreadable?: boolean }) {
      if (comment.unreadable)
        return yield { type: 'skip', reason: 'comment in a shape inhale does not know' };
      const date = epochDate(comment.timestamp, timeZone);
      if (!date || !comment.text)
        return yield { type: 'skip', reason: 'comment without a date or words', detail: file };
      const { tags, people } = captionTags(comment.text);
      const owner = comment.owner ? `@${comment.owner.replace(/^@/, '')}` : undefined;
      const everyone = [...new Set([...(owner ? [owner] : []), ...people])];
      const data: ImportedData = {
        id: `instagram:comment-${comment.timestamp}-${shortHash(`${comment.text}\n${owner ?? ''}`, 6)}`,
        kind: 'comment',
        date,
      };
      if (owner) data.title = `Comment on ${owner}’s post`;
      if (tags.length > 0) data.tags = tags;
      if (everyone.length > 0) data.people = everyone;
      yield {
        type: 'entry',
        entry: { data, body: plainTextToMarkdown(comment.text), media: [], file },
      };
    },
  );
}

/** One comment per record of the file, or undefined for a record in no shape inhale knows. */
function commentsIn(parsed: unknown): (Comment | undefined)[] {
  if (isRecord(parsed) && Array.isArray(parsed.media_comments))
    return (parsed.media_comments as unknown[]).map((row): Comment | undefined => {
      if (!Array.isArray(row)) return undefined;
      const [time, text, owner] = row as unknown[];
      const instant =
        typeof time === 'string'
          ? Date.parse(/Z|[+-]\d\d:?\d\d$/.test(time) ? time : `${time}Z`)
          : NaN;
      return typeof text === 'string' && !Number.isNaN(instant)
        ? {
            text: text.trim(),
            owner: typeof owner === 'string' ? owner : undefined,
            timestamp: instant / 1000,
          }
        : undefined;
    });
  const list = listIn(parsed, ['comments_media_comments', 'comments_reels_comments']);
  return list.map((item): Comment | undefined => {
    if (!isRecord(item)) return undefined;
    const map = isRecord(item.string_map_data) ? item.string_map_data : undefined;
    if (map) {
      const field = (name: string) => (isRecord(map[name]) ? map[name] : {});
      return {
        text: String(field('Comment').value ?? '').trim(),
        owner:
          typeof field('Media Owner').value === 'string'
            ? (field('Media Owner').value as string)
            : undefined,
        timestamp: field('Time').timestamp as number | undefined,
      };
    }
    const entry = listIn(item.string_list_data, []).find(isRecord);
    return entry
      ? {
          text: String(entry.value ?? '').trim(),
          owner: typeof item.title === 'string' && item.title ? item.title : undefined,
          timestamp: entry.timestamp as number | undefined,
        }
      : undefined;
  });
}
