/** What the entry templates are given beside the page context: links, published media, labels. */
import type { EntrySummary } from '../src/shared/entry-types.ts';
import type { PublishedImage, PublishedStream } from '../src/shared/media-urls.ts';

/** Published images, by archive path; absent when the image could not be read. */
export type ImageInfo = Map<string, PublishedImage>;
/** Published videos and sounds, by archive path; absent when left out of the build. */
export type StreamInfo = Map<string, PublishedStream>;

/** What the entry layouts need beyond the page context. */
export interface EntryView {
  urlOf: (entry: EntrySummary) => string;
  images: ImageInfo;
  /** Published videos and sounds, by archive path; pages of summaries have none. */
  streams?: StreamInfo;
  sourceLabel: (source: string) => string;
}
