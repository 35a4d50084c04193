/**
 * Builds the search index of a site: entries are analysed where their records live (the
 * shards), and the main thread turns the analyses into files: a manifest, term parts, the
 * document store and the facet file. Each file is a script calling `inhaleSearchData(name, data)`,
 * so the search page can load it with a script tag, even from disk (file:// forbids fetch).
 */
import { createHash } from 'node:crypto';

import type { EntryRecord, EntrySummary } from '../build/entry-record.ts';
import {
  dayNumber,
  DOCS_PER_CHUNK,
  FIELDS,
  forEachTerm,
  FORMAT_VERSION,
  type Groups,
  type Manifest,
  type Meta,
  type StoredDoc,
} from './engine.ts';

/** What the index needs of an entry beyond its summary: its terms, field by field. */
export interface AnalyzedDoc {
  id: string;
  /** Tokens per field, as lunr counts a field's length. */
  lengths: number[];
  /** Term of each (term, field) pair, joined by newlines (one string: 100,000 entries' terms
   * as separate strings cost more memory than the rest of the record). */
  terms: string;
  /** Per pair, flat: field, count, then the positions. */
  data: Int32Array;
}

/** The terms of an analysis, one per (term, field) pair. */
export function termsOf(doc: AnalyzedDoc): string[] {
  return doc.terms ? doc.terms.split('\n') : [];
}

/** Longest text analysed per entry: a mailing list digest is not worth more. */
const MAX_TEXT = 50_000;

let analysisMs = 0;
/** Seconds this thread has spent analysing entries (for the benchmark). */
export const analysisSeconds = () => analysisMs / 1000;

export function analyzeRecord(
  record: Pick<EntryRecord, 'id' | 'title' | 'text' | 'tags' | 'people' | 'place'>,
): AnalyzedDoc {
  const fields = [
    record.title ?? '',
    record.text.length > MAX_TEXT ? record.text.slice(0, MAX_TEXT) : record.text,
    record.tags.join(' . '),
    record.people.join(' . '),
    record.place?.name ?? '',
  ];
  const started = performance.now();
  const lengths: number[] = [];
  const terms: string[] = [];
  const data: number[] = [];
  fields.forEach((value, field) => {
    const positions = new Map<string, number[]>();
    const length = value
      ? forEachTerm(value, (term, position) => {
          const list = positions.get(term);
          if (list) list.push(position);
          else positions.set(term, [position]);
        })
      : 0;
    lengths.push(length);
    for (const [term, list] of positions) {
      terms.push(term);
      data.push(field, list.length);
      for (const position of list) data.push(position);
    }
  });
  analysisMs += performance.now() - started;
  return { id: record.id, lengths, terms: terms.join('\n'), data: Int32Array.from(data) };
}

/** What the document store shows of an entry. */
export type IndexedEntry = Pick<
  EntrySummary,
  'id' | 'title' | 'text' | 'date' | 'source' | 'kind' | 'tags' | 'people' | 'contentWarning'
> & { url: string; thumb?: string };

export interface IndexOptions {
  /** Largest part, in bytes of JSON, before it is split by a longer prefix. @default 48 KiB */
  partBytes?: number;
}

/** Output file (site-root-relative) → content. */
export type IndexFiles = Map<string, string>;

export function wrap(name: string, data: unknown): string {
  return `inhaleSearchData(${JSON.stringify(name)},${JSON.stringify(data)});\n`;
}

export function unwrap(text: string): unknown {
  const start = text.indexOf(',');
  const end = text.lastIndexOf(')');
  if (!text.startsWith('inhaleSearchData(') || start < 0 || end < start)
    throw new Error('not an inhale search index file');
  return JSON.parse(text.slice(start + 1, end));
}

/** The postings of some documents, as a shard computes them for the main thread to merge. */
export interface PostingsPiece {
  /** Tokens per field over these documents. */
  totals: number[];
  terms: string[];
  /** Per term: its first and last document number. */
  first: number[];
  last: number[];
  /** Per term: its postings (see Part in engine.ts), the first document number absolute. */
  postings: string[];
  /** Per term: the positions of each posting in turn, each posting's from 0. */
  positions: string[];
}

