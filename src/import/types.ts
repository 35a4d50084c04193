/** The contract between importers (which only parse) and the writer (which does all writing). */
import type { ArchiveConfig } from '../archive/schema.ts';
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
}

/** Front matter as an importer yields it: the required fields, and any others. */
export type ImportedData = Record<string, unknown> & {
  id: string;
  source: string;
  kind: string;
  date: string;
};

/** An entry as an importer yields it: front matter without provenance, a Markdown body, media. */
export interface ImportedEntry {
  data: ImportedData;
  body: string;
  media: ImportedMedia[];
  /** The export file the entry came from. */
  file: string;
}

export type ImportItem =
  | { type: 'entry'; entry: ImportedEntry }
  | { type: 'skip'; reason: string; detail?: string }
  | { type: 'warning'; message: string }
  | { type: 'unknown-field'; field: string }
  /** How far the importer is through a large file (a mailbox), for the progress line. */
  | { type: 'progress'; bytes: number; total?: number };

export interface ImportOptions {
  config: ArchiveConfig;
  /** Optional parts asked for with --include (likes, dms, …). */
  include: Set<string>;
  /** The archive's people file: address or handle (lowercase) → name. */
  people: Map<string, string>;
}

export interface Importer {
  /** The source name, also the archive folder: `twitter`. */
  name: string;
  /** Bumped when the importer's output changes. */
  version: string;
  /** True when the view looks like this importer's export. */
  detect(view: FileView): Promise<boolean>;
  read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem>;
}
