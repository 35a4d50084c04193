/**
 * Instagram's lists of other people's posts, each opt-in: the posts you liked (`--include
 * likes`: likes/liked_posts.json, `{likes_media_likes: [{title: owner, string_list_data: [{href,
 * value, timestamp}]}]}`) and the posts you saved (`--include saved`: saved/saved_posts.json,
 * `{saved_saved_media: [{title: owner, string_map_data: {"Saved on": {href, timestamp}}}]}`).
 * Newer exports write a record as `{timestamp, label_values: [{label: "URL", href}, …]}`.
 */
import { shortHash } from '../archive/paths.ts';
import type { FileView } from './file-view.ts';
import { epochDate, FileOutcomes, isRecord, listIn, readFileRecords } from './meta-export.ts';
import type { ImportedData, ImportItem } from './types.ts';

interface Liked {
  owner?: string;
  href?: string;
  timestamp?: number;
}

/** One record of either list: whose post, its address, and when. */
function likedOf(record: Record<string, unknown>): Liked {
  const owner = typeof record.title === 'string' && record.title ? record.title : undefined;
  const list = listIn(record.string_list_data, []).find(isRecord);
  const map = isRecord(record.string_map_data) ? record.string_map_data : undefined;
  const saved = map ? Object.values(map).find(isRecord) : undefined;
  const labels = listIn(record.label_values, []).filter(isRecord);
  const label = (name: string) => labels.find((item) => item.label === name);
  const found = list ?? saved ?? label('URL');
  const href = [found?.href, found?.value].find(
    (value): value is string => typeof value === 'string' && /^https?:\/\//.test(value),
  );
  const timestamp = [found?.timestamp, record.timestamp].find(
    (value): value is number => typeof value === 'number' && value > 0,
  );
  const labelOwner = label('Owner')?.value ?? label('Username')?.value;
  return {
    owner: owner ?? (typeof labelOwner === 'string' ? labelOwner : undefined),
    href,
    timestamp,
  };
}

export function readLiked(
  view: FileView,
  file: string,
  what: 'like' | 'saved',
  timeZone: string,
  outcomes: FileOutcomes,
): AsyncIterable<ImportItem> {
  const keys = what === 'like' ? ['likes_media_likes'] : ['saved_saved_media'];
  return readFileRecords(
    view,
    file,
    'Instagram',
    outcomes,
    (parsed) => listIn(parsed, keys),
    function* (record: Record<string, unknown>) {
      const { owner, href, timestamp } = likedOf(record);
      const date = epochDate(timestamp, timeZone);
      const noun = what === 'like' ? 'liked post' : 'saved post';
      if (!date) return yield { type: 'skip', reason: `${noun} without a date`, detail: owner };
      if (!href) return yield { type: 'skip', reason: `${noun} without its link`, detail: owner };
      const handle = owner ? `@${owner.replace(/^@/, '')}` : undefined;
      const data: ImportedData = {
        id: `instagram:${what}-${timestamp}-${shortHash(href, 6)}`,
        kind: what === 'like' ? 'like' : 'bookmark',
        date,
        url: href,
      };
      if (handle) {
        data.title = what === 'like' ? `Liked ${handle}’s post` : `${handle}’s post`;
        data.people = [handle];
      }
      yield { type: 'entry', entry: { data, body: '', media: [], file } };
    },
  );
}
