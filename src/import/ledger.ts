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

export async function readImported(archiveDir: string, source: string): Promise<IdFiles> {
  return toMap(await readYaml(archiveDir, importedFile(source)));
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
  let data: unknown;
  try {
    data = load(await readFile(target, 'utf8'), { schema: CORE_SCHEMA });
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

  private constructor(
    private readonly archiveDir: string,
    private readonly source: string,
    private readonly imported: IdFiles,
    private readonly deleted: Map<string, IdFiles>,
  ) {}

  /** Reads the ledger; an id it lists that no present file gives, and whose file is gone, is a deletion. */
  static async open(
    archiveDir: string,
    source: string,
    present: Map<string, { file: string; importer?: string }>,
  ): Promise<ImportLedger> {
    const imported = await readImported(archiveDir, source);
    const deleted = await readDeleted(archiveDir);
    const ledger = new ImportLedger(archiveDir, source, imported, deleted);
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
      if (existing.importer === source) imported.set(id, existing.file);
    return ledger;
  }

  isDeleted(id: string): boolean {
    return this.deleted.get(this.source)?.has(id) ?? false;
  }

  /** An entry this import wrote, or found as it was or as the person edited it. */
  record(id: string, file: string): void {
    this.imported.set(id, file);
    this.deleted.get(this.source)?.delete(id);
  }

  /** Writes both files where they changed; returns those written, relative to the archive. */
  async save(): Promise<string[]> {
    const written: string[] = [];
    const files: [string, string][] = [
      [importedFile(this.source), formatImported(this.source, this.imported)],
      [DELETED_FILE, formatDeleted(this.deleted)],
    ];
    const hasDeletions = [...this.deleted.values()].some((ids) => ids.size > 0);
    for (const [file, text] of files) {
      // No deleted.yaml until there is a deletion to record.
      if (file === DELETED_FILE && !hasDeletions && !existsSync(path.join(this.archiveDir, file)))
        continue;
      if (await writeLedgerFile(this.archiveDir, file, text)) written.push(file);
    }
    return written;
  }
}