/** The postings of `docs` (document number, analysis), in document number order. */
export function postingsOf(docs: [number, AnalyzedDoc][]): PostingsPiece {
  const totals = FIELDS.map(() => 0);
  const byTerm = new Map<
    string,
    { first: number; last: number; postings: IntList; positions: IntList }
  >();
  const sorted = docs.every((doc, index) => index === 0 || docs[index - 1]![0] < doc[0]);
  for (const [number, doc] of sorted ? docs : [...docs].sort((a, b) => a[0] - b[0])) {
    doc.lengths.forEach((length, field) => (totals[field]! += length));
    let at = 0;
    for (const term of termsOf(doc)) {
      const field = doc.data[at]!;
      const tf = doc.data[at + 1]!;
      let entry = byTerm.get(term);
      if (!entry) {
        entry = { first: number, last: number, postings: new IntList(), positions: new IntList() };
        entry.postings.push(number);
        byTerm.set(term, entry);
      } else {
        entry.postings.push(number - entry.last);
        entry.last = number;
      }
      entry.postings.push(field);
      entry.postings.push(tf);
      entry.postings.push(doc.lengths[field]!);
      let previous = 0;
      for (let index = 0; index < tf; index++) {
        const position = doc.data[at + 2 + index]!;
        entry.positions.push(position - previous);
        previous = position;
      }
      at += 2 + tf;
    }
  }
  const piece: PostingsPiece = {
    totals,
    terms: [],
    first: [],
    last: [],
    postings: [],
    positions: [],
  };
  for (const [term, entry] of byTerm) {
    piece.terms.push(term);
    piece.first.push(entry.first);
    piece.last.push(entry.last);
    piece.postings.push(entry.postings.join());
    piece.positions.push(entry.positions.join());
  }
  return piece;
}

/** A growing list of 32-bit integers: half the memory of a JS array of numbers. */
class IntList {
  private data = new Int32Array(4);
  private length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** As Int32Array's join(','), written digit by digit: that join took half of postingsOf. */
  join(): string {
    const bytes = Buffer.allocUnsafe(this.length * 12);
    let at = 0;
    for (let index = 0; index < this.length; index++) {
      if (index > 0) bytes[at++] = 44; // ,
      let value = this.data[index]!;
      if (value < 0) {
        bytes[at++] = 45; // -
        value = -value;
      }
      const start = at;
      do {
        bytes[at++] = 48 + (value % 10);
        value = Math.floor(value / 10);
      } while (value > 0);
      for (let left = start, right = at - 1; left < right; left++, right--) {
        const digit = bytes[left]!;
        bytes[left] = bytes[right]!;
        bytes[right] = digit;
      }
    }
    return bytes.toString('latin1', 0, at);
  }
}

/**
 * The index files for `entries` (oldest first) from the postings pieces of their shards.
 * Deterministic: the same archive gives the same bytes, so a rebuild rewrites only the files
 * that changed, and an edit only the parts of the terms it touched.
 */
export function buildSearchIndex(
  entries: IndexedEntry[],
  pieces: PostingsPiece[],
  options: IndexOptions = {},
): IndexFiles {
  return new Map(
    [...searchIndexFiles(entries, pieces, options)].map(([file, render]) => [file, render()]),
  );
}

/**
 * The same files, each made only when asked for, so that writing 100,000 entries' index holds
 * one file's text at a time rather than all of them.
 */
