/**
 * Builds an archive's pages into an output folder, and keeps what it learned so that `serve`
 * can rebuild only the pages an edit touches.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { EntryError, type Problem } from '../archive/errors.ts';
import type { EntryRecord } from './entry-record.ts';
import { CACHE_DIR, loadArchive, type Archive } from './load-archive.ts';
import { publishImages } from './media.ts';
import { pageSpecs } from './pages.ts';
import { readRecord } from './read-record.ts';
import { buildTimeline, groupSlug, type Timeline } from './timeline.ts';
import {
  readManifest,
  saveManifest,
  writePages,
  type Manifest,
  type WriteResult,
} from './write-pages.ts';

const ASSETS = fileURLToPath(new URL('../../layouts/assets/', import.meta.url));

export interface BuildSummary extends WriteResult {
  entries: number;
  parsed: number;
  images: number;
  imagesProcessed: number;
  warnings: string[];
  seconds: number;
}

export class ArchiveSite {
  archive?: Archive;
  timeline?: Timeline;
  private manifest: Manifest = new Map();
  private images = new Map<string, { width: number; height: number }>();

  constructor(
    readonly archiveDir: string,
    readonly outDir: string,
  ) {}

  private get cacheDir(): string {
    return path.join(this.archiveDir, CACHE_DIR);
  }

  private get manifestFile(): string {
    const key = createHash('sha1').update(path.resolve(this.outDir)).digest('hex').slice(0, 12);
    return path.join(this.cacheDir, `output-${key}.v8`);
  }

  /** Problems with paths as the person typed the archive folder, so editors can open them. */
  private located(problems: Problem[]): Problem[] {
    return problems.map((problem) => ({
      ...problem,
      file: path.join(this.archiveDir, problem.file),
    }));
  }

  /** Loads and validates every entry; throws EntryError listing every problem. */
  async load(): Promise<Archive> {
    const archive = await loadArchive(this.archiveDir);
    if (archive.problems.length > 0) throw new EntryError(this.located(archive.problems));
    this.archive = archive;
    this.timeline = buildTimeline(archive.entries);
    return archive;
  }

  /** Writes every page, skipping the ones whose bytes did not change. */
  async build(): Promise<BuildSummary> {
    const started = performance.now();
    const archive = this.archive ?? (await this.load());
    const timeline = this.timeline!;
    await mkdir(this.outDir, { recursive: true });
    const previous = await readManifest(this.manifestFile, this.outDir);
    await cp(ASSETS, path.join(this.outDir, 'assets'), { recursive: true });
    const media = await publishImages(
      this.archiveDir,
      path.join(this.cacheDir, 'media'),
      this.outDir,
      archive.entries.flatMap((entry) => entry.images),
    );
    this.images = media.images;
    const site = {
      title: archive.config.title,
      owner: archive.config.owner,
      language: archive.config.language,
    };
    const { manifest, result } = await writePages(
      this.outDir,
      pageSpecs(timeline, site, this.images),
      previous,
      {
        complete: true,
      },
    );
    this.manifest = manifest;
    await saveManifest(this.manifestFile, this.outDir, manifest);
    return {
      ...result,
      entries: archive.entries.length,
      parsed: archive.parsed,
      images: media.images.size,
      imagesProcessed: media.processed,
      warnings: media.warnings,
      seconds: (performance.now() - started) / 1000,
    };
  }

  /**
   * Re-reads the changed entry files and rewrites the pages that show them: their entry pages,
   * neighbours, days, months, years, tags, people, sources and the site-wide pages.
   */
  async update(changedFiles: string[]): Promise<BuildSummary> {
    const started = performance.now();
    const archive = this.archive!;
    const before = new Map(archive.entries.map((entry) => [entry.file, entry]));
    const replaced: EntryRecord[] = [];
    const added: EntryRecord[] = [];
    for (const file of changedFiles) {
      const result = await readRecord(this.archiveDir, file, archive.config);
      if (result.problems) {
        if (result.problems[0]?.message.startsWith('ENOENT')) {
          const old = before.get(file);
          if (old) replaced.push(old);
          continue;
        }
        throw new EntryError(this.located(result.problems));
      }
      const old = before.get(file);
      if (old) replaced.push(old);
      added.push(result.record!);
    }
    const removedSet = new Set(replaced);
    const entries = archive.entries.filter((entry) => !removedSet.has(entry)).concat(added);
    entries.sort((a, b) => a.instant - b.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    archive.entries = entries;
    const oldTimeline = this.timeline!;
    const timeline = buildTimeline(entries);
    this.timeline = timeline;

    const keys = new Set<string>(['site']);
    const touch = (entry: EntryRecord | undefined, line: Timeline) => {
      if (!entry) return;
      const index = line.indexOf.get(entry)!;
      for (const neighbour of [line.entries[index - 1], entry, line.entries[index + 1]]) {
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
    };
    for (const entry of replaced) touch(entry, oldTimeline);
    for (const entry of added) touch(entry, timeline);

    const media = await publishImages(
      this.archiveDir,
      path.join(this.cacheDir, 'media'),
      this.outDir,
      added.flatMap((entry) => entry.images),
    );
    for (const [key, value] of media.images) this.images.set(key, value);
    const site = {
      title: archive.config.title,
      owner: archive.config.owner,
      language: archive.config.language,
    };
    const specs = [...pageSpecs(timeline, site, this.images)].filter((spec) => keys.has(spec.key));
    const { manifest, result } = await writePages(this.outDir, specs, this.manifest, {
      complete: false,
    });
    this.manifest = manifest;
    await saveManifest(this.manifestFile, this.outDir, manifest);
    return {
      ...result,
      entries: entries.length,
      parsed: changedFiles.length,
      images: this.images.size,
      imagesProcessed: media.processed,
      warnings: media.warnings,
      seconds: (performance.now() - started) / 1000,
    };
  }
}
