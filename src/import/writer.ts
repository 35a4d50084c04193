/**
 * The one writer of imported entries. It validates each entry, puts it at its deterministic
 * path with a provenance block, copies its media beside it, and leaves alone every file a
 * person has edited since inhale wrote it. Nothing reaches the archive until commit(): files
 * are staged in the cache folder and moved into place at the end, under a lock.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { formatEntry, parseEntryText } from '../archive/entry-file.ts';
import { EntryError, InhaleError } from '../archive/errors.ts';
import { safeExtension, sniffBytes, SNIFF_BYTES, type FileKind } from '../archive/file-kind.ts';
import { entryFilePath, entrySlug, shortHash } from '../archive/paths.ts';
import { CACHE_DIR } from '../build/shard.ts';
import type { FileView } from './file-view.ts';
import { copyHashing } from './media-copy.ts';
import { StagingWriter } from './staging-writer.ts';
import type { ImportedEntry, ImportedMedia, Importer } from './types.ts';

const ZERO_HASH = `sha256:${'0'.repeat(64)}`;
const HASH_LINE = /^( {2}hash: )sha256:[0-9a-f]{64}$/m;

/** sha256 of an entry file's text, with its own provenance hash zeroed. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256')
    .update(text.replace(HASH_LINE, `$1${ZERO_HASH}`))
    .digest('hex')}`;
}

export interface ImportReport {
  source: string;
  input: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Files a person edited since they were imported: left as they are. */
  keptEdited: string[];
  skipped: Record<string, number>;
  warnings: string[];
  unknownFields: string[];
  dryRun: boolean;
}

interface Existing {
  file: string;
  text: string;
}

export class ArchiveWriter {
  private readonly staging: string;
  private readonly lockFile: string;
  private readonly staged = new Set<string>();
  private existing = new Map<string, Existing>();
  private readonly written = new Set<string>();
  readonly report: ImportReport;

  constructor(
    private readonly archiveDir: string,
    private readonly importer: Pick<Importer, 'name' | 'version'>,
    private readonly options: {
      dryRun: boolean;
      input: string;
      /** What of a place is written: see privacy.importedPlaces. @default 'exact' */
      places?: 'exact' | 'city' | 'none';
    },
  ) {
    this.staging = path.join(archiveDir, CACHE_DIR, `import-${process.pid}`);
    this.lockFile = path.join(archiveDir, CACHE_DIR, 'import.lock');
    this.report = {
      source: importer.name,
      input: options.input,
      added: 0,
      updated: 0,
      unchanged: 0,
      keptEdited: [],
      skipped: {},
      warnings: [],
      unknownFields: [],
      dryRun: options.dryRun,
    };
  }

