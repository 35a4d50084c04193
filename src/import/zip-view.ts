/** A zip export read in place from its central directory (yauzl), refusing zip bombs. */
import yauzl from 'yauzl';

import { decodeText, type FileView } from './file-view-contract.ts';
import { checkReadable, ImportInputError, SPECIAL_TYPES, ZIP_LIMITS } from './view-limits.ts';

export class ZipView implements FileView {
  private constructor(
    readonly label: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    readonly warnings: readonly string[],
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
    try {
      if (zip.entryCount > ZIP_LIMITS.entries)
        throw new ImportInputError(
          `${file}: ${zip.entryCount} entries, more than the ${ZIP_LIMITS.entries} an export may have`,
        );
      const all = await readEntries(file, zip);
      checkZipBomb(file, all);
      const { entries, warnings } = filesOf(file, all);
      return new ZipView(file, zip, entries, warnings);
    } catch (error) {
      zip.close();
      throw error;
    }
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
    checkReadable(this.label, file, entry.uncompressedSize);
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

/** Every entry of the central directory, in its order. */
function readEntries(file: string, zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', (error: Error) =>
      reject(new ImportInputError(`${file}: ${error.message}`, { cause: error })),
    );
    zip.readEntry();
  });
}

/**
 * Refuses a zip bomb: entries whose bytes overlap (many central-directory entries pointing at
 * the same compressed data, Fifield 2019), an entry compressed beyond `ZIP_LIMITS.ratio`, or
 * more inflated bytes in all than `ZIP_LIMITS.totalBytes`.
 */
function checkZipBomb(file: string, entries: yauzl.Entry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (
      entry.uncompressedSize > 1024 ** 2 &&
      entry.uncompressedSize / Math.max(1, entry.compressedSize) > ZIP_LIMITS.ratio
    )
      throw new ImportInputError(
        `${file}: ${entry.fileName} compresses ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1, which looks like a zip bomb`,
      );
  }
  if (total > ZIP_LIMITS.totalBytes)
    throw new ImportInputError(
      `${file}: its entries inflate to ${total} bytes, more than the ${ZIP_LIMITS.totalBytes} an export may have`,
    );
  // Each entry's local header, name and data: [offset, offset + 30 + name + compressed size).
  const spans = entries
    .map((entry) => ({
      entry,
      start: entry.relativeOffsetOfLocalHeader,
      end: entry.relativeOffsetOfLocalHeader + 30 + entry.fileNameLength + entry.compressedSize,
    }))
    .sort((a, b) => a.start - b.start);
  for (const [index, span] of spans.entries()) {
    const previous = spans[index - 1];
    if (previous && span.start < previous.end)
      throw new ImportInputError(
        `${file}: entries ${previous.entry.fileName} and ${span.entry.fileName} share the same bytes, which is how a zip bomb is made; refused`,
      );
  }
}

/** The zip's files by name; folders and links left out, FIFOs, devices and sockets named. */
function filesOf(
  file: string,
  all: yauzl.Entry[],
): { entries: Map<string, yauzl.Entry>; warnings: string[] } {
  const entries = new Map<string, yauzl.Entry>();
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const entry of all) {
    const name = entry.fileName.normalize('NFC');
    const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
    // A folder, or a symbolic link: never followed, never written.
    if (name.endsWith('/') || mode === 0o040000 || mode === 0o120000) continue;
    const special = SPECIAL_TYPES[mode];
    if (special) {
      warnings.push(`${file}: ${name} skipped: ${special}, not a file`);
      continue;
    }
    if (entry.isEncrypted())
      throw new ImportInputError(
        `${file}: ${name} is password-protected; export again without a password`,
      );
    const folded = name.toLowerCase();
    if (seen.has(folded))
      throw new ImportInputError(
        `${file}: two entries named ${name} (differing only by case or Unicode form)`,
      );
    seen.add(folded);
    entries.set(name, entry);
  }
  return { entries, warnings };
}
