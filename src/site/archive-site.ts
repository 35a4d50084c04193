/**
 * Builds an archive's pages into an output folder. The entries are split by year among shards
 * (worker threads for a large archive); the main thread holds summaries only, computes the
 * timeline (URLs, neighbours, groups) and renders the pages made of summaries. `serve` keeps the
 * site and calls update() so an edit re-renders only the pages that show the edited entry.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import type { Site } from '../../layouts/base.ts';
import type { ImageInfo } from '../../layouts/entry-view.ts';
import { CACHE_DIR } from '../archive/cache-folder.ts';
import { loadConfig } from '../archive/config.ts';
import { saveOutlines, useOutlines } from '../places/outline-cache.ts';
import { loadPeopleFile } from '../archive/people.ts';
import { personCards, type PersonCard } from '../people/cards.ts';
import { EntryError, type Problem } from '../archive/errors.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import type { PostingsPiece } from '../search/build-index.ts';
import type { EntrySummary } from '../shared/entry-types.ts';
import { assetSpecs } from './asset-specs.ts';
import { manifestFileOf } from './build-freshness.ts';
import { countProgress } from './build-progress.ts';
import type { Audience } from './audience.ts';
import { duplicateIds, leaveOutDuplicates } from './duplicate-ids.ts';
import { listEntryFiles } from './entry-files.ts';
import { byTime } from './entry-record.ts';
import { claimOutput, sweepOutput } from './output-folder.ts';
import { readManifest, saveManifest, writePages, type Manifest } from './output-writer.ts';
import {
  isWanted,
  pageFilesOf,
  placesChanged,
  touch,
  touchChats,
  wantsPlaceKind,
} from './page-keys.ts';
import {
  PLACE_PAGE_KINDS,
  placePageSpecs,
  placeRenderInput,
  sitePageSpecs,
  sitePageTimes,
} from './page-specs.ts';
import type { PlaceRenderInput } from './page-kinds/page-kind.ts';
import { addShownRecords, shardRenderInputs } from './render-inputs.ts';
import { searchIndexSpecs } from './search-index-specs.ts';
import { bucketOf } from './shard.ts';
import { createShards, shardCount, type ShardHandle } from './shard-pool.ts';
import { buildTimeline, patchTimeline, type Timeline } from './timeline.ts';
import { timing, timingStart } from './timing.ts';
import { toolDigest } from './tool-identity.ts';
import { YearOwners } from './year-owners.ts';

export interface BuildSummary {
  entries: number;
  pages: number;
  written: number;
  removed: number;
  parsed: number;
  imagesProcessed: number;
  warnings: string[];
  seconds: number;
  /** Seconds spent on search: analysing entries (summed over threads) and writing the index. */
  search: { analysis: number; index: number };
}

export interface LoadedArchive {
  config: ArchiveConfig;
  summaries: EntrySummary[];
  problems: Problem[];
  /** Files whose id an earlier file has: a problem for `inhale check`, a warning for a build. */
  duplicates: Problem[];
  parsed: number;
  imagesProcessed: number;
  warnings: string[];
  analysisSeconds: number;
}

/** What an edit's files gave: the shards that re-read them, and each one's result. */
interface Reread {
  byShard: Map<number, string[]>;
  results: (readonly [number, Awaited<ReturnType<ShardHandle['update']>>])[];
}

export class ArchiveSite {
  config?: ArchiveConfig;
  /** Every entry, oldest first. */
  summaries: EntrySummary[] = [];
  timeline?: Timeline;
  /** What this build's audience sees of the people file's people. */
  private persons: PersonCard[] = [];
  private shards: ShardHandle[] = [];
  private readonly years = new YearOwners();
  /** Entry id → shard holding its record. */
  private readonly holders = new Map<string, number>();
  private holderOfFile = new Map<string, number>();
  private manifest: Manifest = new Map();
  private loaded?: LoadedArchive;
  /** Seconds the last render spent building and writing the search index. */
  private indexSeconds = 0;
  /** The shards' last search postings, and what they were computed for. */
  private pieces: PostingsPiece[] = [];
  private pieceKeys: string[] = [];

  constructor(
    readonly archiveDir: string,
    readonly outDir: string,
    /** Who the build is for. @default 'private' (everything) */
    readonly audience: Audience = 'private',
    readonly options: {
      fileLinks?: boolean;
      /** Only parse and validate the entries, for `inhale check`. @default false */
      parseOnly?: boolean;
      /** How many shards: worker threads when more than one. @default one per core, for a large archive */
      shards?: number;
      /** Keep every entry's record in memory, for `serve`'s edits. @default false */
      keepRecords?: boolean;
    } = {},
  ) {
    timingStart();
  }

