/**
 * The search index's format, shared by the builder (build-index.ts), the Node reader
 * (read-index.ts) and the engine: the files' shapes, and which part holds a term.
 * See docs/search.md. No Node or DOM imports.
 */
import type { TermPostings } from './dense-terms.ts';

/** Searchable fields, in the order postings name them; the boost multiplies a field's weights. */
export const FIELDS = ['title', 'text', 'tags', 'people', 'place'] as const;
export const BOOSTS = [5, 1, 3, 3, 2];
export const FORMAT_VERSION = 4;
/** Entries per file of the document store. */
export const DOCS_PER_CHUNK = 32;
/**
 * Filter counts of a query with at most this many matches are counted from their stored
 * documents (a page of results loads most of them anyway); a term in more documents has its
 * counts worked out when building, in its part's counts file, so that a one-word query loads
 * neither the facet nor the groups file (#22).
 */
export const COUNTED_FROM_DOCS = 10;

export interface Manifest {
  version: number;
  /** Entries in the index, oldest first: a document's number is its place in this order. */
  docs: number;
  /** Average tokens per field, over every document. */
  averageLengths: number[];
  /** Part keys, sorted: the part whose key is the longest prefix of a term holds that term. */
  parts: string[];
  /** Part key → file name (without folder and extension). */
  files: Record<string, string>;
  docsPerChunk: number;
  /** Documents per rest file of the split terms (dense-terms.ts). */
  restDocs: number;
}

/** Term → postings: for each document and field holding the term, flat: document number minus
 * the previous one, field, count, the field's length in tokens. Weights are computed from these
 * when searching, so an edit changes only the parts of the terms it touched. The positions file
 * of a part holds, per term, each posting's token positions (count of them, each minus the
 * previous one), loaded only for phrases. A term in many postings is split (dense-terms.ts):
 * its text-only documents' counts and lengths are in the part's rest file. */
export type Part = Record<string, TermPostings>;

/** A part's rest file: per split term, its text-only documents' count and length, in turn
 * (doc-lists.ts's `encodeNumbers`). */
export type Rest = Record<string, string>;

/** One result as the document store keeps it. */
export interface StoredDoc {
  id: string;
  /** Site-root-relative. */
  url: string;
  title: string;
  date: string;
  source: string;
  kind: string;
  /** Site-root-relative URL of a small picture. */
  thumb?: string;
  /** The start of the text; absent behind a content warning. */
  text?: string;
  /** Its tags and people as the filters show them (the most used spelling), when it has some. */
  tags?: string[];
  people?: string[];
}

/**
 * Facet values by document, for filters and counts: one character per document for its source
 * and kind together, its year in runs (#22: a first query with a filter loads this, a few kilobytes).
 * The numbers are written by doc-lists.ts's `encodeNumbers`.
 */
export interface Meta {
  sources: string[];
  kinds: string[];
  /** The pairs of source and kind the documents have, flat: index into sources, into kinds. */
  pairs: number[];
  /** Per document: its index into pairs (a source and its kinds go together: half the size). */
  pair: string;
  /** Local years in runs: a year, then how many documents in a row have it. */
  years: string;
}

/** Per document its local day since 1970, each minus the previous one; for date filters only. */
export type Days = number[];

/**
 * Tag and person names → their documents, as doc-lists.ts's `encodeDocList`; a file of its own,
 * as it is the larger.
 */
export interface Groups {
  tags: Record<string, string>;
  people: Record<string, string>;
}

/** Filter counts as a counts file keeps them: per filter name, each value followed by its count. */
export type PackedFacets = Record<'from' | 'kind' | 'year' | 'tag' | 'person', (string | number)[]>;

/** How an engine reads the index: from disk in Node, with script tags in the browser. */
export interface IndexReader {
  manifest(): Promise<Manifest>;
  part(file: string): Promise<Part>;
  /** The positions of a part's postings, for phrases. */
  positions(file: string): Promise<Record<string, number[]>>;
  /** A paired term's pairs (dense-terms.ts): per pair's key, postings of document and field. */
  pairs(file: string): Promise<Record<string, number[]>>;
  /** The rest of a part's split terms, for their exact weights. */
  rest(file: string): Promise<Rest>;
  docs(chunk: number): Promise<StoredDoc[]>;
  /** A part's counts file: the filter counts of each of its terms in many documents. */
  counts(file: string): Promise<Record<string, PackedFacets>>;
  meta(): Promise<Meta>;
  /** Every document's day, for `after:` and `before:`. */
  days(): Promise<Days>;
  groups(): Promise<Groups>;
}

/** The part holding a term: the longest part key that is a prefix of it. */
export function partOf(parts: string[], term: string): string | undefined {
  for (let length = term.length; length >= 0; length--) {
    const key = term.slice(0, length);
    if (binaryHas(parts, key)) return key;
  }
  return undefined;
}

function binaryHas(sorted: string[], key: string): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = sorted[middle]!;
    if (value === key) return true;
    if (value < key) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Parts that may hold terms starting with `prefix`: its own part and every longer key. */
export function partsWithPrefix(parts: string[], prefix: string): string[] {
  const found = new Set<string>();
  const own = partOf(parts, prefix);
  if (own !== undefined) found.add(own);
  for (const key of parts) if (key.length > prefix.length && key.startsWith(prefix)) found.add(key);
  return [...found];
}

export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    864e5
  );
}

export function dayString(day: number): string {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}
