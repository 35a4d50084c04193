/**
 * The coverage report: what became of every file of an export. Importers say what they made of
 * the files they know (`{ type: 'file' }` items, types.ts); entries, skips and unknown records
 * are counted against the file they came from; every file of the export that no importer
 * accounted for, and no entry used as media, is listed as not understood. Nothing is silent.
 */
import type { FileAccount, ImportItem } from './types.ts';

export interface FileCoverage {
  file: string;
  /**
   * `read`: the importer read it (its records are counted below); `media`: an entry shows it;
   * `not-imported`: recognised and left out on purpose (`reason`, and `include` when
   * `--include <part>` would import it); `not-understood`: inhale does not read it; `damaged`:
   * inhale reads files like it, but this one could not be read (`reason`): the rest of the
   * export is imported and `inhale import` exits non-zero.
   */
  status: 'read' | 'media' | 'not-imported' | 'not-understood' | 'damaged';
  /** Records the importer counted in the file; `imported + skipped + unknown` add up to it. */
  records?: number;
  /** Entries the file gave (before the writer's own checks: duplicates, deletions, edits). */
  imported: number;
  skipped: number;
  /** Records the importer could not make sense of. */
  unknown: number;
  reason?: string;
  include?: string;
}

export class CoverageTally {
  private readonly files = new Map<string, FileCoverage>();
  private readonly media = new Set<string>();

  private of(file: string): FileCoverage {
    let coverage = this.files.get(file);
    if (!coverage) {
      coverage = { file, status: 'read', imported: 0, skipped: 0, unknown: 0 };
      this.files.set(file, coverage);
    }
    return coverage;
  }

  entry(file: string, media: readonly string[] = []): void {
    this.of(file).imported++;
    for (const item of media) if (item !== file) this.media.add(item);
  }

  skip(file: string | undefined): void {
    if (file) this.of(file).skipped++;
  }

  unknown(file: string): void {
    this.of(file).unknown++;
  }

  account(account: FileAccount): void {
    const coverage = this.of(account.file);
    coverage.status = account.status;
    if (account.status === 'read') coverage.records = (coverage.records ?? 0) + account.records;
    else {
      // A damaged file's records were not read: none of them is counted against it.
      if (account.status === 'damaged') delete coverage.records;
      if (account.reason) coverage.reason = account.reason;
      if (account.status === 'not-imported' && account.include) coverage.include = account.include;
    }
  }

  /**
   * Every file of the export, sorted: what the importer said of it, else `media` when an entry
   * shows it, else `not-understood`. Files an importer reached outside the listing (a feed's URL)
   * are kept too.
   */
  finish(listed: readonly string[]): FileCoverage[] {
    for (const file of listed) {
      if (this.files.has(file)) continue;
      this.files.set(file, {
        file,
        status: this.media.has(file) ? 'media' : 'not-understood',
        imported: 0,
        skipped: 0,
        unknown: 0,
        ...(this.media.has(file) ? {} : { reason: 'inhale does not read this file' }),
      });
    }
    return [...this.files.values()].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
    );
  }
}

/** Files whose records do not add up: the importer counted differently from what it yielded. */
export function unbalanced(files: readonly FileCoverage[]): FileCoverage[] {
  return files.filter(
    (file) =>
      file.records !== undefined && file.imported + file.skipped + file.unknown !== file.records,
  );
}

/** How an importer's file account may say a file is damaged (the Meta exports' readers). */
export const DAMAGED = 'damaged: ';

/**
 * The item that names a damaged file: one an importer reads but cannot (broken JSON, a truncated
 * file), skipped while the rest of the export is imported. The reason says what is wrong.
 */
export function damagedFile(file: string, error: unknown): ImportItem {
  const reason = (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return { type: 'file', account: { file, status: 'damaged', reason: reason || 'unreadable' } };
}

/** Why a file is left out on purpose, and the `--include` part that would import it. */
export interface LeftOut {
  reason: string;
  include?: string;
}

/** The account of a file recognised and left out on purpose. */
export const notImportedAccount = (file: string, why: LeftOut): FileAccount => ({
  file,
  status: 'not-imported',
  reason: why.reason,
  ...(why.include ? { include: why.include } : {}),
});

/**
 * What the import makes of a file below `root` that it does not read: not imported, as `why`
 * says of its path inside `root`, or undefined when inhale does not know it.
 */
export function leftOutBelow(
  file: string,
  root: string,
  why: (inside: string) => LeftOut | undefined,
): FileAccount | undefined {
  if (!file.startsWith(root)) return undefined;
  const found = why(file.slice(root.length));
  return found && notImportedAccount(file, found);
}

/** The report's `damaged`: `file: reason` for each damaged file. The import exits 1 then. */
export function damagedFiles(files: readonly FileCoverage[]): string[] {
  return files.flatMap((file) =>
    file.status === 'damaged'
      ? [`${file.file}: ${file.reason ?? 'unreadable'}`]
      : file.status === 'not-understood' && file.reason?.startsWith(DAMAGED)
        ? [`${file.file}: ${file.reason.slice(DAMAGED.length)}`]
        : [],
  );
}

/** Most files named one by one; beyond this, a count. */
const LISTED = 20;

/** The report's lines on files: a summary, then the files left out and not understood. */
export function formatCoverage(files: readonly FileCoverage[]): string[] {
  if (files.length === 0) return [];
  const by = (status: FileCoverage['status']) => files.filter((file) => file.status === status);
  const read = by('read');
  const media = by('media');
  const left = by('not-imported');
  const unknown = by('not-understood');
  const damaged = by('damaged');
  const items = read.reduce((sum, file) => sum + file.imported, 0);
  const lines = [
    `files: ${read.length} read (${items} item(s)), ${media.length} media, ${left.length} not imported, ${unknown.length} not understood${damaged.length > 0 ? `, ${damaged.length} damaged` : ''}`,
  ];
  // Every damaged file is named: each is a loss the person has to know about.
  for (const file of damaged)
    lines.push(`damaged, not imported: ${file.file} (${file.reason ?? 'unreadable'})`);
  for (const file of left.slice(0, LISTED))
    lines.push(
      `not imported: ${file.file}${file.reason ? ` (${file.reason})` : ''}${file.include ? `; --include ${file.include} imports it` : ''}`,
    );
  if (left.length > LISTED) lines.push(`not imported: ${left.length - LISTED} more file(s)`);
  for (const file of unknown.slice(0, LISTED))
    lines.push(`not understood: ${file.file}${file.reason ? ` (${file.reason})` : ''}`);
  if (unknown.length > LISTED)
    lines.push(`not understood: ${unknown.length - LISTED} more file(s)`);
  for (const file of read.filter((file) => file.unknown > 0).slice(0, LISTED))
    lines.push(`${file.file}: ${file.unknown} record(s) not understood`);
  return lines;
}
