/**
 * A read-only view of an export: a folder or a zip file read in place (never extracted).
 * Importers see only this; paths are `/`-separated and relative to the export's root.
 */
import { createReadStream } from 'node:fs';
import { lstat, open, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

import yauzl from 'yauzl';

import { InhaleError } from '../archive/errors.ts';
import { isInside } from '../archive/paths.ts';

export interface FileView {
  /** What the person pointed at, for messages. */
  readonly label: string;
  /** Every file, sorted. */
  list(): Promise<string[]>;
  has(file: string): Promise<boolean>;
  buffer(file: string): Promise<Buffer>;
  text(file: string): Promise<string>;
  /** The file's bytes as a stream, for files too large to hold (a mailbox). */
  stream(file: string): Promise<AsyncIterable<Buffer>>;
  /** The file's modification time (ms since the epoch), when the export records one. */
  modified(file: string): Promise<number | undefined>;
  /** The file's size in bytes (uncompressed), for progress. */
  size(file: string): Promise<number | undefined>;
  /** Problems with the export as a whole (a part of a split export missing), for the report. */
  readonly warnings?: readonly string[];
  close(): Promise<void>;
}

/** Limits that stop zip bombs and absurd exports. */
export const ZIP_LIMITS = {
  /** @default 500,000 entries */
  entries: 500_000,
  /** Largest single file read into memory. @default 2 GiB */
  fileBytes: 2 * 1024 ** 3,
  /** Largest compression ratio for an entry over 1 MiB. @default 200 */
  ratio: 200,
};

export class ImportInputError extends InhaleError {
  override name = 'ImportInputError';
}

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
    return new BufferView(input, path.basename(input), await readFile(input));
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
  if (parts.length === 0) return new FolderView(folder);
  const views: FileView[] = [new FolderView(folder, new Set(parts))];
  try {
    for (const part of parts) views.push(await ZipView.open(path.join(folder, part)));
  } catch (error) {
    for (const view of views) await view.close();
    throw error;
  }
  return new MultiPartView(folder, views, warnings);
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
  private files?: string[];
  constructor(
    readonly label: string,
    /** Top-level files left out: the parts of a split export, read as zips instead. */
    private readonly exclude = new Set<string>(),
  ) {}

  async list(): Promise<string[]> {
    if (!this.files) {
      const items = await readdir(this.label, { recursive: true, withFileTypes: true });
      // Symbolic links are not followed: an export has no business pointing elsewhere.
      this.files = items
        .filter((item) => item.isFile())
        .map((item) =>
          path
            .relative(this.label, path.join(item.parentPath, item.name))
            .split(path.sep)
            .join('/'),
        )
        .filter((file) => !this.exclude.has(file))
        .sort();
    }
    return this.files;
  }

  async has(file: string): Promise<boolean> {
    return (await this.list()).includes(file);
  }

  async buffer(file: string): Promise<Buffer> {
    return readFile(await this.inside(file));
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
    return undefined;
  }

  async size(): Promise<number | undefined> {
    return this.bytes.length;
  }

  async stream(file: string): Promise<AsyncIterable<Buffer>> {
    return Readable.from([await this.buffer(file)]);
  }

  async close(): Promise<void> {}
}

class ZipView implements FileView {
  private constructor(
    readonly label: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(file: string): Promise<ZipView> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(
        file,
        { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
        (error, opened) => (error ? reject(error) : resolve(opened)),
      ),
    ).catch((error: Error) => {
      throw new ImportInputError(
        `${file}: not a readable zip file (${error.message}); is the download complete?`,
        { cause: error },
      );
    });
    if (zip.entryCount > ZIP_LIMITS.entries) {
      zip.close();
      throw new ImportInputError(
        `${file}: ${zip.entryCount} entries, more than the ${ZIP_LIMITS.entries} an export may have`,
      );
    }
    const entries = new Map<string, yauzl.Entry>();
    const seen = new Set<string>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: yauzl.Entry) => {
          try {
            const name = entry.fileName.normalize('NFC');
            const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
            if (name.endsWith('/') || mode === 0o040000) return zip.readEntry();
            if (mode === 0o120000) return zip.readEntry(); // a symbolic link: never followed, never written
            if (entry.isEncrypted())
              throw new ImportInputError(
                `${file}: ${name} is password-protected; export again without a password`,
              );
            if (entry.uncompressedSize > ZIP_LIMITS.fileBytes)
              throw new ImportInputError(
                `${file}: ${name} declares ${entry.uncompressedSize} bytes, over the limit`,
              );
            if (
              entry.uncompressedSize > 1024 ** 2 &&
              entry.uncompressedSize / Math.max(1, entry.compressedSize) > ZIP_LIMITS.ratio
            ) {
              throw new ImportInputError(
                `${file}: ${name} compresses ${Math.round(entry.uncompressedSize / entry.compressedSize)}:1, which looks like a zip bomb`,
              );
            }
            const folded = name.toLowerCase();
            if (seen.has(folded))
              throw new ImportInputError(
                `${file}: two entries named ${name} (differing only by case or Unicode form)`,
              );
            seen.add(folded);
            entries.set(name, entry);
            zip.readEntry();
          } catch (error) {
            reject(error);
          }
        });
        zip.once('end', () => resolve());
        zip.once('error', (error: Error) =>
          reject(new ImportInputError(`${file}: ${error.message}`, { cause: error })),
        );
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      throw error;
    }
    return new ZipView(file, zip, entries);
  }

  async list(): Promise<string[]> {
    return [...this.entries.keys()].sort();
  }

  async has(file: string): Promise<boolean> {
    return this.entries.has(file);
  }

  async buffer(file: string): Promise<Buffer> {
    const entry = this.entries.get(file);
    if (!entry) throw new ImportInputError(`${this.label}: no ${file} in the zip`);
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
    );
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of stream) chunks.push(chunk as Buffer);
    } catch (error) {
      throw new ImportInputError(`${this.label}: ${file}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return Buffer.concat(chunks);
  }

  async text(file: string): Promise<string> {
    return decodeText(await this.buffer(file));
  }

  async stream(file: string): Promise<AsyncIterable<Buffer>> {
    const entry = this.entries.get(file);
    if (!entry) throw new ImportInputError(`${this.label}: no ${file} in the zip`);
    return new Promise((resolve, reject) =>
      this.zip.openReadStream(entry, (error, opened) =>
        error ? reject(error) : resolve(opened as AsyncIterable<Buffer>),
      ),
    );
  }

  async size(file: string): Promise<number | undefined> {
    return this.entries.get(file)?.uncompressedSize;
  }

  async modified(file: string): Promise<number | undefined> {
    // Zip times without a UTC extra field are local to whoever zipped: read them as UTC.
    return this.entries
      .get(file)
      ?.getLastModDate({ timezone: 'UTC' } as never)
      .getTime();
  }

  async close(): Promise<void> {
    this.zip.close();
  }
}

/** UTF-8 text without a byte-order mark. */
function decodeText(buffer: Buffer): string {
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
