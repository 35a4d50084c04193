/**
 * What the last import of a source made of each entry, kept in the cache folder so that
 * importing the same export again compares hashes instead of formatting, validating and
 * comparing every entry anew (issue 22: 100,000 unchanged tweets took 38 s).
 *
 * Every fact in it is a function of its key: an entry as its importer yielded it (a digest of
 * its file, data and body) and the id and media the writer gave it make one text, and a text
 * has one id. So the cache is never stale, only incomplete: a fact it lacks is worked out again.
 * The key holds what else makes the text: the writer's code (src/archive and src/import, and
 * the YAML and schema packages), the importer's version and the options that change a text.
 * Deleting the cache costs only time.
 */
import { createHash, hash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

import { CACHE_DIR } from '../archive/cache-folder.ts';
import type { FilePrint } from './file-prints.ts';
import type { ImportedText } from './ledger.ts';
import type { ImportedEntry } from './types.ts';

/** Raise when what the cache holds changes meaning. */
const IMPORT_CACHE_VERSION = 1;

/** What the writer made of one entry. */
export interface WrittenEntry {
  /** The hash of the entry's content the writer tells two items with one id apart by. */
  content: string;
  /** The id it was written under. */
  id: string;
  /** Its media as written, as JSON. */
  media: string;
  /** The text written, as hashOf gives it. */
  text: string;
}

/**
 * As stored: columns of strings (a few arrays deserialize many times faster than 100,000
 * objects, and make little work for the garbage collector), media only where there are some.
 */
interface Stored {
  key: string;
  entries: Record<'digest' | 'content' | 'id' | 'media' | 'text', string[]>;
  /** Each entry file's print: its file, its hash, and size, mtime, ctime and inode in `stats`. */
  prints: { file: string[]; hash: string[]; stats: number[] };
  /** The ledger's imported file: its hash and its lines. */
  ledger: { hash: string; id: string[]; file: string[] } | undefined;
}

const emptyEntries = (): Stored['entries'] => ({
  digest: [],
  content: [],
  id: [],
  media: [],
  text: [],
});

export class ImportCache {
  /** This import's entries: what the next import will find. */
  private readonly now = emptyEntries();
  private readonly rows = new Map<string, number>();
  private printRows: Map<string, number> | undefined;
  private ledgerNow: Stored['ledger'];
  private printsNow: Stored['prints'] = { file: [], hash: [], stats: [] };

  private constructor(
    /** Undefined: the cache is not used. */
    private readonly file: string | undefined,
    private readonly key: string,
    private readonly before: Stored,
  ) {
    before.entries.digest.forEach((digest, row) => this.rows.set(digest, row));
  }

  /** The cache of `source`, empty when there is none, it cannot be read, or its key differs. */
  static open(archiveDir: string, source: string, options: readonly unknown[]): ImportCache {
    const file = path.join(archiveDir, CACHE_DIR, 'import', `${source}.v8`);
    const code = writerCode();
    const key = JSON.stringify([IMPORT_CACHE_VERSION, code, source, ...options]);
    const empty: Stored = {
      key,
      entries: emptyEntries(),
      prints: { file: [], hash: [], stats: [] },
      ledger: undefined,
    };
    // Without the sources the code is unknown, and so is what the cache's texts were made by.
    if (code === undefined) return new ImportCache(undefined, key, empty);
    try {
      const stored = deserialize(readFileSync(file)) as Stored;
      if (stored.key === key && Array.isArray(stored.entries?.digest))
        return new ImportCache(file, key, stored);
    } catch {
      // No cache, or a damaged one: this import works everything out.
    }
    return new ImportCache(file, key, empty);
  }

  /** What the last import made of the entry with this digest. */
  get(digest: string): WrittenEntry | undefined {
    const row = this.rows.get(digest);
    if (row === undefined) return undefined;
    const { content, id: ids, media, text } = this.before.entries;
    return {
      content: content[row]!,
      id: ids[row]!,
      media: media[row] || '[]',
      text: text[row]!,
    };
  }

  set(digest: string, written: WrittenEntry): void {
    this.now.digest.push(digest);
    this.now.content.push(written.content);
    this.now.id.push(written.id);
    this.now.media.push(written.media === '[]' ? '' : written.media);
    this.now.text.push(written.text);
  }

  /** The id of every text the last import wrote, by the text's hash. */
  texts(): Map<string, string> {
    const ids = new Map<string, string>();
    const { id, text } = this.before.entries;
    for (let row = 0; row < id.length; row++) ids.set(text[row]!, id[row]!);
    return ids;
  }

  /** A file's print when the last import left it. */
  print(file: string): FilePrint | undefined {
    const { prints } = this.before;
    if (!this.printRows) {
      this.printRows = new Map();
      for (let row = 0; row < prints.file.length; row++) this.printRows.set(prints.file[row]!, row);
    }
    const row = this.printRows.get(file);
    if (row === undefined) return undefined;
    const { stats, hash } = prints;
    return {
      size: stats[row * 4]!,
      mtimeMs: stats[row * 4 + 1]!,
      ctimeMs: stats[row * 4 + 2]!,
      ino: stats[row * 4 + 3]!,
      hash: hash[row]!,
    };
  }

  /** The ledger's imported file as the last import left it. */
  ledger(): ImportedText | undefined {
    const stored = this.before.ledger;
    if (!stored) return undefined;
    return {
      hash: stored.hash,
      ids: new Map(stored.id.map((id, row) => [id, stored.file[row]!])),
    };
  }

  /** What the next import will find of the ledger and the files: see ImportLedger and indexSource. */
  setFiles(ledger: ImportedText | undefined, prints: ReadonlyMap<string, FilePrint>): void {
    this.ledgerNow = ledger && {
      hash: ledger.hash,
      id: [...ledger.ids.keys()],
      file: [...ledger.ids.values()],
    };
    this.printsNow = { file: [], hash: [], stats: [] };
    for (const [file, print] of prints) {
      this.printsNow.file.push(file);
      this.printsNow.hash.push(print.hash);
      this.printsNow.stats.push(print.size, print.mtimeMs, print.ctimeMs, print.ino);
    }
  }

  private isUnchanged(): boolean {
    const { before } = this;
    return (
      this.ledgerNow?.hash === before.ledger?.hash &&
      sameColumns(this.now, before.entries) &&
      sameColumns(this.printsNow, before.prints)
    );
  }

  /** Writes what this import found (through a temporary name) when it differs from the last's. */
  save(): void {
    if (this.file === undefined || this.isUnchanged()) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const stored: Stored = {
      key: this.key,
      entries: this.now,
      prints: this.printsNow,
      ledger: this.ledgerNow,
    };
    writeFileSync(temporary, serialize(stored));
    renameSync(temporary, this.file);
  }
}

/** Whether two tables hold the same rows in the same order. */
function sameColumns<T extends object>(a: T, b: T): boolean {
  return Object.keys(a).every((name) => {
    const [left, right] = [a[name as keyof T], b[name as keyof T]] as unknown as unknown[][];
    return left!.length === right!.length && left!.every((value, row) => value === right![row]);
  });
}

/**
 * An entry as its importer yielded it, as a sha256 (base64, its first 128 bits). JSON, when it says all there is:
 * an entry holding what JSON would blur (NaN or -0, which read as null and 0; undefined in a
 * list; a Date, a Map, bytes) is digested by its structured-clone bytes instead.
 */
export function entryDigest(entry: ImportedEntry): string {
  const value = [entry.file, entry.data, entry.body];
  // 128 bits: a key to look up, not a check against a person's edit (that is the text's hash).
  return hash(
    'sha256',
    isPlainJson(entry.data) ? JSON.stringify(value) : serialize(value),
    'base64',
  ).slice(0, 22);
}

/** Whether JSON.stringify keeps everything of `value` that the entry's text shows. */
function isPlainJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (Array.isArray(value)) return value.every((item) => item !== undefined && isPlainJson(item));
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && !isPlainJson(item)) return false;
  }
  return true;
}

/** Packages whose code shapes an entry's text or decides whether it is valid. */
const PACKAGES = ['js-yaml', 'yaml', 'zod', 'gray-matter'];

let codeHash: string | null | undefined;

/**
 * A hash of the code that turns an entry into its text: the sources of src/archive and
 * src/import (the compiled CLI runs only while they are unchanged since it was built, see
 * bin/inhale.js) and the versions of the packages it uses.
 */
function writerCode(): string | undefined {
  if (codeHash !== undefined) return codeHash ?? undefined;
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const digest = createHash('sha256');
  try {
    for (const folder of ['src/archive', 'src/import']) {
      const files = readdirSync(path.join(repo, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .sort();
      for (const file of files)
        digest.update(`${folder}/${file}\0`).update(readFileSync(path.join(repo, folder, file)));
    }
  } catch {
    codeHash = null;
    return undefined;
  }
  for (const name of PACKAGES) {
    const manifest = path.join(repo, 'node_modules', name, 'package.json');
    digest.update(`${name}\0`).update(existsSync(manifest) ? readFileSync(manifest) : 'missing');
  }
  codeHash = digest.digest('hex');
  return codeHash;
}
