/**
 * A shard holds the full records of some years of the archive and renders the pages that show
 * whole entries (entry, day, month and year pages). A large archive gets one shard per core,
 * each in a worker thread, so parsing, rendering and writing run in parallel and the main
 * thread only ever holds summaries. The parse cache is kept per folder-year, beside the archive.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

import type { Problem } from '../archive/errors.ts';
import type { Person } from '../archive/people.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import { peopleStage, type PeopleStage } from '../people/stage.ts';
import { forAudience, type Audience } from './audience.ts';
import { countProgress } from './build-progress.ts';
import { byTime, summarize, summaryPhotos } from './entry-record.ts';
import { type EntryRecord, type EntrySummary } from '../shared/entry-types.ts';
import { publishImages } from './media.ts';
import { MediaCache } from './media-cache.ts';
import { publishDownloads, sortMedia, type SortedMedia } from './media-kinds.ts';
import { findFfmpeg, publishStreams } from './media-streams.ts';
import { originalUrl, type PublishedImage, type PublishedStream } from '../shared/media-urls.ts';
import { placePageSpecs, shardPageSpecs, sitePageTimes } from './page-specs.ts';
import {
  type PlaceRenderInput,
  type ShardRenderInput,
  type ShownRecords,
} from './page-kinds/page-kind.ts';
import { readRecordSync } from './read-record.ts';
import { RecordStore, type CachedAt, type Held } from './record-store.ts';
import { timing } from './timing.ts';
import { CACHE_DIR } from '../archive/cache-folder.ts';
import { mapLimit } from '../shared/map-limit.ts';
import { temporaryName } from './output-folder.ts';
import { writePages, type Manifest } from './output-writer.ts';
import { analysisSeconds, postingsOf, type PostingsPiece } from '../search/build-index.ts';
import { namingDataKey, type PlaceName } from '../places/names.ts';
import { placeNameOf, withPlaceName } from '../places/place-names.ts';

/**
 * A shard of up to this many files keeps its records in memory; a larger one reads them back
 * from the parse cache to render them (`RecordStore`). 100,000 entries in two shards keep them;
 * 1,000,000 (2.2 GB of records a shard) read them back.
 */
export const KEEP_IN_MEMORY = 200_000;

/** Bump when EntryRecord or its rendering changes, so old caches are ignored. */
export const CACHE_VERSION = 21;

export interface ShardOptions {
  archiveDir: string;
  outDir: string;
  config: ArchiveConfig;
  /** Who the build is for: entries others must not see are dropped right after parsing. */
  audience: Audience;
  /** The people file's people, to resolve each entry's people through and withhold whom the audience may not see. */
  people?: Person[];
  /** Images this shard processes at once; the shards share the cores. @default the core count */
  mediaConcurrency?: number;
  /** Only parse and validate (`inhale check`): no place named, no media published. @default false */
  parseOnly?: boolean;
  /**
   * Keep every record in memory (`serve`: an edit renders at once); else only a share of up to
   * KEEP_IN_MEMORY files is, and a larger one's records are read back from the parse cache a
   * year at a time to render it. @default false
   */
  keepRecords?: boolean;
}

export interface LoadResult {
  summaries: EntrySummary[];
  problems: Problem[];
  parsed: number;
  imagesProcessed: number;
  warnings: string[];
  /** Seconds spent analysing entries for search. */
  analysisSeconds: number;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  record?: EntryRecord;
  problems?: Problem[];
  /**
   * What the bundled data named the record's coordinates (`src/places/names.ts`): kept, so a
   * build of unchanged files loads no gazetteer (0.5 s and 135,000 towns).
   */
  placeName?: PlaceName;
}

/** The cache bucket of an entry file: its year folder, `twitter/2014/…` → `2014`. */
export function bucketOf(file: string): string {
  const year = file.split('/')[1];
  return year && /^\d{4}$/.test(year) ? year : 'other';
}

export class Shard {
  /** By file: two files may claim one id, and check must see both. */
  private readonly records: RecordStore;
  private readonly images = new Map<string, PublishedImage>();
  private readonly streams = new Map<string, PublishedStream>();
  /** Media files placed in the output folder, so the build keeps them and removes the rest. */
  private readonly placed = new Set<string>();

  private readonly people: PeopleStage;

  constructor(private readonly options: ShardOptions) {
    this.people = peopleStage(options.people ?? [], options.audience);
    this.records = new RecordStore((bucket, files) => this.readBack(bucket, files));
  }

  /**
   * The record as this build's audience may see it, its place named (as `placeName` says, when
   * known) and its people resolved; undefined when hidden.
   */
  private visible(record: EntryRecord | undefined, placeName?: PlaceName): EntryRecord | undefined {
    const named = record && !this.options.parseOnly ? withPlaceName(record, placeName) : record;
    const visible = named && forAudience(named, this.options.audience, this.options.config);
    return visible && this.people(visible);
  }

