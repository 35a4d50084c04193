/**
 * A read-only view of an export: a folder or a zip file read in place (never extracted).
 * Importers see only this; paths are `/`-separated and relative to the export's root.
 */
import { createReadStream } from 'node:fs';
import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

import { isInside } from '../archive/paths.ts';
import { decodeText, type FileView } from './file-view-contract.ts';
import { checkReadable, ImportInputError } from './view-limits.ts';
import { ZipView } from './zip-view.ts';

export { decodeText, type FileView } from './file-view-contract.ts';

export { FileTooLargeError, ImportInputError, ZIP_LIMITS } from './view-limits.ts';

export async function openView(input: string): Promise<FileView> {
  const info = await lstat(input).catch(() => undefined);
  if (!info) throw new ImportInputError(`${input}: no such file or folder`);
  if (info.isDirectory()) return openFolder(input);
  if (info.isFile()) {
    const head = Buffer.alloc(4);
    const handle = await open(input, 'r');
    await handle.read(head, 0, 4, 0);
    await handle.close();
    // A zip starts with a local file header (or an empty archive's end record).
    if (head.readUInt32LE(0) === 0x04034b50 || head.readUInt32LE(0) === 0x06054b50)
      return ZipView.open(input);
    checkReadable(path.dirname(input), path.basename(input), info.size);
    return new BufferView(input, path.basename(input), await readFile(input), info.mtimeMs);
  }
  throw new ImportInputError(`${input}: not a folder or a zip file`);
}

/**
 * The numbered parts of a split export: Takeout's `takeout-…-001.zip`, Flickr's
 * `data-download-1.zip` and `…_part1.zip`: the export's name, then the part's number.
 */
const PART = /^(?:(takeout-.+)-(\d{3})|(data-download)-(\d+)|(.+)[-_]part(\d+))\.zip$/i;

/** Which top-level zips of a folder are parts of a split export, and which parts are missing. */
export function findParts(names: string[]): { parts: string[]; warnings: string[] } {
  const groups = new Map<string, number[]>();
  const parts: string[] = [];
  for (const name of names) {
    const match = PART.exec(name);
    if (!match) continue;
    const [export_, number] = [match[1] ?? match[3] ?? match[5], match[2] ?? match[4] ?? match[6]];
    (groups.get(export_!) ?? groups.set(export_!, []).get(export_!)!).push(Number(number));
    parts.push(name);
  }
  const warnings: string[] = [];
  for (const [export_, numbers] of groups) {
    // The last part cannot be known missing: nothing in a part says how many there are.
    const missing = Array.from({ length: Math.max(...numbers) }, (_, index) => index + 1).filter(
      (number) => !numbers.includes(number),
    );
    if (missing.length > 0)
      warnings.push(
        `${export_}: ${missing.length > 1 ? 'parts' : 'part'} ${missing.join(', ')} missing; what ${missing.length > 1 ? 'they hold is' : 'it holds is'} not imported`,
      );
  }
  return { parts: parts.sort(), warnings };
}

/** A folder, or the folder and the zips of a split export in it seen as one export. */
async function openFolder(folder: string): Promise<FileView> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((item) => item.isFile())
    .map((item) => item.name);
  const { parts, warnings } = findParts(names);
  if (parts.length === 0) return FolderView.open(folder);
  const views: FileView[] = [await FolderView.open(folder, new Set(parts))];
  try {
    for (const part of parts) views.push(await ZipView.open(path.join(folder, part)));
  } catch (error) {
    for (const view of views) await view.close();
    throw error;
  }
  return new MultiPartView(folder, views, [
    ...warnings,
    ...views.flatMap((view) => view.warnings ?? []),
  ]);
}

/** Several views seen as one; a path in two of them is read from the first. */
export class MultiPartView implements FileView {
  private owners?: Map<string, FileView>;
  constructor(
    readonly label: string,
    private readonly parts: FileView[],
    readonly warnings: readonly string[] = [],
  ) {}

  private async index(): Promise<Map<string, FileView>> {
    if (!this.owners) {
      this.owners = new Map();
      for (const part of this.parts)
        for (const file of await part.list())
          if (!this.owners.has(file)) this.owners.set(file, part);
    }
    return this.owners;
  }

  private async owner(file: string): Promise<FileView> {
    const part = (await this.index()).get(file);
    if (!part) throw new ImportInputError(`${this.label}: no ${file} in any part of the export`);
    return part;
  }

