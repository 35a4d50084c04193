/** What importers see of an export (folder, zip, split zips, bytes): the views implement it. */

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

/** UTF-8 text without a byte-order mark. */
export function decodeText(buffer: Buffer): string {
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
