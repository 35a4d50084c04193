/**
 * What inhale imported, and what the person deleted since: two plain YAML files in the archive's
 * `.inhale/` folder, committed with the archive, so `git log` says why an entry does not come
 * back. `imported/<source>.yaml` maps every id an import wrote to its file; `deleted.yaml` lists,
 * by source, the ids whose file is gone since, which a re-import leaves out.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

import { CORE_SCHEMA, dump, load } from 'js-yaml';

import { InhaleError } from '../archive/errors.ts';
import { hashOf } from './own-files.ts';

export const LEDGER_DIR = '.inhale';
export const DELETED_FILE = `${LEDGER_DIR}/deleted.yaml`;

/** id → the file it was written to. */
export type IdFiles = Map<string, string>;

export const importedFile = (source: string) => `${LEDGER_DIR}/imported/${source}.yaml`;

const IMPORTED_HEADER = (source: string) =>
  `# Every entry inhale imported from ${source}: its id and the file it wrote. An id here whose\n` +
  `# file is gone is one you deleted; it is listed in ../deleted.yaml and not imported again.\n`;
const DELETED_HEADER =
  `# Entries you deleted after inhale imported them, by source: a re-import leaves them out.\n` +
  `# inhale import --restore-deleted brings them back and takes them off this list.\n`;

/**
 * The imported file as written by an import (its text's hashOf and what it says), so the
 * next import need not parse and format 100,000 lines again to find it unchanged.
 */
export interface ImportedText {
  hash: string;
  ids: IdFiles;
}

/**
 * The source's imported ids; `known` is taken for the file when it has the very bytes of it (its
 * map becomes the ledger's: import-cache.ts makes a new one for each import).
 */
async function readImported(
  archiveDir: string,
  source: string,
  known: ImportedText | undefined,
): Promise<{ ids: IdFiles; hash?: string }> {
  const target = path.join(archiveDir, importedFile(source));
  if (!existsSync(target)) return { ids: new Map() };
  const bytes = await readFile(target);
  const hash = hashOf(bytes);
  if (known && known.hash === hash) return { ids: known.ids, hash };
  return { ids: toMap(parseYaml(target, bytes.toString('utf8'))) };
}

/** Every source's deleted ids. */
export async function readDeleted(archiveDir: string): Promise<Map<string, IdFiles>> {
  const data = await readYaml(archiveDir, DELETED_FILE);
  return new Map(Object.entries(data).map(([source, ids]) => [source, toMap(ids)]));
}

export function formatImported(source: string, ids: IdFiles): string {
  return IMPORTED_HEADER(source) + dumpSorted(Object.fromEntries(ids));
}

export function formatDeleted(deleted: Map<string, IdFiles>): string {
  const bySource = [...deleted]
    .filter(([, ids]) => ids.size > 0)
    .map(([source, ids]) => [source, Object.fromEntries(ids)]);
  return DELETED_HEADER + (bySource.length > 0 ? dumpSorted(Object.fromEntries(bySource)) : '');
}

/**
 * Writes `text` to `<archive>/<file>` through a temporary name and a rename, when it differs from
 * what is there; returns whether it wrote.
 */
export async function writeLedgerFile(
  archiveDir: string,
  file: string,
  text: string,
): Promise<boolean> {
  const target = path.join(archiveDir, file);
  if (existsSync(target) && (await readFile(target, 'utf8')) === text) return false;
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, target);
  return true;
}

async function readYaml(archiveDir: string, file: string): Promise<Record<string, unknown>> {
  const target = path.join(archiveDir, file);
  if (!existsSync(target)) return {};
  return parseYaml(target, await readFile(target, 'utf8'));
}

function parseYaml(target: string, text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new InhaleError(`${target}: not valid YAML (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new InhaleError(`${target}: expected "id: file" lines, found a ${typeof data}`);
  return data as Record<string, unknown>;
}

function toMap(value: unknown): IdFiles {
  if (!value || typeof value !== 'object') return new Map();
  return new Map(Object.entries(value).map(([id, file]) => [id, String(file)]));
}

function dumpSorted(value: Record<string, unknown>): string {
  return dump(value, { schema: CORE_SCHEMA, sortKeys: true, lineWidth: -1 });
}

/** One import's view of the ledger: which ids were deleted, and what this import wrote. */
export class ImportLedger {
  /** Ids found deleted by this import, recorded in deleted.yaml now. */
  readonly newlyDeleted: string[] = [];
  /** Whether the imported ids differ from what the file says. */
  private isChanged = false;

  private constructor(
    private readonly archiveDir: string,
    private readonly source: string,
    private readonly imported: IdFiles,
    private readonly deleted: Map<string, IdFiles>,
    /** The hashOf of the imported file when it is the text this ledger would write. */
    private importedHash: string | undefined,
  ) {}

  /**
   * Reads the ledger; an id it lists that no present file gives, and whose file is gone, is a
   * deletion. `known` is the imported file as the last import wrote it (import-cache.ts).
   */
  static async open(
    archiveDir: string,
    source: string,
    present: Map<string, { file: string; importer?: string }>,
    known?: ImportedText,
  ): Promise<ImportLedger> {
    const { ids: imported, hash } = await readImported(archiveDir, source, known);
    const deleted = await readDeleted(archiveDir);
    const ledger = new ImportLedger(archiveDir, source, imported, deleted, hash);
    const gone = deleted.get(source) ?? new Map<string, string>();
    deleted.set(source, gone);
    for (const [id, file] of imported)
      // Gone means no file gives the id and its file is not there (an unreadable edit is not gone).
      if (!present.has(id) && !gone.has(id) && !existsSync(path.join(archiveDir, file))) {
        gone.set(id, file);
        ledger.newlyDeleted.push(id);
      }
    // Entries imported before there was a ledger: known from their provenance.
    for (const [id, existing] of present)
      if (existing.importer === source) ledger.setImported(id, existing.file);
    return ledger;
  }

  private setImported(id: string, file: string): void {
    if (this.imported.get(id) === file) return;
    this.imported.set(id, file);
    this.isChanged = true;
  }

  /** The imported file as this import leaves it, for the next import (after save). */
  importedText(): ImportedText | undefined {
    return this.importedHash === undefined
      ? undefined
      : { hash: this.importedHash, ids: this.imported };
  }

  isDeleted(id: string): boolean {
    return this.deleted.get(this.source)?.has(id) ?? false;
  }

  /** An entry this import wrote, or found as it was or as the person edited it. */
  record(id: string, file: string): void {
    this.setImported(id, file);
    this.deleted.get(this.source)?.delete(id);
  }

  /** Writes both files where they changed; returns those written, relative to the archive. */
  async save(): Promise<string[]> {
    const written: string[] = [];
    // The file already says what this import would write: nothing to format or compare.
    if (this.isChanged || this.importedHash === undefined) {
      const text = formatImported(this.source, this.imported);
      if (await writeLedgerFile(this.archiveDir, importedFile(this.source), text))
        written.push(importedFile(this.source));
      this.importedHash = hashOf(text);
      this.isChanged = false;
    }
    const hasDeletions = [...this.deleted.values()].some((ids) => ids.size > 0);
    // No deleted.yaml until there is a deletion to record.
    if (hasDeletions || existsSync(path.join(this.archiveDir, DELETED_FILE)))
      if (await writeLedgerFile(this.archiveDir, DELETED_FILE, formatDeleted(this.deleted)))
        written.push(DELETED_FILE);
    return written;
  }
}