  async list(): Promise<string[]> {
    return [...(await this.index()).keys()].sort();
  }

  async has(file: string): Promise<boolean> {
    return (await this.index()).has(file);
  }

  async buffer(file: string): Promise<Buffer> {
    return (await this.owner(file)).buffer(file);
  }

  async text(file: string): Promise<string> {
    return (await this.owner(file)).text(file);
  }

  async stream(file: string): Promise<AsyncIterable<Buffer>> {
    return (await this.owner(file)).stream(file);
  }

  async modified(file: string): Promise<number | undefined> {
    return (await this.owner(file)).modified(file);
  }

  async size(file: string): Promise<number | undefined> {
    return (await this.owner(file)).size(file);
  }

  async close(): Promise<void> {
    for (const part of this.parts) await part.close();
  }
}

class FolderView implements FileView {
  private constructor(
    readonly label: string,
    private readonly files: string[],
    readonly warnings: readonly string[],
  ) {}

  /**
   * Lists the folder once. Only regular files are listed: a symbolic link is not followed (an
   * export has no business pointing elsewhere) and a FIFO, device or socket would hang when
   * read; each is named in the report.
   */
  static async open(
    folder: string,
    /** Top-level files left out: the parts of a split export, read as zips instead. */
    exclude = new Set<string>(),
  ): Promise<FolderView> {
    const files: string[] = [];
    const warnings: string[] = [];
    for (const item of await readdir(folder, { recursive: true, withFileTypes: true })) {
      const file = path
        .relative(folder, path.join(item.parentPath, item.name))
        .split(path.sep)
        .join('/');
      if (item.isFile()) {
        if (!exclude.has(file)) files.push(file);
      } else if (!item.isDirectory())
        warnings.push(
          `${folder}: ${file} skipped: ${item.isSymbolicLink() ? 'a symbolic link, not followed' : 'not a regular file (a FIFO, device or socket)'}`,
        );
    }
    return new FolderView(folder, files.sort(), warnings.sort());
  }

  async list(): Promise<string[]> {
    return this.files;
  }

  async has(file: string): Promise<boolean> {
    return (await this.list()).includes(file);
  }

  async buffer(file: string): Promise<Buffer> {
    const target = await this.inside(file);
    const info = await stat(target);
    if (!info.isFile())
      throw new ImportInputError(`${this.label}: ${file} is not a regular file any more`);
    checkReadable(this.label, file, info.size);
    return readFile(target);
  }

  async text(file: string): Promise<string> {
    return decodeText(await this.buffer(file));
  }

  async modified(file: string): Promise<number | undefined> {
    return (await lstat(path.join(this.label, file)).catch(() => undefined))?.mtimeMs;
  }

  async size(file: string): Promise<number | undefined> {
    return (await lstat(path.join(this.label, file)).catch(() => undefined))?.size;
  }

  async stream(file: string): Promise<AsyncIterable<Buffer>> {
    return createReadStream(await this.inside(file), { highWaterMark: 1 << 20 });
  }

  /** The file's path, refusing one that a link points outside the export. */
  private async inside(file: string): Promise<string> {
    const target = path.join(this.label, file);
    const real = await realpath(target).catch(() => target);
    if (!isInside(await realpath(this.label), real))
      throw new ImportInputError(`${this.label}: ${file} points outside the export`);
    return target;
  }

  async close(): Promise<void> {}
}

/** One file (a feed, a mailbox) or a download, seen as an export holding that file alone. */
export class BufferView implements FileView {
  constructor(
    readonly label: string,
    private readonly name: string,
    private readonly bytes: Buffer,
    /** The file's modification time, when it came from the disk (ms since the epoch). */
    private readonly modifiedMs?: number,
  ) {}

  async list(): Promise<string[]> {
    return [this.name];
  }

  async has(file: string): Promise<boolean> {
    return file === this.name;
  }

  async buffer(file: string): Promise<Buffer> {
    if (file !== this.name) throw new ImportInputError(`${this.label}: no ${file} here`);
    return this.bytes;
  }

  async text(file: string): Promise<string> {
    return decodeText(await this.buffer(file));
  }

  async modified(): Promise<number | undefined> {
    return this.modifiedMs;
  }

  async size(): Promise<number | undefined> {
    return this.bytes.length;
  }

  async stream(file: string): Promise<AsyncIterable<Buffer>> {
    return Readable.from([await this.buffer(file)]);
  }

  async close(): Promise<void> {}
}