  private get manifestFile(): string {
    return manifestFileOf(this.archiveDir, this.outDir);
  }

  /** Loads every entry; problems are returned, not thrown (for `inhale check`). */
  async loadAll(): Promise<LoadedArchive> {
    if (this.loaded) return this.loaded;
    const config = (this.config = await loadConfig(this.archiveDir));
    const { people } = await loadPeopleFile(this.archiveDir);
    const cards = await personCards(this.archiveDir, people, this.audience);
    this.persons = cards.cards;
    const files = await listEntryFiles(this.archiveDir);
    countProgress('entries', 0, files.length);
    const count = this.options.shards ?? shardCount(files.length);
    this.shards = createShards(count, {
      archiveDir: this.archiveDir,
      outDir: this.outDir,
      config,
      audience: this.audience,
      people,
      // Images are processed up to one per core in all, however many shards there are.
      mediaConcurrency: Math.max(1, Math.floor(availableParallelism() / count)),
      parseOnly: this.options.parseOnly,
      keepRecords: this.options.keepRecords,
    });
    const plan = this.years.assign(files, this.shards.length);
    const results = await Promise.all(this.shards.map((shard, index) => shard.load(plan[index]!)));
    const summaries: EntrySummary[] = [];
    const problems: Problem[] = [];
    const holderOfFile = new Map<string, number>();
    results.forEach((result, index) => {
      for (const summary of result.summaries) {
        this.holders.set(summary.id, index);
        holderOfFile.set(summary.file, index);
      }
      // Not push(...list): a million summaries overflow the call stack as arguments.
      for (const summary of result.summaries) summaries.push(summary);
      for (const problem of result.problems) problems.push(problem);
    });
    summaries.sort(byTime);
    timing(`load: ${files.length} files in ${this.shards.length} shard(s)`);
    const duplicates = duplicateIds(summaries);
    this.summaries = summaries;
    this.holderOfFile = holderOfFile;
    this.loaded = {
      config,
      summaries,
      duplicates,
      problems: problems.sort((a, b) =>
        a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
      ),
      parsed: results.reduce((sum, result) => sum + result.parsed, 0),
      imagesProcessed: results.reduce((sum, result) => sum + result.imagesProcessed, 0),
      warnings: [...cards.warnings, ...results.flatMap((result) => result.warnings)],
      analysisSeconds: results.reduce((sum, result) => sum + result.analysisSeconds, 0),
    };
    return this.loaded;
  }

  /** Loads and validates every entry; throws EntryError listing every problem. */
  async load(): Promise<LoadedArchive> {
    // Before a photo is placed in it: a folder of someone else's files is refused.
    if (!this.loaded) await claimOutput(this.outDir);
    const loaded = await this.loadAll();
    if (loaded.problems.length > 0) throw new EntryError(this.located(loaded.problems));
    if (loaded.duplicates.length > 0 && !this.timeline) {
      const kept = await leaveOutDuplicates(
        loaded.duplicates,
        this.summaries,
        this.shards,
        this.holderOfFile,
      );
      for (const summary of kept.summaries)
        this.holders.set(summary.id, this.holderOfFile.get(summary.file)!);
      this.summaries = loaded.summaries = kept.summaries;
      for (const warning of kept.warnings) loaded.warnings.push(warning);
    }
    if (!this.timeline) {
      await this.moveMisfiled(this.summaries);
      this.timeline = buildTimeline(this.summaries, this.persons);
      timing('timeline built');
    }
    return loaded;
  }

  /**
   * Writes every page, skipping the ones whose bytes did not change, and removes every other
   * file from the output folder. `eleventyFiles` are the files Eleventy wrote there itself.
   */
  async build(eleventyFiles: string[] = []): Promise<BuildSummary> {
    const started = performance.now();
    const loaded = await this.load();
    const ours = eleventyFiles.map((file) => this.outputFile(file));
    const previous = await readManifest(this.manifestFile, this.outDir);
    const assets = writePages(this.outDir, await assetSpecs(), previous);
    timing('manifest read, assets written');
    // The maps' outlines drawn in this thread are kept for the next build of the same tool.
    useOutlines(path.join(this.archiveDir, CACHE_DIR), toolDigest());
    let rendered;
    try {
      rendered = await this.render(previous);
    } finally {
      saveOutlines();
    }
    const { manifest, pages, written } = rendered;
    timing('render: done');
    for (const [file, written] of assets.manifest) manifest.set(file, written);
    const media = await Promise.all(this.shards.map((shard) => shard.mediaFiles()));
    const published = new Set([...manifest.keys(), ...media.flat(), ...ours]);
    const removed = await sweepOutput(this.outDir, published);
    this.manifest = manifest;
    await saveManifest(this.manifestFile, this.outDir, manifest);
    return {
      entries: this.summaries.length,
      pages,
      written,
      removed,
      parsed: loaded.parsed,
      imagesProcessed: loaded.imagesProcessed,
      warnings: loaded.warnings,
      seconds: (performance.now() - started) / 1000,
      search: { analysis: loaded.analysisSeconds, index: this.indexSeconds },
    };
  }

