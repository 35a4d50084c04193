/**
 * The records a shard holds. A build keeps only where each one is (its file, id, date's year
 * and place in the parse cache, `entries-<bucket>.v8`) and reads a year's records back from
 * the cache when it renders that year, so a thread holds one year of whole records at a time
 * instead of its whole share (at 1,000,000 entries 2.2 GB a thread, which the garbage collector
 * walked again and again while parsing). A smaller share, and `serve`'s, is kept in memory
 * (`keepAll`): reading records back allocates them again, twice a build (search postings, then
 * pages), and at 100,000 entries that churn cost more memory than holding them (2.1 GB peak
 * against 1.7). Records with no place in the cache (adopted from another shard, re-read after
 * an edit) are always kept in memory.
 */
import type { EntryRecord } from '../shared/entry-types.ts';

/** A record's place in the parse cache: its bucket, and the file's size and time it was cached for. */
export interface CachedAt {
  bucket: string;
  mtimeMs: number;
  size: number;
}

/** A held record's file, id and year, without the record. */
export interface Held {
  file: string;
  id: string;
  year: string;
}

/**
 * Reads records back: those of `files` (each with its place in `bucket`), as this build's
 * audience sees them, by file; a file missing from the answer is no longer visible.
 */
type HeldItem = Held & { cached?: CachedAt };

export type ReadBack = (bucket: string, files: Map<string, CachedAt>) => Map<string, EntryRecord>;

export class RecordStore {
  private readonly held = new Map<string, HeldItem>();
  private readonly inMemory = new Map<string, EntryRecord>();

  /** Keep the records added from the cache in memory too; set before adding them. */
  keepAll = false;

  constructor(private readonly readBack: ReadBack) {}

  get size(): number {
    return this.held.size;
  }

  /** A record just read or parsed for cache bucket `cached.bucket`. */
  addCached(record: EntryRecord, cached: CachedAt): void {
    this.held.set(record.file, heldOf(record, cached));
    if (this.keepAll) this.inMemory.set(record.file, record);
    else this.inMemory.delete(record.file);
  }

  /** A record the cache does not have as it is (adopted, or re-read after an edit). */
  addInMemory(record: EntryRecord): void {
    this.held.set(record.file, heldOf(record));
    this.inMemory.set(record.file, record);
  }

  delete(file: string): void {
    this.held.delete(file);
    this.inMemory.delete(file);
  }

  /** What is held, without the records. */
  list(): Held[] {
    return [...this.held.values()].map(({ file, id, year }) => ({ file, id, year }));
  }

  /** The held records `wanted` chooses, read back a cache bucket at a time. */
  select(wanted: (held: Held) => boolean = () => true): EntryRecord[] {
    return [...this.chunks(wanted)].flat();
  }

  /**
   * The held records `wanted` chooses, a chunk at a time: those in memory first, then one cache
   * bucket's, so a caller that lets each chunk go holds one bucket's records at most.
   */
  *chunks(wanted: (held: Held) => boolean = () => true): Generator<EntryRecord[]> {
    yield* this.chunksOf([...this.held.values()].filter(wanted));
  }

  /**
   * The held records of each year `wanted` chooses (every year without it), a year at a time,
   * oldest first, read back from the cache buckets that hold them.
   */
  *byYear(wanted: (held: Held) => boolean = () => true): Generator<EntryRecord[]> {
    const years = new Map<string, HeldItem[]>();
    for (const item of this.held.values())
      if (wanted(item))
        (years.get(item.year) ?? years.set(item.year, []).get(item.year)!).push(item);
    for (const year of [...years.keys()].sort()) yield [...this.chunksOf(years.get(year)!)].flat();
  }

  private *chunksOf(items: HeldItem[]): Generator<EntryRecord[]> {
    const kept: EntryRecord[] = [];
    const byBucket = new Map<string, Map<string, CachedAt>>();
    for (const item of items) {
      const record = this.inMemory.get(item.file);
      if (record) kept.push(record);
      else {
        const { bucket } = item.cached!;
        (byBucket.get(bucket) ?? byBucket.set(bucket, new Map()).get(bucket)!).set(
          item.file,
          item.cached!,
        );
      }
    }
    if (kept.length > 0) yield kept;
    for (const [bucket, files] of byBucket) yield [...this.readBack(bucket, files).values()];
  }
}

function heldOf(record: EntryRecord, cached?: CachedAt): HeldItem {
  return { file: record.file, id: record.id, year: record.date.slice(0, 4), cached };
}
