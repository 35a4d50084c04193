/**
 * The postings of a term in many documents, split in two (#22): which documents hold it and the
 * postings of those holding it outside the text, in its part; the text-only documents' counts
 * and lengths in the part's rest files, one per REST_DOCS documents, loaded only for the
 * documents whose exact weight a query needs. At 100,000 entries a word in 55 % of them is
 * 170 KB gzip of postings, 20–30 KB without the rest. No Node or DOM imports.
 */
import { decodeDocList, encodeDocList } from './doc-lists.ts';

/** A term in at least this many postings is split. */
export const DENSE_POSTINGS = 1024;

/**
 * A term in this many postings of a shard's piece or more is paired there: the piece holds every
 * adjacent pair of terms with it (build-index.ts's pairsOf). At least DENSE_POSTINGS, so that a
 * paired term is split and its part can say so.
 */
export const PAIRED_POSTINGS = DENSE_POSTINGS;

/** Pairs are named ` first second`: the space first keeps them apart from terms, in parts of their own. */
export const PAIR_PREFIX = ' ';

export function pairName(first: string, second: string): string {
  return `${PAIR_PREFIX}${first} ${second}`;
}

export function isPair(term: string): boolean {
  return term.startsWith(PAIR_PREFIX);
}

/** A pair's key among the pairs of `owner`, one of its two terms: `>second` or `<first`. */
export function pairKeyOf(owner: string, first: string, second: string): string {
  return owner === first ? `>${second}` : `<${first}`;
}

export function pairTerms(pair: string): [string, string] {
  const space = pair.indexOf(' ', 1);
  return [pair.slice(1, space), pair.slice(space + 1)];
}

/** Documents per rest file (the manifest's `restDocs`): the text-only documents of a part's split terms among them. */
export const REST_DOCS = 4096;

/** The field whose postings go to the rest file: the text, the field with the lowest boost. */
export const TEXT_FIELD = 1;

/** A split term as its part keeps it. */
export interface DenseTerm {
  /** Its postings (document and field pairs), for its idf and to rank completions. */
  postings: number;
  /**
   * Every document holding it, in the postings' order, as runs of increasing numbers
   * (doc-lists.ts's `encodeDocList`): the postings are in document order within a shard's piece,
   * and shards hold years, not ranges of documents.
   */
  docs: string[];
  /**
   * The postings (as Part's: document minus the previous one here, field, count, length) of the
   * documents holding it in a field other than the text, all of their fields, in the same order.
   */
  strong: number[];
  /**
   * Every adjacent pair of terms with this one is in the index, as a term `first second` whose
   * postings are document and field (build-index.ts's pairsOf): a phrase of two reads the pair.
   */
  paired?: true;
  /**
   * With `paired`: its pairs' files (`search/pairs/<file>.js`) by key, as the manifest's parts: the
   * file whose key is the longest prefix of a pair's key (pairKeyOf) holds it.
   */
  pairs?: Record<string, string>;
}

/** A term's postings in a part: all of them (see Part), or split. */
export type TermPostings = number[] | DenseTerm;

export function isDense(postings: TermPostings): postings is DenseTerm {
  return !Array.isArray(postings);
}

/**
 * Postings (flat as Part's, the first document absolute) → the split form, and per rest file
 * (document / REST_DOCS) the count and length of each of its text-only documents in turn.
 */
export function splitPostings(
  flat: readonly number[],
  restDocs = REST_DOCS,
): {
  term: DenseTerm;
  rest: Map<number, number[]>;
} {
  const runs: number[][] = [];
  const strong: number[] = [];
  const rest = new Map<number, number[]>();
  let doc = 0;
  let previousStrong = 0;
  for (let start = 0; start < flat.length;) {
    doc += flat[start]!;
    let end = start + 4;
    while (end < flat.length && flat[end] === 0) end += 4;
    const run = runs.at(-1);
    if (run && run.at(-1)! < doc) run.push(doc);
    else runs.push([doc]);
    if (end - start === 4 && flat[start + 1] === TEXT_FIELD) {
      const chunk = Math.floor(doc / restDocs);
      (rest.get(chunk) ?? rest.set(chunk, []).get(chunk)!).push(flat[start + 2]!, flat[start + 3]!);
    } else {
      for (let at = start; at < end; at += 4)
        strong.push(
          at === start ? doc - previousStrong : 0,
          flat[at + 1]!,
          flat[at + 2]!,
          flat[at + 3]!,
        );
      previousStrong = doc;
    }
    start = end;
  }
  return {
    term: { postings: flat.length / 4, docs: runs.map(encodeDocList), strong },
    rest,
  };
}

/**
 * The counts and lengths of `textOnly` (a split term's, in turn) from its rest files' numbers
 * (rest file → numbers); a missing rest file leaves NaN for its documents.
 */
export function restInOrder(
  textOnly: readonly number[],
  chunks: Map<number, number[]>,
  restDocs = REST_DOCS,
): number[] {
  const out: number[] = [];
  const used = new Map<number, number>();
  for (const doc of textOnly) {
    const chunk = Math.floor(doc / restDocs);
    const at = used.get(chunk) ?? 0;
    used.set(chunk, at + 2);
    const numbers = chunks.get(chunk);
    out.push(numbers?.[at] ?? NaN, numbers?.[at + 1] ?? NaN);
  }
  return out;
}

/** The documents of a split term, and which of them are in the rest file (text only). */
export function splitDocs(term: DenseTerm): { docs: number[]; textOnly: number[] } {
  const docs = term.docs.flatMap(decodeDocList);
  const strong = new Set<number>();
  let doc = 0;
  for (let at = 0; at < term.strong.length; at += 4) strong.add((doc += term.strong[at]!));
  return { docs, textOnly: docs.filter((each) => !strong.has(each)) };
}

/**
 * The postings of a split term as before the split (Part's flat form), given its text-only
 * documents' counts and lengths in turn (restInOrder).
 */
export function joinPostings(term: DenseTerm, counts: readonly number[]): number[] {
  const { textOnly } = splitDocs(term);
  if (counts.length !== textOnly.length * 2 || counts.some(Number.isNaN))
    throw new Error(
      `Expected ${textOnly.length} text-only postings in the rest file, got ${counts.length / 2}`,
    );
  const flat: number[] = [];
  let previous = 0;
  let strongDoc = 0;
  let strongAt = 0;
  let textAt = 0;
  const push = (doc: number, field: number, tf: number, length: number) => {
    flat.push(doc - previous, field, tf, length);
    previous = doc;
  };
  // Both lists keep the order of the documents: each of them is the next of one or the other.
  for (const doc of term.docs.flatMap(decodeDocList)) {
    if (strongAt < term.strong.length && strongDoc + term.strong[strongAt]! === doc) {
      strongDoc = doc;
      do {
        push(
          doc,
          term.strong[strongAt + 1]!,
          term.strong[strongAt + 2]!,
          term.strong[strongAt + 3]!,
        );
        strongAt += 4;
      } while (strongAt < term.strong.length && term.strong[strongAt] === 0);
    } else {
      push(doc, TEXT_FIELD, counts[textAt * 2]!, counts[textAt * 2 + 1]!);
      textAt++;
    }
  }
  return flat;
}
