/**
 * Telling inhale's own files from a person's: the existing entries of a source are read by
 * parsing their front matter (whatever an editor did to quoting, order, line endings or a BOM),
 * and a file is inhale's only while its text still hashes to the provenance hash it carries.
 */
import { hash as oneShotHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

import { readFrontMatter } from '../archive/entry-file.ts';
import { isSameFile, printOf, type FilePrint } from './file-prints.ts';

export const ZERO_HASH = `sha256:${'0'.repeat(64)}`;
export const HASH_LINE = /^( {2}hash: )sha256:[0-9a-f]{64}$/m;

/** sha256 of an entry file's text, with its own provenance hash zeroed. */
export function contentHash(text: string): string {
  return `sha256:${oneShotHash('sha256', text.replace(HASH_LINE, `$1${ZERO_HASH}`), 'hex')}`;
}

/**
 * A text's or bytes' sha256 in base64, to compare files with texts (the one-shot hash: a tenth
 * of createHash's time on small texts).
 */
export function hashOf(content: string | Uint8Array): string {
  return oneShotHash('sha256', content, 'base64');
}

export interface Existing {
  file: string;
  /** The file's bytes' hashOf: an import compares it with the text it would write. */
  hash: string;
  /** The id its front matter gives, when it can be read. */
  id?: string;
  /** The importer its provenance names. */
  importer?: string;
  /** True while the file is exactly what inhale wrote (its text matches its provenance hash). */
  isOwn: boolean;
}

export interface SourceIndex {
  byId: Map<string, Existing>;
  byFile: Map<string, Existing>;
  /** Two files giving one id: "<id>: <first>, <second>". */
  duplicates: string[];
  /** Each file's print, where its stat was settled (file-prints.ts). */
  prints: Map<string, FilePrint>;
}

/** What an earlier import of the source knew (import-cache.ts). */
export interface KnownFiles {
  /** The id of each text it wrote, by the text's hashOf. */
  texts?: ReadonlyMap<string, string>;
  /** A file's print when it last looked. */
  print?: (file: string) => FilePrint | undefined;
}

/**
 * Every entry file of a source folder, by id and by file, read by parsing its front matter.
 * What an earlier import knew spares most of it: a file whose stat is as it was has the bytes it
 * had then, and a file with the very bytes that import wrote is known without parsing it.
 */
export async function indexSource(
  archiveDir: string,
  source: string,
  known: KnownFiles = {},
): Promise<SourceIndex> {
  const index: SourceIndex = {
    byId: new Map(),
    byFile: new Map(),
    duplicates: [],
    prints: new Map(),
  };
  const folder = path.join(archiveDir, source);
  if (!existsSync(folder)) return index;
  const files = entryFiles(folder, `${source}/`).sort();
  const takenAt = Date.now();
  const root = `${path.resolve(archiveDir)}${path.sep}`;
  for (const file of files) {
    // Synchronously: one await per file cost 10× the reading at 100,000 small files. The stat
    // comes first, so a change while the file is read shows in the next import's stat.
    const stat = statSync(root + file);
    const existing = describeFile(root + file, file, source, stat, known);
    const settled = printOf(stat, existing.hash, takenAt);
    if (settled) index.prints.set(file, settled);
    index.byFile.set(file, existing);
    if (existing.id === undefined) continue;
    const first = index.byId.get(existing.id);
    if (first) index.duplicates.push(`${existing.id}: ${first.file}, ${file}`);
    else index.byId.set(existing.id, existing);
  }
  return index;
}

/** A file known by its stat and hash when an earlier import knew them, else read (and parsed). */
function describeFile(
  target: string,
  file: string,
  source: string,
  stat: Stats,
  known: KnownFiles,
): Existing {
  const print = known.print?.(file);
  let hash = isSameFile(print, stat) ? print.hash : undefined;
  let id = hash === undefined ? undefined : known.texts?.get(hash);
  if (hash === undefined || id === undefined) {
    const bytes = readFileSync(target);
    hash = hashOf(bytes);
    id = known.texts?.get(hash);
    if (id === undefined) return describe(file, hash, bytes.toString('utf8'));
  }
  return { file, hash, id, importer: source, isOwn: true };
}

/**
 * The `.md` files under `folder`, as `prefix` and their `/`-separated path, following links to
 * folders. Read by folder with the entries' types: readdir's own recursion stats every file
 * (0.5 s for 100,000 entries).
 */
function entryFiles(folder: string, prefix: string, files: string[] = []): string[] {
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const inside = `${folder}${path.sep}${item.name}`;
    const isFolder =
      item.isDirectory() || (item.isSymbolicLink() && statOf(inside)?.isDirectory() === true);
    if (isFolder) entryFiles(inside, `${prefix}${item.name}/`, files);
    else if (item.name.endsWith('.md')) files.push(`${prefix}${item.name}`);
  }
  return files;
}

function statOf(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function describe(file: string, hash: string, text: string): Existing {
  const data = readFrontMatter(text);
  const id = typeof data?.id === 'string' ? data.id : undefined;
  const provenance = data?.provenance as Record<string, unknown> | undefined;
  const recorded = typeof provenance?.hash === 'string' ? provenance.hash : undefined;
  const importer = typeof provenance?.importer === 'string' ? provenance.importer : undefined;
  return {
    file,
    hash,
    ...(id === undefined ? {} : { id }),
    ...(importer === undefined ? {} : { importer }),
    isOwn: recorded !== undefined && recorded === contentHash(text),
  };
}
