/**
 * Builds the search index of a site: entries are analysed where their records live (the
 * shards), and the main thread turns the analyses into files: a manifest, term parts, the
 * document store, the facet files and the counts files. Each file is a script calling `inhaleSearchData(name, data)`,
 * so the search page can load it with a script tag, even from disk (file:// forbids fetch).
 */
import { createHash } from 'node:crypto';

import type { AnalyzedDoc, EntryRecord, EntrySummary } from '../shared/entry-types.ts';
import { forEachTerm } from './analysis.ts';
import { facetDataOf, termCounts, type FacetData } from './build-facets.ts';
import {
  DENSE_POSTINGS,
  isPair,
  pairKeyOf,
  pairName,
  PAIRED_POSTINGS,
  pairTerms,
  REST_DOCS,
  splitPostings,
} from './dense-terms.ts';
import { encodeNumbers } from './doc-lists.ts';
import {
  COUNTED_FROM_DOCS,
  DOCS_PER_CHUNK,
  FIELDS,
  FORMAT_VERSION,
  type Manifest,
  type PackedFacets,
  type Rest,
  type StoredDoc,
} from './index-format.ts';

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
  // Positions stay below 65,536 (MAX_TEXT), so 16 bits hold them: 100,000 entries' analyses
  // are kept for the search postings, and they are half the size.
  const small = data.every((value) => value <= 0xffff);
  return {
    id: record.id,
    lengths,
    terms: terms.join('\n'),
    data: small ? Uint16Array.from(data) : Int32Array.from(data),
  };
}

/** What the document store shows of an entry. */
export type IndexedEntry = Pick<
  EntrySummary,
  'id' | 'title' | 'text' | 'date' | 'source' | 'kind' | 'tags' | 'people' | 'contentWarning'
> & { url: string; thumb?: string };

export interface IndexOptions {
  /** Largest part, in bytes of JSON, before it is split by a longer prefix. @default 48 KiB */
  partBytes?: number;
  /**
   * A term in this many postings or more is split (dense-terms.ts); the tests split every term
   * or none. @default DENSE_POSTINGS
   */
  densePostings?: number;
  /** Documents per rest file of the split terms. @default REST_DOCS */
  restDocs?: number;
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
  /**
   * Per term: its postings (see Part in index-format.ts) as the ASCII text of the index files, the
   * first document number absolute. Every term's text is a view of one buffer, so a worker
   * hands the whole piece over without a copy.
   */
  postings: Uint8Array[];
  /** Per term: the positions of each posting in turn, each posting's from 0. */
  positions: Uint8Array[];
  /**
   * Terms in PAIRED_POSTINGS postings or more here: every adjacent pair with one of them is among
   * `terms` (as `first second`, postings of document and field only).
   */
  paired: string[];
  /** Per term: its postings here (0 for a pair). */
  counts: number[];
}

/** The buffers a piece's texts are views of, for postMessage's transfer list. */
export function transferablesOf(piece: PostingsPiece): ArrayBuffer[] {
  return [
    ...new Set([...piece.postings, ...piece.positions].map((view) => view.buffer as ArrayBuffer)),
  ];
}

/**
 * The postings of `docs` (document number, analysis), in document number order. Two passes:
 * the first sizes every term's text, the second writes the digits into one buffer, so nothing
 * grows and nothing is copied (at 100,000 entries growing lists cost hundreds of megabytes).
 */