  /**
   * Re-reads changed entry files (`/`-separated, relative to the archive) and rewrites the
   * pages that show them: entry pages and neighbours, days, months, years, groups, home.
   */
  async update(files: string[]): Promise<BuildSummary> {
    const started = performance.now();
    const { byShard, results } = await this.reread(files);
    const oldTimeline = this.timeline!;
    const { oldById, removedIds, added } = await this.replaceSummaries(results);

    const keys = new Set<string>(['site', 'search']);
    for (const id of removedIds) touch(keys, oldById.get(id), oldTimeline);
    for (const summary of added) touch(keys, summary, this.timeline!);
    const changed = new Set([...removedIds, ...added.map((summary) => summary.id)]);
    touchChats(keys, changed, oldTimeline, this.timeline!);
    const removedSummaries = [...removedIds].map((id) => oldById.get(id));
    if (placesChanged(removedSummaries, added)) keys.add('places');
    const rendered = await this.render(this.manifest, [...keys]);
    timing('update: pages written');
    const changedShards = new Set([
      ...byShard.keys(),
      ...added.map((summary) => this.holders.get(summary.id)!),
    ]);
    const index = await this.writeIndex(await this.searchPostings(changedShards), this.manifest);
    const { manifest } = rendered;
    for (const [file, hash] of index.manifest) manifest.set(file, hash);
    for (const [file, hash] of manifest) this.manifest.set(file, hash);
    const removed = await this.removeGonePages(keys, oldTimeline, manifest);
    await saveManifest(this.manifestFile, this.outDir, this.manifest);
    return {
      entries: this.summaries.length,
      pages: rendered.pages + index.result.pages,
      written: rendered.written + index.result.written,
      removed,
      parsed: files.length,
      imagesProcessed: results.reduce((n, [, r]) => n + r.imagesProcessed, 0),
      warnings: [],
      seconds: (performance.now() - started) / 1000,
      search: { analysis: 0, index: this.indexSeconds },
    };
  }

  /** Has the shards that hold `files` read them again; throws EntryError on a problem. */
  private async reread(files: string[]): Promise<Reread> {
    const byShard = new Map<number, string[]>();
    for (const file of files) {
      const owner = this.years.ownerOf(bucketOf(file));
      (byShard.get(owner) ?? byShard.set(owner, []).get(owner)!).push(file);
    }
    const results = await Promise.all(
      [...byShard].map(
        async ([index, list]) => [index, await this.shards[index]!.update(list)] as const,
      ),
    );
    const problems = results.flatMap(([, result]) => result.problems);
    if (problems.length > 0) throw new EntryError(this.located(problems));
    timing('update: files re-read');
    return { byShard, results };
  }

  /**
   * Puts the re-read summaries in place of the old ones: in the timeline as it is when no URL,
   * order or group changed, else in a timeline built again. Throws EntryError on a taken id.
   */
  private async replaceSummaries(results: Reread['results']) {
    const oldById = new Map(this.summaries.map((summary) => [summary.id, summary]));
    const removedIds = new Set(results.flatMap(([, result]) => result.removed));
    const added = results.flatMap(([index, result]) =>
      result.summaries.map((summary) => (this.holders.set(summary.id, index), summary)),
    );
    const addedIds = new Set(added.map((summary) => summary.id));
    const collision = added.find(
      (summary) => !removedIds.has(summary.id) && oldById.has(summary.id),
    );
    if (collision)
      throw new EntryError(
        this.located([
          {
            file: collision.file,
            line: 2,
            field: 'id',
            message: `"${collision.id}" is already the id of ${oldById.get(collision.id)!.file}`,
          },
        ]),
      );
    await this.moveMisfiled(added);
    // An edit to an entry's text, title or media changes no URL, order or group: patched in place.
    const patched =
      removedIds.size === addedIds.size &&
      [...removedIds].every((id) => addedIds.has(id)) &&
      patchTimeline(this.timeline!, added);
    if (!patched) {
      const summaries = this.summaries
        .filter((summary) => !removedIds.has(summary.id) && !addedIds.has(summary.id))
        .concat(added);
      summaries.sort(byTime);
      this.summaries = summaries;
      this.timeline = buildTimeline(summaries, this.persons);
    }
    timing(`update: timeline ${patched ? 'patched' : 'rebuilt'}`);
    return { oldById, removedIds, added };
  }