export function searchIndexFiles(
  entries: IndexedEntry[],
  pieces: PostingsPiece[],
  options: IndexOptions = {},
): Map<string, () => string> {
  const files = new Map<string, () => string>();
  const count = entries.length;
  const totals = FIELDS.map(() => 0);
  // Merge the pieces: a later piece's first document becomes a difference from the last one.
  const merged = new Map<string, { last: number; postings: string; positions: string }>();
  for (const piece of pieces) {
    piece.totals.forEach((total, field) => (totals[field]! += total));
    piece.terms.forEach((term, index) => {
      const postings = piece.postings[index]!;
      const entry = merged.get(term);
      if (!entry) {
        merged.set(term, {
          last: piece.last[index]!,
          postings,
          positions: piece.positions[index]!,
        });
        return;
      }
      const comma = postings.indexOf(',');
      entry.postings += `,${piece.first[index]! - entry.last}${postings.slice(comma)}`;
      if (piece.positions[index]) entry.positions += `,${piece.positions[index]}`;
      entry.last = piece.last[index]!;
    });
  }

  // Parts: split by ever longer prefixes until each is small enough (sizes of `"term":[…]`).
  const sized = [...merged.keys()]
    .sort()
    .map((term): [string, number] => [
      term,
      JSON.stringify(term).length + merged.get(term)!.postings.length + 3,
    ]);
  const parts = new Map<string, [string, number][]>();
  split(sized, '', options.partBytes ?? 48 * 1024, parts);
  const keys = [...parts.keys()].sort();
  const names = Object.create(null) as Record<string, string>;
  const used = new Set<string>();
  const part = (terms: [string, number][], field: 'postings' | 'positions') =>
    `{${terms.map(([term]) => `${JSON.stringify(term)}:[${merged.get(term)![field]}]`).join(',')}}`;
  for (const key of keys) {
    let length = 8;
    let name = hash(key, length);
    while (used.has(name)) name = hash(key, ++length);
    used.add(name);
    names[key] = name;
    const terms = parts.get(key)!;
    files.set(
      `search/terms/${name}.js`,
      () => `inhaleSearchData(${JSON.stringify(`terms/${name}`)},${part(terms, 'postings')});\n`,
    );
    files.set(
      `search/positions/${name}.js`,
      () =>
        `inhaleSearchData(${JSON.stringify(`positions/${name}`)},${part(terms, 'positions')});\n`,
    );
  }

  // Document store, in chunks of DOCS_PER_CHUNK.
  for (let start = 0; start < count; start += DOCS_PER_CHUNK) {
    const number = start / DOCS_PER_CHUNK;
    files.set(`search/docs/${number}.js`, () =>
      wrap(`docs/${number}`, entries.slice(start, start + DOCS_PER_CHUNK).map(storedDoc)),
    );
  }

  const { meta, groups } = metaOf(entries);
  files.set('search/meta.js', () => wrap('meta', meta));
  files.set('search/groups.js', () => wrap('groups', groups));
  const manifest: Manifest = {
    version: FORMAT_VERSION,
    docs: count,
    averageLengths: totals.map((total) => total / Math.max(count, 1)),
    parts: keys,
    files: names,
    docsPerChunk: DOCS_PER_CHUNK,
  };
  files.set('search/manifest.js', () => wrap('manifest', manifest));
  return files;
}

function split(
  terms: [string, number][],
  prefix: string,
  limit: number,
  parts: Map<string, [string, number][]>,
): void {
  if (terms.length === 0) return;
  const size = terms.reduce((sum, [, bytes]) => sum + bytes + 1, 0);
  // A prefix as long as the term itself cannot be split further: a very common word stays whole.
  if (size <= limit || terms.every(([term]) => term.length <= prefix.length)) {
    parts.set(prefix, terms);
    return;
  }
  const exact = terms.filter(([term]) => term.length <= prefix.length);
  if (exact.length > 0) parts.set(prefix, exact);
  const byNext = new Map<string, [string, number][]>();
  for (const item of terms) {
    if (item[0].length <= prefix.length) continue;
    const next = prefix + String.fromCodePoint(item[0].codePointAt(prefix.length)!);
    (byNext.get(next) ?? byNext.set(next, []).get(next)!).push(item);
  }
  for (const [next, list] of byNext) split(list, next, limit, parts);
}

function hash(value: string, length: number): string {
  return createHash('sha1').update(value).digest('hex').slice(0, length);
}

function storedDoc(entry: IndexedEntry): StoredDoc {
  const doc: StoredDoc = {
    id: entry.id,
    url: entry.url,
    title: entry.title ?? '',
    date: entry.date,
    source: entry.source,
    kind: entry.kind,
  };
  if (entry.thumb) doc.thumb = entry.thumb;
  // Behind a content warning the text is not shown until asked for, in results neither.
  if (entry.contentWarning) doc.title ||= `Content warning: ${entry.contentWarning}`;
  else if (entry.text) doc.text = entry.text;
  return doc;
}

function metaOf(entries: IndexedEntry[]): { meta: Meta; groups: Groups } {
  const sources: string[] = [];
  const kinds: string[] = [];
  const indexOf = (list: string[], value: string) => {
    const index = list.indexOf(value);
    return index >= 0 ? index : list.push(value) - 1;
  };
  const meta: Meta = { sources, kinds, source: [], kind: [], day: [] };
  const groups: Groups = {
    tags: Object.create(null) as Groups['tags'],
    people: Object.create(null) as Groups['people'],
  };
  const last = { day: 0, tags: new Map<string, number>(), people: new Map<string, number>() };
  entries.forEach((entry, number) => {
    meta.source.push(indexOf(sources, entry.source));
    meta.kind.push(indexOf(kinds, entry.kind));
    const day = dayNumber(entry.date);
    meta.day.push(day - last.day);
    last.day = day;
    for (const [names, target, seen] of [
      [entry.tags, groups.tags, last.tags],
      [entry.people, groups.people, last.people],
    ] as const) {
      for (const name of names) {
        (target[name] ??= []).push(number - (seen.get(name) ?? 0));
        seen.set(name, number);
      }
    }
  });
  return { meta, groups };
}