export function postingsOf(
  docs: [number, AnalyzedDoc][],
  pairedPostings = PAIRED_POSTINGS,
): PostingsPiece {
  const totals = FIELDS.map(() => 0);
  const sorted = docs.every((doc, index) => index === 0 || docs[index - 1]![0] < doc[0])
    ? docs
    : [...docs].sort((a, b) => a[0] - b[0]);
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const postingBytes: number[] = [];
  const positionBytes: number[] = [];
  let pairs = 0;
  for (const [, doc] of sorted)
    for (let at = 0; at < doc.data.length; at += 2 + doc.data[at + 1]!) pairs++;
  const slots = new Int32Array(pairs);

  let slot = 0;
  for (const [number, doc] of sorted) {
    doc.lengths.forEach((length, field) => (totals[field]! += length));
    let at = 0;
    for (const term of termsOf(doc)) {
      const field = doc.data[at]!;
      const tf = doc.data[at + 1]!;
      let t = numbers.get(term);
      let delta = number;
      if (t === undefined) {
        t = terms.push(term) - 1;
        numbers.set(term, t);
        first.push(number);
        last.push(number);
        // Every number has a comma before it but a term's first.
        postingBytes.push(-1);
        positionBytes.push(-1);
      } else {
        delta = number - last[t]!;
        last[t] = number;
      }
      postingBytes[t]! +=
        4 + digits(delta) + digits(field) + digits(tf) + digits(doc.lengths[field]!);
      let previous = 0;
      for (let index = 0; index < tf; index++) {
        const position = doc.data[at + 2 + index]!;
        positionBytes[t]! += 1 + digits(position - previous);
        previous = position;
      }
      slots[slot++] = t;
      at += 2 + tf;
    }
  }

  const postingsText = new Uint8Array(postingBytes.reduce((sum, bytes) => sum + bytes, 0));
  const positionsText = new Uint8Array(positionBytes.reduce((sum, bytes) => sum + bytes, 0));
  const postingAt = new Int32Array(terms.length);
  const positionAt = new Int32Array(terms.length);
  const postings: Uint8Array[] = [];
  const positions: Uint8Array[] = [];
  let postingEnd = 0;
  let positionEnd = 0;
  terms.forEach((_, t) => {
    postingAt[t] = postingEnd;
    positionAt[t] = positionEnd;
    postings.push(postingsText.subarray(postingEnd, (postingEnd += postingBytes[t]!)));
    positions.push(positionsText.subarray(positionEnd, (positionEnd += positionBytes[t]!)));
  });
  const previousDoc = new Int32Array(terms.length).fill(-1);
  slot = 0;
  for (const [number, doc] of sorted) {
    for (let at = 0; at < doc.data.length; at += 2 + doc.data[at + 1]!) {
      const t = slots[slot++]!;
      const field = doc.data[at]!;
      const tf = doc.data[at + 1]!;
      let out = postingAt[t]!;
      if (previousDoc[t]! < 0) out = writeNumber(postingsText, out, number);
      else {
        postingsText[out++] = COMMA;
        out = writeNumber(postingsText, out, number - previousDoc[t]!);
      }
      previousDoc[t] = number;
      postingsText[out++] = COMMA;
      out = writeNumber(postingsText, out, field);
      postingsText[out++] = COMMA;
      out = writeNumber(postingsText, out, tf);
      postingsText[out++] = COMMA;
      postingAt[t] = writeNumber(postingsText, out, doc.lengths[field]!);
      let written = positionAt[t]!;
      let previous = 0;
      for (let index = 0; index < tf; index++) {
        const position = doc.data[at + 2 + index]!;
        if (written > positions[t]!.byteOffset) positionsText[written++] = COMMA;
        written = writeNumber(positionsText, written, position - previous);
        previous = position;
      }
      positionAt[t] = written;
    }
  }
  const counts = new Int32Array(terms.length);
  for (const t of slots) counts[t]!++;
  const isPaired = Uint8Array.from(counts, (count) => (count >= pairedPostings ? 1 : 0));
  const paired = terms.filter((_, t) => isPaired[t]);
  const adjacent = pairsOf(sorted, slots, terms, isPaired);
  return {
    totals,
    terms: [...terms, ...adjacent.terms],
    first: [...first, ...adjacent.first],
    last: [...last, ...adjacent.last],
    counts: [...counts, ...adjacent.postings.map(() => 0)],
    postings: [...postings, ...adjacent.postings],
    // Empty views of the positions' buffer, which is handed over anyway.
    positions: [...positions, ...adjacent.terms.map(() => positionsText.subarray(0, 0))],
    paired,
  };
}