  private get cacheDir(): string {
    return path.join(this.options.archiveDir, CACHE_DIR);
  }

  /** Parses `files` (reusing the cache for unchanged ones) and publishes their images. */
  async load(files: string[]): Promise<LoadResult> {
    const started = performance.now();
    const analysedBefore = analysisSeconds();
    this.records.keepAll = this.options.keepRecords || files.length <= keepInMemory();
    const byBucket = new Map<string, string[]>();
    for (const file of files)
      (byBucket.get(bucketOf(file)) ?? byBucket.set(bucketOf(file), []).get(bucketOf(file))!).push(
        file,
      );
    const problems: Problem[] = [];
    let parsed = 0;
    // Summaries in the order the records were read; those with media wait for it to be published.
    const loaded: (EntrySummary | EntryRecord)[] = [];
    const withMedia: EntryRecord[] = [];
    for (const [bucket, bucketFiles] of byBucket) {
      const cacheFile = path.join(this.cacheDir, `entries-${bucket}.v8`);
      const cache = this.readCache(cacheFile);
      const fresh = new Map<string, CachedFile>();
      let named = 0;
      for (const file of bucketFiles) {
        const info = statSync(path.join(this.options.archiveDir, file));
        let item = cache.get(file);
        if (!item || item.mtimeMs !== info.mtimeMs || item.size !== info.size) {
          const result = readRecordSync(this.options.archiveDir, file, this.options.config);
          item = {
            mtimeMs: info.mtimeMs,
            size: info.size,
            record: result.record,
            problems: result.problems,
          };
          parsed++;
        }
        fresh.set(file, item);
        if (item.record && !item.placeName && !this.options.parseOnly) {
          item.placeName = placeNameOf(item.record);
          if (item.placeName) named++;
        }
        const visible = this.visible(item.record, item.placeName);
        if (visible) {
          this.records.addCached(visible, { bucket, mtimeMs: item.mtimeMs, size: item.size });
          if (visible.images.length > 0 || visible.media.length > 0) {
            withMedia.push(visible);
            loaded.push(visible);
          } else loaded.push(this.summaryOf(visible));
        }
        if (item.problems) problems.push(...item.problems);
        countProgress('entries');
      }
      if (parsed > 0 || named > 0 || fresh.size !== cache.size) this.writeCache(cacheFile, fresh);
    }
    const parsedAt = performance.now();
    const media = this.options.parseOnly
      ? { imagesProcessed: 0, warnings: [] }
      : await this.publish(withMedia);
    timing(
      `shard: ${files.length} files, ${parsed} parsed in ${((parsedAt - started) / 1000).toFixed(2)} s, media ${((performance.now() - parsedAt) / 1000).toFixed(2)} s`,
    );
    return {
      summaries: loaded.map((item) => ('html' in item ? this.summaryOf(item) : item)),
      problems,
      parsed,
      ...media,
      analysisSeconds: analysisSeconds() - analysedBefore,
    };
  }

  /** Re-reads changed files: returns the ids they held before and the summaries they hold now. */
  async update(files: string[]): Promise<{
    removed: string[];
    summaries: EntrySummary[];
    problems: Problem[];
    imagesProcessed: number;
  }> {
    const changed = new Set(files);
    const removed = this.records
      .list()
      .filter((held) => changed.has(held.file))
      .map((held) => held.id);
    const added: EntryRecord[] = [];
    const problems: Problem[] = [];
    for (const file of files) {
      const result = readRecordSync(this.options.archiveDir, file, this.options.config);
      const visible = this.visible(result.record);
      if (visible) added.push(visible);
      else if (!result.missing) problems.push(...(result.problems ?? []));
    }
    if (problems.length > 0) return { removed: [], summaries: [], problems, imagesProcessed: 0 };
    for (const file of files) this.records.delete(file);
    for (const record of added) this.records.addInMemory(record);
    const media = await this.publish(added);
    return {
      removed,
      summaries: added.map((record) => this.summaryOf(record)),
      problems,
      imagesProcessed: media.imagesProcessed,
    };
  }

  /** The media files this shard has placed in the output folder (relative to it). */
  mediaFiles(): string[] {
    return [...this.placed];
  }

  /** The search postings of the records held, numbered as the main thread's timeline says. */
  searchPostings(numbers: [string, number][]): PostingsPiece {
    // Only each record's analysis is kept, a cache bucket's records read back at a time.
    const analyses = new Map<string, EntryRecord['analysis']>();
    for (const records of this.records.chunks())
      for (const record of records) analyses.set(record.id, record.analysis);
    const piece = postingsOf(numbers.map(([id, number]) => [number, analyses.get(id)!]));
    timing(`shard: search postings of ${numbers.length} entries`);
    return piece;
  }