  /** Takes the lock and indexes the source's existing entries by id. */
  async open(): Promise<void> {
    await mkdir(path.dirname(this.lockFile), { recursive: true });
    try {
      const handle = await open(this.lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(this.lockFile, 'utf8')).trim());
      if (isAlive(pid))
        throw new InhaleError(
          `${this.archiveDir}: another import (process ${pid}) is running; wait for it to finish`,
        );
      await writeFile(this.lockFile, `${process.pid}\n`); // a stale lock from a process that died
    }
    // Staging folders of imports that were killed halfway: never moved into place, so just gone.
    for (const name of await readdir(path.dirname(this.lockFile))) {
      if (name.startsWith('import-') && !isAlive(Number(name.slice(7)))) {
        await rm(path.join(path.dirname(this.lockFile), name), { recursive: true, force: true });
      }
    }
    this.existing = await indexSource(this.archiveDir, this.importer.name);
  }

  async write(entry: ImportedEntry, view: FileView): Promise<void> {
    const known = this.existing.get(entry.data.id);
    // The id's hash in the slug keeps two posts with the same words on the same day apart.
    const words = entrySlug(entry.data.id, entry.data.title as string | undefined, entry.body)
      .slice(0, 50)
      .replace(/-+$/, '');
    const slug = `${words}-${shortHash(entry.data.id, 6)}`;
    const file = known?.file ?? entryFilePath(entry.data.source, entry.data.date, slug);
    if (this.written.has(file)) return void this.skip('same entry twice in this export');
    const media = await this.stageMedia(entry, view, path.posix.dirname(file));
    const data: Record<string, unknown> = { ...entry.data };
    if (media.length > 0) data.media = media;
    const place = placeToWrite(data.place, this.options.places ?? 'exact');
    if (place) data.place = place;
    else delete data.place;
    data.provenance = {
      file: entry.file,
      importer: this.importer.name,
      version: this.importer.version,
      hash: ZERO_HASH,
    };
    let text = formatEntry(data, entry.body);
    text = text.replace(HASH_LINE, `$1${contentHash(text)}`);
    try {
      parseEntryText(text, file);
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      return void this.skip('invalid entry', `${entry.data.id}: ${error.problems[0]?.message}`);
    }
    this.written.add(file);
    if (known) {
      if (known.text === text) return void this.report.unchanged++;
      const recorded = /^ {2}hash: (sha256:[0-9a-f]{64})$/m.exec(known.text)?.[1];
      if (!recorded || recorded !== contentHash(known.text))
        return void this.report.keptEdited.push(file);
      this.report.updated++;
    } else {
      this.report.added++;
    }
    if (!this.options.dryRun) await this.stage(file, text);
    this.staged.add(file);
  }

  skip(reason: string, detail?: string): void {
    this.report.skipped[reason] = (this.report.skipped[reason] ?? 0) + 1;
    if (detail && this.report.warnings.length < 200)
      this.report.warnings.push(`skipped: ${detail}`);
  }

  warn(message: string): void {
    if (this.report.warnings.length < 200) this.report.warnings.push(message);
  }

  unknownField(field: string): void {
    if (!this.report.unknownFields.includes(field)) this.report.unknownFields.push(field);
  }

  /** Moves every staged file into the archive; returns the files changed. */
  async commit(): Promise<string[]> {
    const changed = [...this.staged].sort();
    if (!this.options.dryRun) {
      await this.stager.finish();
      const made = new Set<string>();
      for (const file of changed) {
        const target = path.join(this.archiveDir, file);
        if (!made.has(path.dirname(target))) {
          mkdirSync(path.dirname(target), { recursive: true });
          made.add(path.dirname(target));
        }
        renameSync(path.join(this.staging, file), target);
      }
    }
    await this.close();
    return changed;
  }

  /** Discards everything staged; the archive is as it was. */
  async close(): Promise<void> {
    await this.stager.close();
    await rm(this.staging, { recursive: true, force: true });
    await rm(this.lockFile, { force: true });
  }

  private readonly stager = new StagingWriter();

  private async stage(file: string, content: string | Buffer): Promise<void> {
    await this.stager.write(path.join(this.staging, file), content);
  }

  /**
   * Copies an entry's media beside it, named by content hash so re-imports change nothing, its
   * type and extension decided by its bytes whatever the importer or the sender said.
   */
  private async stageMedia(entry: ImportedEntry, view: FileView, folder: string) {
    const media: { path: string; alt?: string; type: FileKind }[] = [];
    for (const item of entry.media) {
      if (!item.bytes && !(await view.has(item.from))) {
        this.warn(`${entry.data.id}: media file ${item.from} is not in the export`);
        continue;
      }
      const { name, kind } = await this.stageMediaFile(item, view, folder);
      media.push({ path: name, ...(item.alt ? { alt: item.alt } : {}), type: kind });
    }
    return media;
  }

  /**
   * One media file: a small one is read whole and written by the staging thread; a large one is
   * streamed to a temporary name while hashed, then renamed, so memory stays bounded.
   */
  private async stageMediaFile(item: ImportedMedia, view: FileView, folder: string) {
    const size = item.bytes?.length ?? (await view.size(item.from));
    const bytes = item.bytes
      ? Buffer.from(item.bytes)
      : size !== undefined && size <= IN_MEMORY_MEDIA_BYTES
        ? await view.buffer(item.from)
        : undefined;
    let temporary: string | undefined;
    if (!bytes && !this.options.dryRun) {
      await mkdir(this.staging, { recursive: true });
      temporary = path.join(this.staging, `.media-${this.temporaries++}`);
    }
    const copied = bytes
      ? {
          hash: createHash('sha256').update(bytes).digest('hex'),
          head: bytes.subarray(0, SNIFF_BYTES),
        }
      : await copyHashing(await view.stream(item.from), temporary);
    const sniffed = await sniffBytes(copied.head);
    const name = `${copied.hash.slice(0, 16)}.${safeExtension(item.from, sniffed)}`;
    const file = `${folder}/${name}`;
    if (existsSync(path.join(this.archiveDir, file)) || this.staged.has(file)) {
      if (temporary) await rm(temporary, { force: true });
    } else {
      if (bytes && !this.options.dryRun) await this.stage(file, bytes);
      if (temporary) await moveInto(temporary, path.join(this.staging, file));
      this.staged.add(file);
    }
    return { name, kind: sniffed.kind };
  }

  private temporaries = 0;
}

/** Files up to this size are read whole and written by the staging thread. @default 8 MiB */
const IN_MEMORY_MEDIA_BYTES = 8 * 1024 * 1024;

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
}

/** Existing entries of a source, by id (a quick read of each file's `id:` line). */
async function indexSource(archiveDir: string, source: string): Promise<Map<string, Existing>> {
  const index = new Map<string, Existing>();
  const folder = path.join(archiveDir, source);
  if (!existsSync(folder)) return index;
  const files = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith('.md'));
  for (const relative of files) {
    const file = `${source}/${relative.split(path.sep).join('/')}`;
    const text = await readFile(path.join(archiveDir, file), 'utf8');
    const id = /^id: ["']?([^"'\n]+)["']?$/m.exec(text)?.[1];
    if (id) index.set(id, { file, text });
  }
  return index;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A place as the archive's config lets imports write it: exact, rounded to a city, or named only. */
function placeToWrite(place: unknown, precision: 'exact' | 'city' | 'none'): unknown {
  if (!place || typeof place !== 'object' || precision === 'exact') return place;
  const { lat, lon, ...rest } = place as Record<string, unknown>;
  const kept: Record<string, unknown> = { ...rest };
  delete kept.accuracy;
  if (precision === 'city' && typeof lat === 'number' && typeof lon === 'number') {
    kept.lat = Math.round(lat * 10) / 10;
    kept.lon = Math.round(lon * 10) / 10;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
