/**
 * The one writer of imported entries. It validates each entry, puts it at its deterministic
 * path with a provenance block, copies its media beside it, and leaves alone every file a
 * person has edited since inhale wrote it. Nothing reaches the archive until commit(): files
 * are staged in the cache folder and moved into place at the end, under a lock.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

import { formatEntry, parseEntryText } from '../archive/entry-file.ts';
import { EntryError } from '../archive/errors.ts';
import { safeExtension, sniffBytes, SNIFF_BYTES, type FileKind } from '../archive/file-kind.ts';
import { entryFilePath, entrySlug, shortHash } from '../archive/paths.ts';
import { CACHE_DIR } from '../archive/cache-folder.ts';
import type { FileView } from './file-view.ts';
import { isAlive, releaseLock, takeLock } from './import-lock.ts';
import { assertInsideArchive } from './inside-archive.ts';
import { ImportLedger, LEDGER_DIR } from './ledger.ts';
import { copyHashing } from './media-copy.ts';
import { printOf, type FilePrint } from './file-prints.ts';
import { contentFromText, entryContent } from './entry-content.ts';
import { entryDigest, ImportCache } from './import-cache.ts';
import {
  contentHash,
  HASH_LINE,
  indexSource,
  hashOf,
  ZERO_HASH,
  type SourceIndex,
} from './own-files.ts';
import { StagingWriter } from './staging-writer.ts';
import type { FileCoverage } from './coverage.ts';
import type { ImportedEntry, ImportedMedia, Importer } from './types.ts';

export { contentHash } from './own-files.ts';
import type { ContactsReport } from './contacts-writer.ts';

export interface ImportReport {
  source: string;
  input: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Files a person edited since they were imported: left as they are. */
  keptEdited: string[];
  /** Items of this export whose entry the person deleted: left out (see --restore-deleted). */
  deletedNotRestored: number;
  /** Entries the person deleted, brought back by --restore-deleted. */
  restored: number;
  /** Ids whose file was found gone by this import, now recorded in .inhale/deleted.yaml. */
  newlyDeleted: string[];
  skipped: Record<string, number>;
  warnings: string[];
  unknownFields: string[];
  dryRun: boolean;
  /** What became of every file of the export (coverage.ts). */
  files: FileCoverage[];
  /** A contacts import: what became of the people file (contacts-writer.ts). */
  people?: ContactsReport;
  /**
   * Files of the export that should be readable and are not (`file: reason`): skipped, the rest
   * imported; `inhale import` exits non-zero when there is one (coverage.ts, damagedFile).
   */
  damaged: string[];
  /**
   * With --geotag-photos: photos without GPS given a place from the location history, those
   * with no track point within the window, and those whose time has no UTC offset (named).
   */
  geotag?: { windowMinutes: number; geotagged: number; noTrack: number; ambiguous: string[] };
  /** With --commit: the commit made of the import's files, or why there is none. */
  commit?: { hash: string; files: number } | { nothing: string };
}

export class ArchiveWriter {
  private readonly staging: string;
  private readonly lockFile: string;
  private lockToken: string | undefined;
  private readonly staged = new Set<string>();
  private existing: SourceIndex = {
    byId: new Map(),
    byFile: new Map(),
    duplicates: [],
    prints: new Map(),
  };
  /** The hash of each entry file staged, by file. */
  private readonly stagedTexts = new Map<string, string>();
  private ledger: ImportLedger | undefined;
  private cache: ImportCache | undefined;
  private readonly written = new Set<string>();
  /** Each id written by this import, with its date and the hash of its content (see distinctId). */
  private readonly seen = new Map<string, Seen>();
  readonly report: ImportReport;

  constructor(
    private readonly archiveDir: string,
    private readonly importer: Pick<Importer, 'name' | 'version'>,
    private readonly options: {
      dryRun: boolean;
      input: string;
      /** What of a place is written: see privacy.importedPlaces. @default 'exact' */
      places?: 'exact' | 'city' | 'none';
      /** Import again the entries the person deleted. @default false */
      restoreDeleted?: boolean;
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
      deletedNotRestored: 0,
      restored: 0,
      newlyDeleted: [],
      skipped: {},
      warnings: [],
      unknownFields: [],
      dryRun: options.dryRun,
      files: [],
      damaged: [],
    };
  }