  /** Hands over records whose pages another shard renders (an entry filed under another year). */
  release(ids: string[]): EntryRecord[] {
    const wanted = new Set(ids);
    const records = this.records.select((held) => wanted.has(held.id));
    for (const record of records) this.records.delete(record.file);
    return records;
  }

  async adopt(records: EntryRecord[]): Promise<void> {
    for (const record of records) this.records.addInMemory(record);
    await this.publish(records);
  }

  /**
   * The records of `ids` and the media they show as published, for the pages of another shard
   * (or of years this one is not rendering) that show them whole: a conversation's messages.
   */
  shownRecords(ids: string[]): ShownRecords {
    const wanted = new Set(ids);
    const shown: ShownRecords = { records: new Map(), images: new Map(), streams: new Map() };
    for (const record of this.records.select((held) => wanted.has(held.id))) {
      shown.records.set(record.id, record);
      for (const item of [...record.images, ...record.media.map((each) => each.path)]) {
        const image = this.images.get(item);
        const stream = this.streams.get(item);
        if (image) shown.images.set(item, image);
        if (stream) shown.streams.set(item, stream);
      }
    }
    return shown;
  }

  /**
   * Renders and writes the pages of the records held. With `keys`, only pages showing those
   * keys (`entry:<id>`, `day:…`, `month:…`, `year:…`).
   */
  render(
    input: ShardRenderInput,
    previous: Manifest,
    keys?: string[],
  ): { manifest: Manifest; pages: number; written: number } {
    // An edit re-renders pages of a few years at most: only their records are needed.
    const years =
      keys &&
      new Set(
        keys.map((key) =>
          /^(?:entry|day|month|year):/.test(key) ? key.replace(/^[a-z]+:/, '').slice(0, 4) : '',
        ),
      );
    const entries = new Set(
      keys?.filter((key) => key.startsWith('entry:')).map((key) => key.slice(6)),
    );
    const chosen = (held: Held) => !years || years.has(held.year) || entries.has(held.id);
    const media = { images: this.images, streams: this.streams };
    const wanted = keys ? new Set(keys) : undefined;
    // A year at a time: its records are read back, its pages written, and the records let go.
    const records = this.records;
    const specs = (function* () {
      for (const year of records.byYear(chosen))
        yield* shardPageSpecs(year.sort(byTime), media, input);
    })();
    const filtered = wanted ? [...specs].filter((spec) => wanted.has(spec.key)) : specs;
    const { manifest, result } = writePages(this.options.outDir, filtered, previous);
    timing(`shard: ${result.written} of ${result.pages} pages written`);
    return { manifest, ...result };
  }