  /**
   * Pages of the touched keys that this render did not produce again are gone: an entry that
   * moved, a day left empty, a tag page past the new last page. Returns how many were removed.
   */
  private async removeGonePages(
    keys: Set<string>,
    oldTimeline: Timeline,
    rendered: Manifest,
  ): Promise<number> {
    const owned = [...keys].flatMap((key) => pageFilesOf(key, oldTimeline));
    let removed = 0;
    for (const file of [...this.manifest.keys()]) {
      if (rendered.has(file) || !owned.some((match) => match(file))) continue;
      await rm(path.join(this.outDir, file), { force: true });
      this.manifest.delete(file);
      removed++;
    }
    return removed;
  }

  /** An output file as the manifest names it: relative to the output folder, `/`-separated. */
  private outputFile(file: string): string {
    return path.relative(this.outDir, path.resolve(file)).split(path.sep).join('/');
  }

  async close(): Promise<void> {
    await Promise.all(this.shards.map((shard) => shard.close()));
    this.shards = [];
  }

  /** Renders the shards' pages and the site pages in parallel; `keys` limits both. */
  private async render(
    previous: Manifest,
    keys?: string[],
  ): Promise<{ manifest: Manifest; pages: number; written: number }> {
    const timeline = this.timeline!;
    const config = this.config!;
    const site = {
      title: config.title,
      owner: config.owner,
      language: config.language,
      fileLinks: this.options.fileLinks,
      originals: config.media.originals && this.audience === 'private',
      pathPrefix: config.pathPrefix,
    };
    const previousOf = this.shards.map((): Manifest => new Map());
    const mainPrevious: Manifest = new Map();
    // An edit sends each shard the records of the years its pages are in, not all 100,000:
    // copying a whole year-folder manifest into a worker took longer than rendering the entry.
    const shardYears = keys && yearsOfKeys(keys, timeline);
    for (const [file, hash] of previous) {
      const year = file.slice(0, 4);
      // A year's folder is its shard's, but for its review, a page made of summaries.
      if (/^\d{4}\/(?!review\/)/.test(file.slice(0, 12))) {
        if (!shardYears || shardYears.has(year))
          previousOf[this.years.ownerOf(year)]!.set(file, hash);
      } else mainPrevious.set(file, hash);
    }
    const inputs = shardRenderInputs(timeline, site, this.shards.length, this.holders, keys);
    await addShownRecords(inputs, this.holders, (shard, ids) =>
      this.shards[shard]!.shownRecords(ids),
    );
    const images = new Map(
      timeline.entries
        .filter((entry) => entry.thumb && entry.images[0])
        .map((entry) => [entry.images[0]!, entry.thumb!]),
    );
    const wanted = keys ? new Set(keys) : undefined;
    const shardKeys = keys?.filter((key) => /^(entry|day|month|year):/.test(key));
    // A full build asks first, so each shard computes its postings before it starts rendering;
    // an edit writes its pages first and the index after (see update).
    const postings = wanted ? undefined : this.searchPostings();
    // In a full build in worker threads, the pages about places (their maps are costly) are
    // shared: the main thread and each shard take the next one whenever they are free.
    const places =
      !wanted && this.shards.length > 1 ? placeRenderInput(timeline, site, images) : undefined;
    const placesPrevious: Manifest = new Map();
    if (places)
      for (const [file, hash] of mainPrevious)
        if (file.startsWith('places/')) {
          placesPrevious.set(file, hash);
          mainPrevious.delete(file);
        }
    const shared = places && { input: places, previous: placesPrevious };
    timing('render: inputs ready');
    const [siteResult, ...shardResults] = await Promise.all([
      // After the shards have their work: the site pages are written synchronously.
      Promise.resolve().then(() =>
        this.renderSitePages(site, images, mainPrevious, wanted, postings, shared),
      ),
      ...this.shards.map((shard, index) =>
        shard.render(inputs[index]!, previousOf[index]!, shardKeys),
      ),
      ...(places ? this.shards.map((shard) => shard.renderPlaces(places, placesPrevious)) : []),
    ]);
    const manifest: Manifest = new Map(siteResult!.manifest);
    let pages = siteResult!.result.pages;
    let written = siteResult!.result.written;
    for (const result of shardResults) {
      for (const [file, hash] of result.manifest) manifest.set(file, hash);
      pages += result.pages;
      written += result.written;
    }
    return { manifest, pages, written };
  }