  /** Takes the lock, indexes the source's existing entries by id, and reads the ledger. */
  async open(): Promise<void> {
    const cache = path.dirname(this.lockFile);
    await assertInsideArchive(this.archiveDir, [
      path.relative(this.archiveDir, this.staging).split(path.sep).join('/'),
      LEDGER_DIR,
    ]);
    await mkdir(cache, { recursive: true });
    this.lockToken = await takeLock(this.lockFile);
    // Staging folders of imports that were killed halfway: never moved into place, so just gone.
    for (const name of await readdir(cache)) {
      if (name.startsWith('import-') && !isAlive(Number(name.slice(7)))) {
        await rm(path.join(cache, name), { recursive: true, force: true });
      }
    }
    this.cache = ImportCache.open(this.archiveDir, this.importer.name, [
      this.importer.version,
      this.options.places ?? 'exact',
    ]);
    this.existing = await indexSource(this.archiveDir, this.importer.name, {
      texts: this.cache.texts(),
      print: (file) => this.cache?.print(file),
    });
    for (const pair of this.existing.duplicates) this.warn(`two files with one id: ${pair}`);
    this.ledger = await ImportLedger.open(
      this.archiveDir,
      this.importer.name,
      this.existing.byId,
      this.cache.ledger(),
    );
    this.report.newlyDeleted.push(...this.ledger.newlyDeleted);
  }

  async write(entry: ImportedEntry, view: FileView): Promise<void> {
    const digest = entryDigest(entry);
    const cached = this.cache?.get(digest);
    const seen = this.distinctId(entry, cached?.content);
    if (seen === undefined) return;
    const { id } = seen;
    if (this.ledger?.isDeleted(id)) {
      this.settle(seen, entry);
      if (!this.options.restoreDeleted) return void this.report.deletedNotRestored++;
      this.report.restored++;
    }
    const file = this.existing.byId.get(id)?.file ?? this.newFile(id, entry);
    if (this.written.has(file)) {
      this.settle(seen, entry);
      return void this.skip('same entry twice in this export');
    }
    const media = await this.stageMedia(entry, view, path.posix.dirname(file));
    const mediaList = JSON.stringify(media);
    // The entry, its id and its media as the last import had them make the text it wrote then.
    if (cached && cached.id === id && cached.media === mediaList)
      if (this.hasText(id, file, cached.text)) {
        this.written.add(file);
        this.ledger?.record(id, file);
        this.cache?.set(digest, cached);
        return void this.report.unchanged++;
      }
    const text = this.format(entry, id, media);
    // The text is the entry's with only its date and provenance added: its content is in it.
    const isPlain =
      media.length === 0 &&
      id === entry.data.id &&
      isWrittenAsGiven(entry.data, this.options.places);
    const content = (seen.content ??= isPlain
      ? contentFromText(text)
      : entryContent(entry, this.importer.name));
    try {
      parseEntryText(text, file);
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      return void this.skip('invalid entry', `${id}: ${error.problems[0]?.message}`);
    }
    this.written.add(file);
    this.ledger?.record(id, file);
    const hash = hashOf(text);
    // The cache says a text with this hash is inhale's own: so it must carry its own hash.
    if (!text.includes(ZERO_HASH))
      this.cache?.set(digest, { content, id, media: mediaList, text: hash });
    await this.putInPlace(id, file, text, hash);
  }

  /** Where a new entry goes: its day's folder, its first words and a hash of its id. */
  private newFile(id: string, entry: ImportedEntry): string {
    // The id's hash in the slug keeps two posts with the same words on the same day apart.
    const words = entrySlug(id, entry.data.title, entry.body).slice(0, 50).replace(/-+$/, '');
    return entryFilePath(this.importer.name, entry.data.date, `${words}-${shortHash(id, 6)}`);
  }

