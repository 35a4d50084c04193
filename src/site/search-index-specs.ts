/** The search index's files as specs, written beside the pages ([search.md](../../docs/search.md)). */
import { searchIndexFiles, type IndexedEntry, type PostingsPiece } from '../search/build-index.ts';
import { mediaUrl } from '../shared/media-urls.ts';
import type { PageSpec } from './page-kinds/page-kind.ts';
import type { Timeline } from './timeline.ts';
import { timing } from './timing.ts';

/** The files of the search index, from the analyses of every entry of the timeline. */
export function searchIndexSpecs(timeline: Timeline, pieces: PostingsPiece[]): PageSpec[] {
  const { entries, urlOf } = timeline;
  const indexed = entries.map(({ thumb, ...entry }): IndexedEntry => ({
    ...entry,
    url: urlOf.get(entry.id)!,
    ...(thumb && entry.images[0] ? { thumb: mediaUrl(entry.images[0], 'small') } : {}),
  }));
  const files = searchIndexFiles(indexed, pieces);
  timing('render: search index built');
  return [...files].map(([url, render]) => ({ url, key: 'search', render }));
}
