/**
 * Builds an archive's pages into an output folder. The entries are split by year among shards
 * (worker threads for a large archive); the main thread holds summaries only, computes the
 * timeline (URLs, neighbours, groups) and renders the pages made of summaries. `serve` keeps the
 * site and calls update() so an edit re-renders only the pages that show the edited entry.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadConfig } from '../archive/config.ts';
import { EntryError, type Problem } from '../archive/errors.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import type { Audience } from './audience.ts';
import { byTime } from './entry-record.ts';
import { type EntrySummary } from '../shared/entry-types.ts';
import { duplicateIds, leaveOutDuplicates } from './duplicate-ids.ts';
import { listEntryFiles } from './entry-files.ts';
import { searchIndexFiles, type IndexedEntry, type PostingsPiece } from '../search/build-index.ts';
import { searchScript } from '../search/bundle.ts';
import { mediaUrl } from '../shared/media-urls.ts';
import { outputFileOf, sitePageSpecs } from './page-specs.ts';
import { type EntryLinks, type PageSpec, type ShardRenderInput } from './page-kinds/page-kind.ts';
import { bucketOf } from './shard.ts';
import { timing, timingStart } from './timing.ts';
import { CACHE_DIR } from '../archive/cache-folder.ts';
import { createShards, shardCount, type ShardHandle } from './shard-pool.ts';
import { buildTimeline, groupSlug, patchTimeline, type Timeline } from './timeline.ts';
import { claimOutput, sweepOutput } from './output-folder.ts';
import { readManifest, saveManifest, writePages, type Manifest } from './output-writer.ts';

const ASSETS = fileURLToPath(new URL('../../layouts/assets/', import.meta.url));

/** The stylesheet, scripts and images of `layouts/assets/`, and the search page's script. */
async function assetSpecs(): Promise<PageSpec[]> {
  const names = await readdir(ASSETS);
  const specs = names.map((name) => ({
    url: `assets/${name}`,
    key: 'assets',
    render: () => readFileSync(path.join(ASSETS, name)),
  }));
  const script = await searchScript();
  return [...specs, { url: 'assets/search.js', key: 'assets', render: () => script }];
}

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

