/** The contract between importers (which only parse) and the writer (which does all writing). */
import type { ArchiveConfig, EntryData, ImportedFields } from '../archive/schema.ts';
import type { FileView } from './file-view.ts';

/** A media file inside the export that an entry shows. */
export interface ImportedMedia {
  /** Path inside the export (or, with `bytes`, the file's name). */
  from: string;
  /** The file itself, when it is not a file of the export (a mail attachment). */
  bytes?: Uint8Array;
  alt?: string;
  /** What the export says it is; the writer writes what its bytes are (src/archive/file-kind.ts). */
  type: 'image' | 'video' | 'audio' | 'file';
  /** A custom emoji's image: the `:shortcode:` of the text it stands for (the schema's `emoji`). */
  emoji?: string;
}

/** The fields the schema names, without the loose object's `[key: string]: unknown`. */
type NamedFields<T> = { [Key in keyof T as string extends Key ? never : Key]: T[Key] };

/**
 * Front matter as an importer yields it: the schema's fields (src/archive/schema.ts) but what
 * the writer adds: `source` (the importer's name), `media` and `provenance`. A misspelt field
 * is a type error.
 */
export type ImportedData = Omit<NamedFields<EntryData>, 'source' | 'media' | 'provenance'> &
  ImportedFields;

/** An entry as an importer yields it: front matter without provenance, a Markdown body, media. */
export interface ImportedEntry {
  data: ImportedData;
  body: string;
  media: ImportedMedia[];
  /** The export file the entry came from. */
  file: string;
}

/** A person as a contacts importer yields it: what the people file can hold of them. */
export interface ImportedPerson {
  /** Their main name: the people file's key for a new person. */
  name: string;
  /** Other names they go by. */
  names: string[];
  /** Addresses, lowercase. */
  emails: string[];
  /** Handles per source (`twitter`, `mastodon`, `xmpp`, …), without a leading @. */
  handles: Record<string, string[]>;
  /** An avatar given in the export itself; its type is decided from its bytes when written. */
  avatar?: { bytes: Uint8Array };
}

export type ImportItem =
  | { type: 'entry'; entry: ImportedEntry }
  /** A record left out on purpose; `file` counts it against its file (coverage.ts). */
  | { type: 'skip'; reason: string; detail?: string; file?: string }
  /** A record the importer could not make sense of: counted against its file, named in the report. */
  | { type: 'unknown-record'; file: string; detail?: string }
  /** What the importer made of one file of the export (coverage.ts). */
  | { type: 'file'; account: FileAccount }
  /** A person for the people file (contacts), merged into it by contacts-writer.ts. */
  | { type: 'person'; person: ImportedPerson; file: string }
  | { type: 'warning'; message: string }
  | { type: 'unknown-field'; field: string }
  /** What `--geotag-photos` made of one photo without GPS (the report counts them). */
  | { type: 'geotag'; file: string; outcome: GeotagOutcome }
  /**
   * How far the importer is, for the progress line: through a large file in bytes (a mailbox),
   * a folder's files (photos), or the records it parsed (tweets).
   */
  | { type: 'progress'; done: number; total?: number; unit: 'bytes' | 'files' | 'tweets' };

/**
 * An importer's account of one file: `read` with the number of records it holds (each of which
 * it yields as an entry, a skip or an unknown record, all with this `file`), or recognised and
 * `not-imported` on purpose (with the `--include` part that would import it), or
 * `not-understood`, or `damaged` (it should be readable and is not). Files no importer names are reported as not understood (coverage.ts).
 */
export type FileAccount =
  | { file: string; status: 'read'; records: number }
  | { file: string; status: 'not-imported'; reason: string; include?: string }
  | { file: string; status: 'not-understood'; reason?: string }
  /**
   * A file of the export that inhale should read but cannot (a corrupt `your_posts_2.json`): it
   * is named in the report's `damaged`, the rest of the export is imported, and `inhale import`
   * exits non-zero. Yield it with `damagedFile()` (coverage.ts).
   */
  | { file: string; status: 'damaged'; reason: string };

/**
 * A photo's geotagging: placed from the location history, no track point near its time, or its
 * time ambiguous (no UTC offset in its EXIF, or only the file's time), so never looked up.
 */
export type GeotagOutcome = 'geotagged' | 'no-track' | 'ambiguous';

/** Where the person was at an instant, from the archive's tracks (src/import/location-history.ts). */
export interface LocationAtTime {
  /** The place at `ms` (epoch milliseconds), or undefined when no track point is near enough. */
  placeAt(ms: number): Promise<{ name?: string; lat: number; lon: number } | undefined>;
}

export interface ImportOptions<Part extends string = string> {
  config: ArchiveConfig;
  /** Optional parts asked for with --include (likes, dms, …): the source's, checked before. */
  include: ReadonlySet<Part>;
  /** The archive's people file: address or handle (lowercase) → name. */
  people: Map<string, string>;
  /** With `--geotag-photos`: the archive's location history, for photos without GPS. */
  locationHistory?: LocationAtTime;
}

/** A parser of one source's exports; its definition (title, parts, …) is in sources.ts. */
export interface Importer<Part extends string = string> {
  /** The source name, also the archive folder: `twitter`. */
  name: string;
  /** Bumped when the importer's output changes. */
  version: string;
  /**
   * How sure the importer is that the view is its export, from 0 (not at all) to 1 (its
   * signature file is there). The most confident importer wins (registry.ts breaks ties).
   */
  detect(view: FileView): Promise<number>;
  read(view: FileView, options: ImportOptions<Part>): AsyncIterable<ImportItem>;
}
