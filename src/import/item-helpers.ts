/**
 * What the importers of lists (bookmark files, Pocket, books, Letterboxd) share: dates, ids,
 * tags, skips counted against their file, where a file is for messages, a file's first bytes.
 */
import { ImpossibleDateError, inZone, parseIsoParts } from '../archive/dates.ts';
import { shortHash } from '../archive/paths.ts';
import type { FileView } from './file-view.ts';
import { eachRecord } from './records.ts';
import type { ImportItem } from './types.ts';

/**
 * An epoch timestamp as exports write it, in seconds, or (Google Bookmarks) microseconds, or
 * milliseconds, as an ISO date in the archive's zone; undefined when it is not a positive number.
 * @example epochDate('1466010266', 'UTC') // '2016-06-15T17:04:26+00:00'
 */
export function epochDate(value: string | undefined, timeZone: string): string | undefined {
  if (!value || !/^\s*\d+\s*$/.test(value)) return undefined;
  let number = Number(value);
  if (number <= 0) return undefined;
  // Seconds until the year 5138; larger numbers are milliseconds, then microseconds.
  if (number > 1e14) number = Math.floor(number / 1000);
  if (number > 1e11) number = Math.floor(number / 1000);
  // Past the year 9999 (or JavaScript's dates) is no date a bookmark was made.
  if (number > 253402300799) throw new ImpossibleDateError(`impossible date "${value.trim()}"`);
  return inZone(new Date(number * 1000).toISOString(), timeZone);
}

/**
 * The first bytes of a file as text, for detection, read from its stream so a large file of
 * another export is never read whole; '' when it cannot be read.
 */
export async function headOf(view: FileView, file: string, bytes = 4096): Promise<string> {
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of await view.stream(file)) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) break;
    }
    return Buffer.concat(chunks).subarray(0, bytes).toString('utf8');
  } catch {
    return '';
  }
}

/** Where a file is, for messages: the file a person pointed at, or the file inside their export. */
export const where = (label: string, file: string) =>
  label === file || label.endsWith(`/${file}`) ? label : `${label}/${file}`;

/** A web address the schema takes (http or https), else undefined. */
export function webAddress(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The id of a bookmark of a URL: the same URL is the same bookmark on every import. */
export const bookmarkId = (source: string, url: string) => `${source}:${shortHash(url, 10)}`;

/** Tags without blanks or repeats, in their first order. */
export function cleanTags(tags: Iterable<string>): string[] | undefined {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.replace(/\s+/g, ' ').trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return seen.size > 0 ? [...seen.values()] : undefined;
}

/**
 * eachRecord (records.ts) with every skip counted against its file, as the coverage report
 * needs (`imported + skipped + unknown === records`). A skip on purpose (a book on the to-read
 * shelf: `onPurpose` says which) is counted without naming each record in the warnings.
 */
export async function* recordsOf<T extends object>(
  file: string,
  records: readonly unknown[],
  read: (record: T, index: number) => Iterable<ImportItem> | AsyncIterable<ImportItem>,
  onPurpose: (reason: string) => boolean = () => false,
): AsyncGenerator<ImportItem> {
  for await (const item of eachRecord(file, records, read)) {
    if (item.type !== 'skip') yield item;
    else if (onPurpose(item.reason)) yield { type: 'skip', reason: item.reason, file };
    else yield item.file ? item : { ...item, file };
  }
}

/**
 * An instant as an export writes it (ISO 8601 with `Z` or an offset, fractions of a second
 * allowed) in the archive's zone, to the second; undefined for a date no calendar has
 * (31 February, which `Date.parse` would roll into March) or no date at all.
 * @example instantIn('2024-03-02T21:20:31.956+00:00', 'Europe/Berlin') // '2024-03-02T22:20:31+01:00'
 */
export function instantIn(value: string, timeZone: string): string | undefined {
  const instant = Date.parse(value);
  if (!parseIsoParts(value) || !Number.isFinite(instant)) return undefined;
  return inZone(new Date(Math.floor(instant / 1000) * 1000).toISOString(), timeZone);
}