  /** The pages made of summaries, written by the main thread; the search index too when given. */
  private async renderSitePages(
    site: Site,
    images: ImageInfo,
    previous: Manifest,
    wanted: Set<string> | undefined,
    postings: Promise<PostingsPiece[]> | undefined,
    /** The pages about places, shared with the shards; else they are among the site pages. */
    places?: { input: PlaceRenderInput; previous: Manifest },
  ): Promise<{ manifest: Manifest; result: { pages: number; written: number } }> {
    const placeKinds = places
      ? []
      : PLACE_PAGE_KINDS.filter((kind) => !wanted || wantsPlaceKind(wanted, kind.name));
    const specs = sitePageSpecs(this.timeline!, site, images, placeKinds);
    sitePageTimes.clear();
    const pages = writePages(
      this.outDir,
      wanted ? [...specs].filter((spec) => isWanted(wanted, spec.key)) : specs,
      previous,
    );
    const slowest = [...sitePageTimes].sort((a, b) => b[1] - a[1]).slice(0, 6);
    timing(
      `render: site pages written (${slowest.map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(2)} s`).join(', ')})`,
    );
    const add = (more: typeof pages) => {
      for (const [file, hash] of more.manifest) pages.manifest.set(file, hash);
      pages.result.pages += more.result.pages;
      pages.result.written += more.result.written;
    };
    if (postings) add(await this.writeIndex(await postings, previous));
    if (places) {
      add(writePages(this.outDir, placePageSpecs(places.input), places.previous));
      timing('render: place pages written');
    }
    return pages;
  }

  /**
   * Every shard's search postings, its entries numbered by their place in the timeline. A shard
   * whose entries did not change (`changed` says which did) and kept their numbers gives the
   * postings it gave last time, without being asked.
   */
  private async searchPostings(changed?: Set<number>): Promise<PostingsPiece[]> {
    const numbers = this.shards.map((): [string, number][] => []);
    this.timeline!.entries.forEach((entry, number) =>
      numbers[this.holders.get(entry.id)!]!.push([entry.id, number]),
    );
    const keys = numbers.map((list) =>
      createHash('sha1').update(JSON.stringify(list)).digest('base64url'),
    );
    this.pieces = await Promise.all(
      this.shards.map((shard, index) =>
        changed && !changed.has(index) && this.pieceKeys[index] === keys[index]
          ? this.pieces[index]!
          : shard.searchPostings(numbers[index]!),
      ),
    );
    this.pieceKeys = keys;
    return this.pieces;
  }

  private async writeIndex(
    pieces: PostingsPiece[],
    previous: Manifest,
  ): Promise<{ manifest: Manifest; result: { pages: number; written: number } }> {
    const started = performance.now();
    const index = writePages(this.outDir, searchIndexSpecs(this.timeline!, pieces), previous);
    this.indexSeconds = (performance.now() - started) / 1000;
    timing('search index written');
    return index;
  }

  /** Moves records filed under another year than their date's to the shard that renders that year. */
  private async moveMisfiled(summaries: EntrySummary[]): Promise<void> {
    const moves = new Map<string, string[]>();
    for (const summary of summaries) {
      const from = this.holders.get(summary.id)!;
      const to = this.years.ownerOf(summary.date.slice(0, 4));
      if (from !== to)
        (moves.get(`${from}>${to}`) ?? moves.set(`${from}>${to}`, []).get(`${from}>${to}`)!).push(
          summary.id,
        );
    }
    for (const [route, ids] of moves) {
      const [from, to] = route.split('>').map(Number) as [number, number];
      await this.shards[to]!.adopt(await this.shards[from]!.release(ids));
      for (const id of ids) this.holders.set(id, to);
    }
  }

  /** Problems with paths as the person typed the archive folder, so editors can open them. */
  private located(problems: Problem[]): Problem[] {
    return problems.map((problem) => ({
      ...problem,
      file: path.join(this.archiveDir, problem.file),
    }));
  }
}

/** The year folders whose pages `keys` name: an entry's by its URL, a day's, month's or year's by its date. */
function yearsOfKeys(keys: string[], timeline: Timeline): Set<string> {
  const years = new Set<string>();
  for (const key of keys) {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    if (kind === 'entry') {
      const url = timeline.urlOf.get(rest);
      if (url) years.add(url.slice(0, 4));
    } else if (kind === 'day' || kind === 'month' || kind === 'year') years.add(rest.slice(0, 4));
  }
  return years;
}