  /** The entry's text: its front matter with the source, id, media and provenance, and its body. */
  private format(entry: ImportedEntry, id: string, media: WrittenMedia[]): string {
    // The source is the importer's, whatever an entry says.
    const data: Record<string, unknown> = { ...entry.data, source: this.importer.name, id };
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
    const text = formatEntry(data, entry.body);
    return text.replace(HASH_LINE, `$1${contentHash(text)}`);
  }

  /** Whether the file that holds `id`, or else the file at `file`, has the text of this hash. */
  private hasText(id: string, file: string, hash: string): boolean {
    return (this.existing.byId.get(id) ?? this.existing.byFile.get(file))?.hash === hash;
  }

  /**
   * Stages `text` at `file` unless a file is there that inhale did not write as it is now: a
   * person's file (edited in any way, or an entry of their own at that path) is never replaced.
   */
  private async putInPlace(id: string, file: string, text: string, hash: string): Promise<void> {
    const there = this.existing.byId.get(id) ?? this.existing.byFile.get(file);
    if (there) {
      if (there.hash === hash) return void this.report.unchanged++;
      if (!there.isOwn || there.id !== id) return void this.report.keptEdited.push(file);
      this.report.updated++;
    } else {
      this.report.added++;
    }
    if (!this.options.dryRun) await this.stage(file, text);
    this.staged.add(file);
    this.stagedTexts.set(file, hash);
  }

  /**
   * The id to write an entry under. An id seen before in this export is merged (skipped) when it
   * has the same date or the same content (a feed repeating an item), else made distinct and
   * deterministic: the id and a hash of the content.
   */
  private distinctId(entry: ImportedEntry, known?: string): Seen | undefined {
    const { id, date } = entry.data;
    const first = this.seen.get(id);
    // The first item with an id: its content is worked out from its text once written (settle).
    if (first === undefined) {
      const seen: Seen = { id, date, ...(known === undefined ? {} : { content: known }) };
      this.seen.set(id, seen);
      return seen;
    }
    const content = known ?? entryContent(entry, this.importer.name);
    const distinct = `${id}-${content.slice(0, 8)}`;
    if (first.date === date || first.content === content || this.seen.has(distinct))
      return void this.skip('same entry twice in this export');
    const seen: Seen = { id: distinct, date, content };
    this.seen.set(distinct, seen);
    this.warn(
      `${entry.file}: the id ${id} is used twice; the second, different item is ${distinct}`,
    );
    return seen;
  }

