/**
 * A phrase of two words, one of them paired (dense-terms.ts), matched by the pair's postings
 * rather than by both words' positions (#22, Lucene's "common grams"): the same documents and
 * scores as phraseMatches in scoring.ts, a text-only document's weight unknown (NaN) until its
 * rest file is loaded. No Node or DOM imports.
 */
import type { Token } from './analysis.ts';
import { isDense, pairKeyOf, TEXT_FIELD, type TermPostings } from './dense-terms.ts';
import { partOf } from './index-format.ts';

/**
 * The pair a phrase reads: its key and the file holding it (none: no such pair in the index), or
 * undefined when the phrase must read positions.
 */
export function pairOf(
  tokens: Token[],
  entryOf: (term: string) => TermPostings | undefined,
): { key: string; file?: string } | undefined {
  if (tokens.length !== 2 || tokens[1]!.position !== 1) return undefined;
  const [first, second] = [tokens[0]!.term, tokens[1]!.term];
  const pairsOf = (term: string) => {
    const entry = entryOf(term);
    return entry && isDense(entry) && entry.paired ? (entry.pairs ?? {}) : undefined;
  };
  const owner = pairsOf(first) ? first : pairsOf(second) ? second : undefined;
  if (owner === undefined) return undefined;
  const files = pairsOf(owner)!;
  const key = pairKeyOf(owner, first, second);
  const prefix = partOf(Object.keys(files).sort(), key);
  return { key, file: prefix === undefined ? undefined : files[prefix] };
}

/** A term's weight in a document's field: its posting's, or NaN for a text-only one not loaded. */
export type WeightOf = (term: string, doc: number, field: number) => number;

export interface PairMatch {
  /** The phrase's score, the known weights only. */
  score: number;
  /** The terms whose weight in the text is not known yet. */
  unknown: string[];
}

/**
 * Per document holding the pair (postings of document and field, as build-index.ts's pairsOf
 * writes them), the phrase's score: per field where it stands, the weights of its terms there.
 */
export function pairMatches(
  pair: readonly number[],
  terms: string[],
  weightOf: WeightOf,
): Map<number, PairMatch> {
  const distinct = [...new Set(terms)];
  const matches = new Map<number, PairMatch>();
  let doc = 0;
  for (let at = 0; at < pair.length; at += 2) {
    doc += pair[at]!;
    const field = pair[at + 1]!;
    let score = 0;
    const unknown: string[] = [];
    for (const term of distinct) {
      const weight = weightOf(term, doc, field);
      if (Number.isNaN(weight)) {
        if (field !== TEXT_FIELD) throw new Error(`No posting of ${term} in field ${field}`);
        unknown.push(term);
      } else score += weight;
    }
    const match = matches.get(doc);
    if (match) {
      match.score += score;
      match.unknown.push(...unknown);
    } else matches.set(doc, { score: 0 + score, unknown });
  }
  return matches;
}