/**
 * The adjacent pairs of terms (#22's "common grams") of which one is paired: per pair its name
 * (pairName) and the text of its postings (document, a difference from the previous one but the
 * first, and field), so that a phrase of two common words reads one short list rather than both
 * words' positions. `slots` are the term numbers of the documents' (term, field) entries in turn.
 */
function pairsOf(
  docs: [number, AnalyzedDoc][],
  slots: Int32Array,
  names: string[],
  isPaired: Uint8Array,
): Pick<PostingsPiece, 'terms' | 'first' | 'last' | 'postings'> {
  // Position → term number in the field at hand (-1: none), cleared after each field.
  let at = new Int32Array(1024).fill(-1);
  // Per first term, second term → the pair's index (small integers: Map's fast keys).
  const indexOf: (Map<number, number> | undefined)[] = [];
  const keys: [number, number][] = [];
  const lists: number[][] = [];
  /** The last document and field each pair was seen in, not to list it twice. */
  const lastSeen: number[] = [];
  let slot = 0;
  for (const [number, doc] of docs) {
    const data = doc.data;
    const first = slot;
    for (let offset = 0; offset < data.length; offset += 2 + data[offset + 1]!) slot++;
    for (let field = 0; field < FIELDS.length; field++) {
      let any = false;
      let entry = first;
      for (let offset = 0; offset < data.length; offset += 2 + data[offset + 1]!, entry++) {
        if (data[offset] !== field) continue;
        const t = slots[entry]!;
        if (isPaired[t]) any = true;
        for (let n = 0; n < data[offset + 1]!; n++) {
          const position = data[offset + 2 + n]!;
          if (position + 1 >= at.length) {
            const grown = new Int32Array(Math.max(at.length * 2, position + 2)).fill(-1);
            grown.set(at);
            at = grown;
          }
          at[position] = t;
        }
      }
      if (!any) {
        clear(at, data, field);
        continue;
      }
      const stamp = number * 8 + field;
      entry = first;
      for (let offset = 0; offset < data.length; offset += 2 + data[offset + 1]!, entry++) {
        if (data[offset] !== field) continue;
        const t = slots[entry]!;
        for (let n = 0; n < data[offset + 1]!; n++) {
          const next = at[data[offset + 2 + n]! + 1]!;
          if (next < 0 || !(isPaired[t] || isPaired[next])) continue;
          const seconds = (indexOf[t] ??= new Map());
          let index = seconds.get(next);
          if (index === undefined) {
            index = keys.push([t, next]) - 1;
            seconds.set(next, index);
            lists.push([]);
            lastSeen.push(-1);
          }
          if (lastSeen[index] === stamp) continue;
          lastSeen[index] = stamp;
          lists[index]!.push(stamp);
        }
      }
      clear(at, data, field);
    }
  }
  // Sized first, then written into one buffer of its own, as the terms' texts are (a worker hands
  // it over; Buffer.from may take a slice of a shared pool).
  // Each listed as document × 8 + field; written as document (a difference), field.
  let size = 0;
  for (const list of lists) {
    size += list.length * 3 - 1;
    let previous = 0;
    for (const stamp of list) {
      const doc = stamp >> 3;
      size += digits(doc - previous);
      previous = doc;
    }
  }
  const bytes = new Uint8Array(size);
  const postings: Uint8Array[] = [];
  let end = 0;
  for (const list of lists) {
    const start = end;
    let previous = 0;
    for (const stamp of list) {
      if (end > start) bytes[end++] = COMMA;
      const doc = stamp >> 3;
      end = writeNumber(bytes, end, doc - previous);
      previous = doc;
      bytes[end++] = COMMA;
      bytes[end++] = 48 + (stamp & 7);
    }
    postings.push(bytes.subarray(start, end));
  }
  return {
    terms: keys.map(([t, next]) => pairName(names[t]!, names[next]!)),
    first: lists.map((list) => list[0]! >> 3),
    last: lists.map((list) => list.at(-1)! >> 3),
    postings,
  };
}

/** Marks a field's positions empty again. */
function clear(at: Int32Array, data: Uint16Array | Int32Array, field: number): void {
  for (let offset = 0; offset < data.length; offset += 2 + data[offset + 1]!)
    if (data[offset] === field)
      for (let n = 0; n < data[offset + 1]!; n++) at[data[offset + 2 + n]!] = -1;
}