  /** Works out the content of an item not written (distinctId's later items compare with it). */
  private settle(seen: Seen, entry: ImportedEntry): void {
    seen.content ??= entryContent(entry, this.importer.name);
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

  /**
   * Moves every staged file into the archive, after checking that no target folder leads out of
   * it through a symbolic link; writes the ledger; returns the files changed.
   */
  async commit(): Promise<string[]> {
    const changed = [...this.staged].sort();
    if (!this.options.dryRun) {
      await this.stager.finish();
      const folders = new Set(changed.map((file) => path.posix.dirname(file)));
      await assertInsideArchive(this.archiveDir, [...folders, `${LEDGER_DIR}/imported`]);
      this.moveIntoPlace(changed);
      if (this.ledger) changed.push(...(await this.ledger.save()));
      this.cache?.setFiles(this.ledger?.importedText(), this.printsAfter());
      this.cache?.save();
    }
    await this.close();
    return changed;
  }

  /**
   * Renames the staged files into the archive. A folder the archive does not have yet is renamed
   * whole, with every file staged in it: a first import of 100,000 tweets renames its year
   * folders, not 100,000 files.
   */
  private moveIntoPlace(files: string[]): void {
    const present = new Map<string, boolean>();
    const moved = new Set<string>();
    const made = new Set<string>();
    for (const file of files) {
      const folders = file.split('/').slice(0, -1);
      let folder = '';
      let isMoved = false;
      for (const part of folders) {
        folder = folder ? `${folder}/${part}` : part;
        if (moved.has(folder)) {
          isMoved = true;
          break;
        }
        let isPresent = present.get(folder);
        if (isPresent === undefined)
          present.set(folder, (isPresent = existsSync(path.join(this.archiveDir, folder))));
        if (!isPresent) {
          isMoved = renameFolder(
            path.join(this.staging, folder),
            path.join(this.archiveDir, folder),
          );
          if (isMoved) moved.add(folder);
          // Made meanwhile (by a person, or another program): its files are moved one by one.
          else present.set(folder, true);
          break;
        }
      }
      if (isMoved) continue;
      const target = path.join(this.archiveDir, file);
      if (!made.has(path.dirname(target))) {
        mkdirSync(path.dirname(target), { recursive: true });
        made.add(path.dirname(target));
      }
      renameSync(path.join(this.staging, file), target);
    }
  }

  /** The prints of the source's files once this import's are in place (file-prints.ts). */
  private printsAfter(): Map<string, FilePrint> {
    const prints = this.existing.prints;
    const takenAt = Date.now();
    for (const [file, hash] of this.stagedTexts) {
      const print = printOf(statSync(path.join(this.archiveDir, file)), hash, takenAt);
      if (print) prints.set(file, print);
      else prints.delete(file);
    }
    return prints;
  }

  /** Discards everything staged; the archive is as it was. */
  async close(): Promise<void> {
    await this.stager.close();
    await rm(this.staging, { recursive: true, force: true });
    if (this.lockToken) await releaseLock(this.lockFile, this.lockToken);
    this.lockToken = undefined;
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
    const media: WrittenMedia[] = [];
    for (const item of entry.media) {
      if (!item.bytes && !(await view.has(item.from))) {
        this.warn(`${entry.data.id}: media file ${item.from} is not in the export`);
        continue;
      }
      const { name, kind } = await this.stageMediaFile(item, view, folder);
      // An emoji stands in its text only as a raster image; anything else stays the shortcode.
      if (item.emoji && kind !== 'image') continue;
      media.push({
        path: name,
        ...(item.alt ? { alt: item.alt } : {}),
        type: kind,
        ...(item.emoji ? { emoji: item.emoji } : {}),
      });
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

/** An id this import gave, with its item's date and content hash (entry-content.ts). */
interface Seen {
  id: string;
  date: string;
  /** Undefined until the first item with the id is written or left out. */
  content?: string;
}

/**
 * Whether the writer adds only a date and provenance to the entry's own fields: the importer
 * gave no media or provenance of its own, and the place is written as given.
 */
function isWrittenAsGiven(data: ImportedEntry['data'], places: string | undefined): boolean {
  const fields = data as Record<string, unknown>;
  return (
    fields.media === undefined &&
    fields.provenance === undefined &&
    // placeToWrite leaves a place as it is, and drops an empty one.
    (fields.place === undefined || ((places ?? 'exact') === 'exact' && Boolean(fields.place)))
  );
}

/** A media file as an entry's front matter lists it. */
interface WrittenMedia {
  path: string;
  alt?: string;
  type: FileKind;
  emoji?: string;
}

/** Files up to this size are read whole and written by the staging thread. @default 8 MiB */
const IN_MEMORY_MEDIA_BYTES = 8 * 1024 * 1024;

/** Renames a folder to a name that is free; false when that name was taken meanwhile. */
function renameFolder(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') return false;
    throw error;
  }
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
}

/** A place as the archive's config lets imports write it: exact, rounded to a city, or named only. */
function placeToWrite(place: unknown, precision: 'exact' | 'city' | 'none'): unknown {
  if (!place || typeof place !== 'object' || precision === 'exact') return place;
  const { lat, lon, ...rest } = place as Record<string, unknown>;
  const kept: Record<string, unknown> = { ...rest };
  delete kept.accuracy;
  // A street address says as much as the coordinates.
  delete kept.address;
  if (precision === 'city' && typeof lat === 'number' && typeof lon === 'number') {
    kept.lat = Math.round(lat * 10) / 10;
    kept.lon = Math.round(lon * 10) / 10;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