  /**
   * Renders and writes the maps and place pages, from the entries with a place: asked of a
   * shard after its own pages in a full build, so they take an idle core, not the main thread.
   */
  renderPlaces(
    input: PlaceRenderInput,
    previous: Manifest,
  ): { manifest: Manifest; pages: number; written: number } {
    sitePageTimes.clear();
    const { manifest, result } = writePages(this.options.outDir, placePageSpecs(input), previous);
    const kinds = [...sitePageTimes].map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(2)} s`);
    timing(`shard: ${result.written} of ${result.pages} place pages written (${kinds.join(', ')})`);
    return { manifest, ...result };
  }

  /**
   * Publishes the records' images, videos and sounds, and (privately) their other files as
   * downloads, each as its bytes say; a warning names each entry left without one.
   */
  private async publish(
    records: EntryRecord[],
  ): Promise<{ imagesProcessed: number; warnings: string[] }> {
    const { archiveDir, outDir, config, audience } = this.options;
    const sorted = await sortMedia(archiveDir, records);
    const warnings = sorted.refused.map(
      ({ record, item, message }) => `${record.file} (${record.id}): ${item}: ${message}`,
    );
    if (sorted.images.length + sorted.streams.length + sorted.downloads.length === 0)
      return { imagesProcessed: 0, warnings };
    const cache = await MediaCache.open(path.resolve(archiveDir, config.media.cache));
    const media = await publishImages(archiveDir, outDir, cache, sorted.images, {
      avif: config.media.avif,
      keepCamera: config.media.keepCamera,
      concurrency: this.options.mediaConcurrency ?? availableParallelism(),
    });
    for (const [key, value] of media.images) this.images.set(key, value);
    for (const file of media.files) this.placed.add(file);
    // Originals keep their metadata (GPS included): only a private build publishes them.
    if (config.media.originals && audience === 'private')
      await mapLimit([...media.images.keys()], 8, async (item) => {
        await publishOriginal(path.join(archiveDir, item), path.join(outDir, originalUrl(item)));
        this.placed.add(originalUrl(item));
      });
    const failed = new Map<string, string>();
    for (const [item, failure] of media.failures)
      failed.set(item, `image not published: ${failure}; shown without it`);
    await this.publishStreams(sorted, cache, failed);
    if (audience === 'private') {
      const published = publishDownloads(archiveDir, outDir, sorted.downloads);
      for (const [key, value] of published.downloads) {
        this.streams.set(key, value);
        this.placed.add(value.url);
      }
      for (const [item, failure] of published.failures)
        failed.set(item, `file not published: ${failure}`);
    }
    for (const record of records)
      for (const item of new Set([...record.images, ...record.media.map((each) => each.path)])) {
        const failure = failed.get(item);
        if (failure) warnings.push(`${record.file} (${record.id}): ${item}: ${failure}`);
      }
    return { imagesProcessed: media.processed, warnings };
  }

  /** Videos and sounds: without ffmpeg only a private build publishes them (they say where). */
  private async publishStreams(
    sorted: SortedMedia,
    cache: MediaCache,
    failed: Map<string, string>,
  ): Promise<void> {
    const { archiveDir, outDir, audience } = this.options;
    // Looking for ffmpeg starts a process: only when there is a video or a sound to publish.
    if (sorted.streams.length === 0) return;
    const ffmpeg = findFfmpeg();
    if (audience !== 'private' && !ffmpeg) {
      for (const item of sorted.streams)
        failed.set(
          item.path,
          `${item.type} left out of this ${audience} build: without ffmpeg its metadata (where it was recorded) cannot be removed`,
        );
    } else {
      const published = await publishStreams(archiveDir, outDir, cache, sorted.streams, ffmpeg);
      for (const [key, value] of published.streams) this.streams.set(key, value);
      for (const file of published.files) this.placed.add(file);
      for (const item of sorted.streams) {
        const failure = published.failures.get(item.path);
        if (failure) failed.set(item.path, `${item.type} not published: ${failure}`);
      }
    }
  }

  private summaryOf(record: EntryRecord): EntrySummary {
    return summarize(
      record,
      record.images[0] ? this.images.get(record.images[0]) : undefined,
      summaryPhotos(record, this.images),
    );
  }

  /**
   * The records of `files` read back from cache bucket `bucket`, as this build's audience sees
   * them; a file whose cache entry is gone or no longer the one loaded is parsed again.
   */
  private readBack(bucket: string, files: Map<string, CachedAt>): Map<string, EntryRecord> {
    const cache = this.readCache(path.join(this.cacheDir, `entries-${bucket}.v8`));
    const records = new Map<string, EntryRecord>();
    for (const [file, at] of files) {
      const item = cache.get(file);
      const visible =
        item?.record && item.mtimeMs === at.mtimeMs && item.size === at.size
          ? this.visible(item.record, item.placeName)
          : this.visible(readRecordSync(this.options.archiveDir, file, this.options.config).record);
      if (visible) records.set(file, visible);
    }
    return records;
  }

  private readCache(file: string): Map<string, CachedFile> {
    try {
      const stored = deserialize(readFileSync(file)) as {
        key: string;
        files: Map<string, CachedFile>;
      };
      return stored.key === this.cacheKey() ? stored.files : new Map();
    } catch {
      return new Map(); // absent or unreadable: the cache is only ever an optimisation
    }
  }

  private writeCache(file: string, files: Map<string, CachedFile>): void {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, serialize({ key: this.cacheKey(), files }));
    renameSync(temporary, file);
  }

  private cacheKey(): string {
    const { timeZone, defaultVisibility } = this.options.config;
    return JSON.stringify([CACHE_VERSION, timeZone, defaultVisibility, namingDataKey()]);
  }
}

/**
 * A copy, never a hard link: editing the published file must not touch the archive's. Copied
 * to a temporary name and renamed, so the output never holds a part of it.
 */
/** KEEP_IN_MEMORY, or INHALE_KEEP_IN_MEMORY's number (for tests and measuring both ways). */
function keepInMemory(): number {
  const given = Number(process.env.INHALE_KEEP_IN_MEMORY);
  return process.env.INHALE_KEEP_IN_MEMORY && Number.isInteger(given) ? given : KEEP_IN_MEMORY;
}

async function publishOriginal(from: string, to: string): Promise<void> {
  const [source, existing] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
  if (existing && existing.size === source.size && existing.mtimeMs >= source.mtimeMs) return;
  const temporary = temporaryName(to);
  try {
    await copyFile(from, temporary);
    await rename(temporary, to);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