const COMMA = 44;
const MINUS = 45;

/** How many numbers comma-separated ASCII texts hold together (the first starts a number). */
function countNumbers(texts: Uint8Array[]): number {
  let commas = 0;
  for (const text of texts) for (const byte of text) if (byte === COMMA) commas++;
  return commas + 1;
}

/** The integers of comma-separated ASCII texts (a piece's first document may be a step back). */
function parseNumbers(texts: Uint8Array[]): number[] {
  const numbers = new Array<number>(countNumbers(texts));
  let at = 0;
  let value = 0;
  let sign = 1;
  for (const text of texts)
    for (const byte of text) {
      if (byte === COMMA) {
        numbers[at++] = sign * value;
        value = 0;
        sign = 1;
      } else if (byte === MINUS) sign = -1;
      else value = value * 10 + byte - 48;
    }
  numbers[at] = sign * value;
  return numbers;
}
const ascii = (text: string) => Buffer.from(text, 'latin1');

/** Decimal digits of a number ≥ 0. */
function digits(value: number): number {
  let count = 1;
  while (value >= 10) {
    value = Math.floor(value / 10);
    count++;
  }
  return count;
}

/** Writes a number ≥ 0 in decimal at `at`; returns where it ends. */
function writeNumber(bytes: Uint8Array, at: number, value: number): number {
  const end = at + digits(value);
  for (let index = end - 1; index >= at; index--) {
    bytes[index] = 48 + (value % 10);
    value = Math.floor(value / 10);
  }
  return end;
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
    [...searchIndexFiles(entries, pieces, options)].map(([file, render]) => {
      const content = render();
      return [file, typeof content === 'string' ? content : Buffer.from(content).toString()];
    }),
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
): Map<string, () => string | Uint8Array> {
  const files = new Map<string, () => string | Uint8Array>();
  const filesOut = files;
  const count = entries.length;
  const totals = FIELDS.map(() => 0);
  // Merge the pieces: a later piece's first document becomes a difference from the last one.
  // Texts are kept as lists of views, and copied once, into the file that holds them.
  interface Merged {
    last: number;
    postings: Uint8Array[];
    positions: Uint8Array[];
    bytes: number;
    /** Postings, of all pieces. */
    count: number;
    /** Split into its part and the rest file (dense-terms.ts). */
    dense?: boolean;
  }
  const merged = new Map<string, Merged>();
  // A term is paired when every piece holding it paired it: then its pairs are all there.
  const paired = new Map<string, boolean>();
  for (const piece of pieces) {
    const pairedHere = new Set(piece.paired);
    for (const term of piece.terms)
      if (!isPair(term)) paired.set(term, (paired.get(term) ?? true) && pairedHere.has(term));
  }
  for (const piece of pieces) {
    piece.totals.forEach((total, field) => (totals[field]! += total));
    piece.terms.forEach((term, index) => {
      const postings = piece.postings[index]!;
      const positions = piece.positions[index]!;
      const entry = merged.get(term);
      if (!entry) {
        merged.set(term, {
          count: piece.counts[index]!,
          last: piece.last[index]!,
          postings: [postings],
          positions: [positions],
          bytes: postings.length,
        });
        return;
      }
      const rest = postings.subarray(postings.indexOf(COMMA));
      const start = ascii(`,${piece.first[index]! - entry.last}`);
      entry.postings.push(start, rest);
      entry.positions.push(ascii(','), positions);
      entry.bytes += start.length + rest.length;
      entry.last = piece.last[index]!;
      entry.count += piece.counts[index]!;
    });
  }

  // A pair is kept when one of its terms is paired and split (dense-terms.ts): a phrase reads it then.
  const densePostings = options.densePostings ?? DENSE_POSTINGS;
  const restDocs = options.restDocs ?? REST_DOCS;
  for (const [term, entry] of merged) {
    if (!isPair(term)) entry.dense = entry.count >= densePostings;
  }
  const isPairedTerm = (term: string) => paired.get(term) === true && !!merged.get(term)?.dense;
  // A pair is filed under the paired term of the two (the first when both are), as `>second` or
  // `<first` (pairKeyOf), and dropped when neither is paired: a phrase could not know it is whole.
  const pairGroups = new Map<string, [string, number, string][]>();
  for (const term of [...merged.keys()])
    if (isPair(term)) {
      const [first, second] = pairTerms(term);
      const owner = isPairedTerm(first) ? first : isPairedTerm(second) ? second : undefined;
      if (owner === undefined) {
        merged.delete(term);
        continue;
      }
      const key = pairKeyOf(owner, first, second);
      const group = pairGroups.get(owner) ?? pairGroups.set(owner, []).get(owner)!;
      group.push([key, JSON.stringify(key).length + merged.get(term)!.bytes + 3, term]);
    }
  // Parts: split by ever longer prefixes until each is small enough (sizes of `"term":[…]`).
  const sized = [...merged.keys()]
    .filter((term) => !isPair(term))
    .sort()
    .map((term): [string, number] => [
      term,
      JSON.stringify(term).length + merged.get(term)!.bytes + 3,
    ]);
  const parts = new Map<string, [string, number][]>();
  const limit = options.partBytes ?? 48 * 1024;
  split(sized, '', limit, parts);
  const keys = [...parts.keys()].sort();
  const names = Object.create(null) as Record<string, string>;
  const used = new Set<string>();
  const uniqueName = (value: string) => {
    let length = 8;
    let name = hash(value, length);
    while (used.has(name)) name = hash(value, ++length);
    used.add(name);
    return name;
  };
  // A paired term's pairs, in files of their own split by key as the parts are; its part names them.
  const pairFiles = new Map<string, Record<string, string>>();
  for (const [owner, group] of pairGroups) {
    const byKey = new Map(group.map(([key, , term]) => [key, term]));
    const groupParts = new Map<string, [string, number][]>();
    split(
      group
        .map(([key, bytes]): [string, number] => [key, bytes])
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      '',
      limit,
      groupParts,
    );
    const files = Object.create(null) as Record<string, string>;
    for (const [prefix, members] of groupParts) {
      const name = uniqueName(`${owner} ${prefix}`);
      files[prefix] = name;
      filesOut.set(`search/pairs/${name}.js`, () => {
        const chunks: Uint8Array[] = [Buffer.from(`inhaleSearchData("pairs/${name}",{`)];
        members.forEach(([key], index) => {
          chunks.push(Buffer.from(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:[`));
          chunks.push(...merged.get(byKey.get(key)!)!.postings, ascii(']'));
        });
        chunks.push(ascii('});\n'));
        return Buffer.concat(chunks);
      });
    }
    pairFiles.set(owner, files);
  }
  /** `inhaleSearchData("terms/…",{"term":[…],…});` as bytes (a term may be any script). */
  const part = (name: string, terms: [string, number][], field: 'postings' | 'positions') => {
    const chunks: Uint8Array[] = [Buffer.from(`inhaleSearchData(${JSON.stringify(name)},{`)];
    terms.forEach(([term], index) => {
      chunks.push(Buffer.from(`${index > 0 ? ',' : ''}${JSON.stringify(term)}:`));
      const { postings, positions, dense } = merged.get(term)!;
      if (field === 'postings' && dense) {
        chunks.push(Buffer.from(splitTermOf(term)));
        return;
      }
      chunks.push(ascii('['), ...(field === 'postings' ? postings : positions), ascii(']'));
    });
    chunks.push(ascii('});\n'));
    return Buffer.concat(chunks);
  };
  // A split term is split once for its part and its rest files, in whatever order they are
  // written: its rest files' texts are kept (9 MB at 100,000 entries), its part's until written.
  const splits = new Map<string, { term?: string; rest: Map<number, string> }>();
  const splitOf = (term: string, forPart = false) => {
    let split = splits.get(term);
    if (!split || (forPart && split.term === undefined)) {
      const { term: dense, rest } = splitPostings(
        parseNumbers(merged.get(term)!.postings),
        restDocs,
      );
      split = {
        term: JSON.stringify(
          isPairedTerm(term) ? { ...dense, paired: true, pairs: pairFiles.get(term) ?? {} } : dense,
        ),
        rest: new Map([...rest].map(([chunk, numbers]) => [chunk, encodeNumbers(numbers)])),
      };
      splits.set(term, split);
    }
    return split;
  };
  const splitTermOf = (term: string) => {
    const split = splitOf(term, true);
    const text = split.term!;
    split.term = undefined;
    return text;
  };
  /** A rest file of a part's split terms (dense-terms.ts): those with documents in `chunk`. */
  const rest = (name: string, terms: string[], chunk: number) => {
    const data = Object.create(null) as Rest;
    for (const term of terms) {
      const text = splitOf(term).rest.get(chunk);
      if (text !== undefined) data[term] = text;
    }
    return wrap(name, data);
  };
  const facets = facetDataOf(entries);
  // A term in more postings than this may be in more than COUNTED_FROM_DOCS documents.
  const countedBytes = (COUNTED_FROM_DOCS + 1) * 8 - 1;
  for (const key of keys) {
    const name = uniqueName(key);
    names[key] = name;
    const terms = parts.get(key)!;
    files.set(`search/terms/${name}.js`, () => part(`terms/${name}`, terms, 'postings'));
    files.set(`search/positions/${name}.js`, () => part(`positions/${name}`, terms, 'positions'));
    const dense = terms.filter(([term]) => merged.get(term)!.dense).map(([term]) => term);
    if (dense.length > 0)
      for (let chunk = 0; chunk * restDocs < count; chunk++)
        files.set(`search/rest/${name}-${chunk}.js`, () =>
          rest(`rest/${name}-${chunk}`, dense, chunk),
        );
    const counts = Object.create(null) as Record<string, PackedFacets>;
    for (const [term] of terms) {
      const { postings, bytes } = merged.get(term)!;
      const counted =
        bytes >= countedBytes && !isPair(term) ? termCounts(facets, postings) : undefined;
      if (counted) counts[term] = counted;
    }
    if (Object.keys(counts).length > 0)
      files.set(`search/counts/${name}.js`, () => wrap(`counts/${name}`, counts));
  }

  // Document store, in chunks of DOCS_PER_CHUNK.
  for (let start = 0; start < count; start += DOCS_PER_CHUNK) {
    const number = start / DOCS_PER_CHUNK;
    files.set(`search/docs/${number}.js`, () =>
      wrap(
        `docs/${number}`,
        entries.slice(start, start + DOCS_PER_CHUNK).map((entry) => storedDoc(entry, facets)),
      ),
    );
  }

  const { meta, days, groups } = facets;
  files.set('search/meta.js', () => wrap('meta', meta));
  files.set('search/days.js', () => wrap('days', days));
  files.set('search/groups.js', () => wrap('groups', groups));
  const manifest: Manifest = {
    version: FORMAT_VERSION,
    docs: count,
    averageLengths: totals.map((total) => total / Math.max(count, 1)),
    parts: keys,
    files: names,
    docsPerChunk: DOCS_PER_CHUNK,
    restDocs,
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

function storedDoc(entry: IndexedEntry, facets: FacetData): StoredDoc {
  const doc: StoredDoc = {
    id: entry.id,
    url: entry.url,
    title: entry.title ?? '',
    date: entry.date,
    source: entry.source,
    kind: entry.kind,
  };
  if (entry.thumb) doc.thumb = entry.thumb;
  const shown = (names: string[], as: Map<string, string>) => [
    ...new Set(names.map((name) => as.get(name)!)),
  ];
  if (entry.tags.length > 0) doc.tags = shown(entry.tags, facets.shownTags);
  if (entry.people.length > 0) doc.people = shown(entry.people, facets.shownPeople);
  // Behind a content warning the text is not shown until asked for, in results neither.
  if (entry.contentWarning) doc.title ||= `Content warning: ${entry.contentWarning}`;
  else if (entry.text) doc.text = entry.text;
  return doc;
}