export class ArchiveSite {
  config?: ArchiveConfig;
  /** Every entry, oldest first. */
  summaries: EntrySummary[] = [];
  timeline?: Timeline;
  private shards: ShardHandle[] = [];
  /** Folder-year bucket → shard that loads it; page year → shard that renders it. */
  private readonly owners = new Map<string, number>();
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
    readonly options: { fileLinks?: boolean } = {},
  ) {
    timingStart();
  }

  private get manifestFile(): string {
    const key = createHash('sha1').update(path.resolve(this.outDir)).digest('hex').slice(0, 12);
    return path.join(this.archiveDir, CACHE_DIR, `output-${key}.v8`);
  }

  /** Loads every entry; problems are returned, not thrown (for `inhale check`). */
  async loadAll(): Promise<LoadedArchive> {
    if (this.loaded) return this.loaded;
    const config = (this.config = await loadConfig(this.archiveDir));
    const files = await listEntryFiles(this.archiveDir);
    const count = shardCount(files.length);
    this.shards = createShards(count, {
      archiveDir: this.archiveDir,
      outDir: this.outDir,
      config,
      audience: this.audience,
      // Images are processed up to one per core in all, however many shards there are.
      mediaConcurrency: Math.max(1, Math.floor(availableParallelism() / count)),
    });
    const plan = this.assignBuckets(files);
    const results = await Promise.all(this.shards.map((shard, index) => shard.load(plan[index]!)));
    const summaries: EntrySummary[] = [];
    const problems: Problem[] = [];
    const holderOfFile = new Map<string, number>();
    results.forEach((result, index) => {
      for (const summary of result.summaries) {
        this.holders.set(summary.id, index);
        holderOfFile.set(summary.file, index);
      }
      summaries.push(...result.summaries);
      problems.push(...result.problems);
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
      warnings: results.flatMap((result) => result.warnings),
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
      loaded.warnings.push(...kept.warnings);
    }
    if (!this.timeline) {
      await this.moveMisfiled(this.summaries);
      this.timeline = buildTimeline(this.summaries);
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
    timing('render: start');
    const { manifest, pages, written } = await this.render(previous);
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
    const byShard = new Map<number, string[]>();
    for (const file of files) {
      const owner = this.ownerOf(bucketOf(file));
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
    const oldTimeline = this.timeline!;
    // An edit to an entry's text, title or media changes no URL, order or group: patched in place.
    const patched =
      removedIds.size === addedIds.size &&
      [...removedIds].every((id) => addedIds.has(id)) &&
      patchTimeline(oldTimeline, added);
    if (!patched) {
      const summaries = this.summaries
        .filter((summary) => !removedIds.has(summary.id) && !addedIds.has(summary.id))
        .concat(added);
      summaries.sort(byTime);
      this.summaries = summaries;
      this.timeline = buildTimeline(summaries);
    }
    const summaries = this.summaries;
    timing(`update: timeline ${patched ? 'patched' : 'rebuilt'}`);

    const keys = new Set<string>(['site', 'search']);
    for (const id of removedIds) touch(keys, oldById.get(id), oldTimeline);
    for (const summary of added) touch(keys, summary, this.timeline!);
    const rendered = await this.render(this.manifest, [...keys]);
    timing('update: pages written');
    const changedShards = new Set([
      ...byShard.keys(),
      ...added.map((summary) => this.holders.get(summary.id)!),
    ]);
    const index = await this.writeIndex(await this.searchPostings(changedShards), this.manifest);
    const { manifest } = rendered;
    for (const [file, hash] of index.manifest) manifest.set(file, hash);
    const pages = rendered.pages + index.result.pages;
    const written = rendered.written + index.result.written;
    for (const [file, hash] of manifest) this.manifest.set(file, hash);
    // Pages of the touched keys that this render did not produce again are gone: an entry that
    // moved, a day left empty, a tag page past the new last page.
    const owned = [...keys].flatMap((key) => pageFilesOf(key, oldTimeline));
    let removed = 0;
    for (const file of [...this.manifest.keys()]) {
      if (manifest.has(file) || !owned.some((match) => match(file))) continue;
      await rm(path.join(this.outDir, file), { force: true });
      this.manifest.delete(file);
      removed++;
    }
    await saveManifest(this.manifestFile, this.outDir, this.manifest);
    return {
      entries: summaries.length,
      pages,
      written,
      removed,
      parsed: files.length,
      imagesProcessed: results.reduce((n, [, r]) => n + r.imagesProcessed, 0),
      warnings: [],
      seconds: (performance.now() - started) / 1000,
      search: { analysis: 0, index: this.indexSeconds },
    };
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
    };
    const inputs = this.shards.map((): ShardRenderInput => ({
      site,
      links: new Map(),
      others: new Map(),
    }));
    const previousOf = this.shards.map((): Manifest => new Map());
    const mainPrevious: Manifest = new Map();
    for (const [file, hash] of previous) {
      const year = file.slice(0, 4);
      if (/^\d{4}\//.test(file.slice(0, 5))) previousOf[this.ownerOf(year)]!.set(file, hash);
      else mainPrevious.set(file, hash);
    }
    const { entries, byId, urlOf } = timeline;
    const withUrl = (summary: EntrySummary | undefined) =>
      summary && { ...summary, url: urlOf.get(summary.id)! };
    // With keys (an edit), only entries shown on the pages to re-render need links: the edited
    // entries, their neighbours, and the entries of the affected months (their cards link to them).
    const months = new Set(
      keys
        ?.filter((key) => /^(day|month):/.test(key))
        .map((key) => key.slice(key.indexOf(':') + 1, key.indexOf(':') + 8)),
    );
    const entryIds = new Set(
      keys?.filter((key) => key.startsWith('entry:')).map((key) => key.slice(6)),
    );
    // A year page's photo strip links to pictures from all over the year.
    const years = new Set(
      keys?.filter((key) => key.startsWith('year:')).map((key) => key.slice(5)),
    );
    const isNeeded = (entry: EntrySummary) =>
      !keys ||
      entryIds.has(entry.id) ||
      months.has(entry.date.slice(0, 7)) ||
      (entry.images.length > 0 && years.has(entry.date.slice(0, 4)));
    entries.forEach((entry, index) => {
      if (!isNeeded(entry)) return;
      const holder = this.holders.get(entry.id)!;
      const input = inputs[holder]!;
      const link: EntryLinks = { url: urlOf.get(entry.id)! };
      const previousEntry = entries[index - 1];
      const nextEntry = entries[index + 1];
      const parent = entry.inReplyTo ? byId.get(entry.inReplyTo) : undefined;
      if (previousEntry) link.previous = previousEntry.id;
      if (nextEntry) link.next = nextEntry.id;
      if (parent) link.parent = parent.id;
      // Long conversations (a mailing-list thread) list the 100 entries nearest this one.
      const whole = timeline.threads.get(entry.id) ?? [];
      const at = whole.indexOf(entry.id);
      const thread = whole.slice(Math.max(0, at - 50), at + 50).map((id) => byId.get(id)!);
      if (thread.length > 0) link.thread = thread.map((item) => item.id);
      input.links.set(entry.id, link);
      for (const other of [previousEntry, nextEntry, parent, ...thread]) {
        if (other && (this.holders.get(other.id) !== holder || !isNeeded(other))) {
          input.others.set(other.id, withUrl(other)!);
        }
      }
    });
    const images = new Map(
      entries
        .filter((entry) => entry.thumb && entry.images[0])
        .map((entry) => [entry.images[0]!, entry.thumb!]),
    );
    const wanted = keys ? new Set(keys) : undefined;
    const shardKeys = keys?.filter((key) => /^(entry|day|month|year):/.test(key));
    // A full build asks first, so each shard computes its postings before it starts rendering;
    // an edit writes its pages first and the index after (see update).
    const postings = wanted ? undefined : this.searchPostings();
    timing('render: inputs ready');
    const [siteResult, ...shardResults] = await Promise.all([
      Promise.resolve().then(async () => {
        const specs = sitePageSpecs(timeline, site, images);
        timing('render: site pages');
        const pages = writePages(
          this.outDir,
          wanted ? [...specs].filter((spec) => wanted.has(spec.key)) : specs,
          mainPrevious,
        );
        if (!postings) return pages;
        const index = await this.writeIndex(await postings, mainPrevious);
        for (const [file, hash] of index.manifest) pages.manifest.set(file, hash);
        pages.result.pages += index.result.pages;
        pages.result.written += index.result.written;
        return pages;
      }),
      ...this.shards.map((shard, index) =>
        shard.render(inputs[index]!, previousOf[index]!, shardKeys),
      ),
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
    const index = writePages(this.outDir, this.searchSpecs(pieces), previous);
    this.indexSeconds = (performance.now() - started) / 1000;
    timing('search index written');
    return index;
  }

  /** The files of the search index, from the analyses of every entry of the timeline. */
  private searchSpecs(pieces: PostingsPiece[]): PageSpec[] {
    const { entries, urlOf } = this.timeline!;
    const indexed = entries.map(({ thumb, ...entry }): IndexedEntry => ({
      ...entry,
      url: urlOf.get(entry.id)!,
      ...(thumb && entry.images[0] ? { thumb: mediaUrl(entry.images[0], 'small') } : {}),
    }));
    const files = searchIndexFiles(indexed, pieces);
    timing('render: search index built');
    return [...files].map(([url, render]) => ({ url, key: 'search', render }));
  }

  /** Gives each shard contiguous folder-years with about the same number of files. */
  private assignBuckets(files: string[]): string[][] {
    const buckets = new Map<string, string[]>();
    for (const file of files)
      (buckets.get(bucketOf(file)) ?? buckets.set(bucketOf(file), []).get(bucketOf(file))!).push(
        file,
      );
    const plan = this.shards.map((): string[] => []);
    const perShard = files.length / this.shards.length;
    let shard = 0;
    for (const [bucket, list] of [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (
        plan[shard]!.length > 0 &&
        plan[shard]!.length + list.length / 2 > perShard &&
        shard < plan.length - 1
      )
        shard++;
      this.owners.set(bucket, shard);
      plan[shard]!.push(...list);
    }
    return plan;
  }

  /** The shard for a year: its folder's, else the nearest earlier year's, else the first. */
  private ownerOf(year: string): number {
    const owner = this.owners.get(year);
    if (owner !== undefined) return owner;
    const earlier = [...this.owners.keys()]
      .filter((key) => key < year && /^\d{4}$/.test(key))
      .sort()
      .pop();
    const chosen = earlier ? this.owners.get(earlier)! : 0;
    this.owners.set(year, chosen);
    return chosen;
  }

  /** Moves records filed under another year than their date's to the shard that renders that year. */
  private async moveMisfiled(summaries: EntrySummary[]): Promise<void> {
    const moves = new Map<string, string[]>();
    for (const summary of summaries) {
      const from = this.holders.get(summary.id)!;
      const to = this.ownerOf(summary.date.slice(0, 4));
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

/** Matchers for the output files a page key owns: its first page and its numbered pages. */
function pageFilesOf(key: string, timeline: Timeline): ((file: string) => boolean)[] {
  if (key === 'photos') key = 'photos:';
  if (key === 'search') return [(file) => file.startsWith('search/')];
  const [kind, value = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const folder: Record<string, string> = {
    day: `${value.replaceAll('-', '/')}/`,
    month: `${value.replace('-', '/')}/`,
    year: `${value}/`,
    tag: `tags/${value}/`,
    person: `people/${value}/`,
    source: `sources/${value}/`,
    photos: 'photos/',
    onthisday: `on-this-day/${value}/`,
  };
  if (kind === 'entry') {
    const url = timeline.urlOf.get(value);
    return url ? [(file) => file === outputFileOf(url)] : [];
  }
  const base = folder[kind];
  if (!base) return [];
  const numbered = new RegExp(
    `^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}page/\\d+/index\\.html$`,
  );
  return [(file) => file === `${base}index.html`, (file) => numbered.test(file)];
}

function touch(keys: Set<string>, entry: EntrySummary | undefined, timeline: Timeline): void {
  if (!entry) return;
  const index = timeline.indexOf.get(entry.id);
  if (index === undefined) return;
  for (const neighbour of [timeline.entries[index - 1], entry, timeline.entries[index + 1]]) {
    if (neighbour) keys.add(`entry:${neighbour.id}`);
  }
  const [year, month, day] = [
    entry.date.slice(0, 4),
    entry.date.slice(5, 7),
    entry.date.slice(8, 10),
  ];
  keys.add(`year:${year}`).add(`month:${year}-${month}`).add(`day:${year}-${month}-${day}`);
  for (const tag of entry.tags) keys.add(`tag:${groupSlug(tag)}`);
  for (const person of entry.people) keys.add(`person:${groupSlug(person)}`);
  keys.add(`source:${groupSlug(entry.source)}`);
  if (entry.images.length > 0) keys.add('photos');
  keys.add(`onthisday:${entry.date.slice(5, 10)}`);
  // Every entry of its conversation lists it.
  for (const id of timeline.threads.get(entry.id) ?? []) keys.add(`entry:${id}`);
  if (entry.inReplyTo) keys.add(`entry:${entry.inReplyTo}`);
}
