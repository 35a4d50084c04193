/** The limits a view of an export keeps, and the errors it throws when one is crossed. */
import { InhaleError } from '../archive/errors.ts';

/** Limits that stop zip bombs and absurd exports. */
export const ZIP_LIMITS = {
  /** @default 500,000 entries */
  entries: 500_000,
  /** Largest single file read whole into memory; a larger one is skipped. @default 2 GiB */
  fileBytes: 2 * 1024 ** 3,
  /** Largest sum of a zip's inflated sizes. @default 1 TiB */
  totalBytes: 1024 ** 4,
  /** Largest compression ratio for an entry over 1 MiB. @default 200 */
  ratio: 200,
};

export class ImportInputError extends InhaleError {
  override name = 'ImportInputError';
}

/** A file of the export too large to read whole: the importer skips it and names it. */
export class FileTooLargeError extends ImportInputError {
  override name = 'FileTooLargeError';
}

/** Refuses a whole-file read of more than `ZIP_LIMITS.fileBytes`, before any byte is read. */
export function checkReadable(label: string, file: string, size: number): void {
  if (size > ZIP_LIMITS.fileBytes)
    throw new FileTooLargeError(
      `${label}: ${file} is ${size} bytes, more than the ${ZIP_LIMITS.fileBytes} a file read whole may have`,
    );
}

/** Unix file types in a zip entry's mode that are not files: reading them could hang. */
export const SPECIAL_TYPES: Record<number, string> = {
  0o010000: 'a FIFO',
  0o020000: 'a character device',
  0o060000: 'a block device',
  0o140000: 'a socket',
};
