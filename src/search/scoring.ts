/**
 * Ranking with lunr's formula: BM25 per field (k1 1.2, b 0.75), field boosts, lunr's idf, weights
 * rounded to three decimals; phrases matched by token positions; prefixes expanded.
 */
import { analyze, type Token } from './analysis.ts';
import { isDense, isPair, TEXT_FIELD } from './dense-terms.ts';
import { BOOSTS, type Manifest, type Part } from './index-format.ts';

/** A term's postings, decoded. */
export interface Posting {
  doc: number;
  field: number;
  weight: number;
  tf: number;
  /** Only when the positions were loaded. */
  positions: number[];
}

/** lunr's BM25 parameters. */
const K1 = 1.2;
const B = 0.75;

/** lunr.idf: `documentsWithTerm` counts (document, field) pairs, as lunr does. */
function idf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

/** A term's postings with lunr's weights: BM25 × field boost, rounded to three decimals. */
export function decodePostings(
  flat: number[],
  manifest: Manifest,
  positions?: number[],
  postingCount = flat.length / 4,
): Posting[] {
  const postings: Posting[] = [];
  let doc = 0;
  let at = 0;
  for (let index = 0; index < flat.length; index += 4) {
    doc += flat[index]!;
    const count = flat[index + 2]!;
    const list: number[] = [];
    if (positions) {
      let position = 0;
      for (let n = 0; n < count; n++) list.push((position += positions[at + n]!));
      at += count;
    }
    postings.push({
      doc,
      field: flat[index + 1]!,
      weight: flat[index + 3]!,
      tf: count,
      positions: list,
    });
  }
  const termIdf = idf(postingCount, manifest.docs);
  for (const posting of postings) {
    const relative = posting.weight / (manifest.averageLengths[posting.field] || 1);
    const score =
      ((termIdf * ((K1 + 1) * posting.tf)) / (K1 * (1 - B + B * relative) + posting.tf)) *
      BOOSTS[posting.field]!;
    posting.weight = Math.round(score * 1000) / 1000;
  }
  return postings;
}

/**
 * Calls back once per document with the sum of the term's weights over its fields. `postings`
 * is the term's count of postings, for its idf, when `flat` holds only some of them.
 */
export function forEachWeight(
  flat: number[],
  manifest: Manifest,
  callback: (doc: number, weight: number) => void,
  postings = flat.length / 4,
): void {
  const termIdf = idf(postings, manifest.docs);
  let doc = 0;
  let current = -1;
  let sum = 0;
  for (let index = 0; index < flat.length; index += 4) {
    doc += flat[index]!;
    const field = flat[index + 1]!;
    const tf = flat[index + 2]!;
    const relative = flat[index + 3]! / (manifest.averageLengths[field] || 1);
    const score =
      ((termIdf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * relative) + tf)) * BOOSTS[field]!;
    if (doc !== current) {
      if (current >= 0) callback(current, sum);
      current = doc;
      sum = 0;
    }
    sum += Math.round(score * 1000) / 1000;
  }
  if (current >= 0) callback(current, sum);
}

/** The weight of a posting in the text, as forEachWeight gives it for a document holding the
 * term in the text only. */
export function textWeight(
  tf: number,
  length: number,
  postings: number,
  manifest: Manifest,
): number {
  const relative = length / (manifest.averageLengths[TEXT_FIELD] || 1);
  const score =
    ((idf(postings, manifest.docs) * ((K1 + 1) * tf)) / (K1 * (1 - B + B * relative) + tf)) *
    BOOSTS[TEXT_FIELD]!;
  return 0 + Math.round(score * 1000) / 1000;
}

/**
 * More than the weight of any posting of the term in the text: BM25's count factor stays under
 * k1 + 1 whatever the count and length, and rounding adds at most 0.0005.
 */
export function textWeightBound(postings: number, manifest: Manifest): number {
  return (K1 + 1) * idf(postings, manifest.docs) * BOOSTS[TEXT_FIELD]! + 0.001;
}

export function phraseClause(phrase: string): { tokens: Token[] } {
  const tokens = analyze(phrase);
  const first = tokens[0]?.position ?? 0;
  return { tokens: tokens.map((token) => ({ ...token, position: token.position - first })) };
}

/** Documents where the tokens stand in the same field at the same distances as in the phrase. */
export function phraseMatches(
  tokens: Token[],
  postingsOf: (term: string) => Posting[],
): Map<number, number> {
  const matches = new Map<number, number>();
  if (tokens.length === 0) return matches;
  // Keyed by document and field; the rarest term leads.
  const byTerm = new Map<string, Map<number, Posting>>();
  for (const token of tokens) {
    if (byTerm.has(token.term)) continue;
    const map = new Map<number, Posting>();
    for (const posting of postingsOf(token.term)) map.set(posting.doc * 8 + posting.field, posting);
    byTerm.set(token.term, map);
  }
  const maps = [...byTerm.values()].sort((a, b) => a.size - b.size);
  for (const key of maps[0]!.keys()) {
    if (!maps.every((map) => map.has(key))) continue;
    const at = tokens.map((token) => byTerm.get(token.term)!.get(key)!);
    const found =
      tokens.length === 1 ||
      at[0]!.positions.some((start) =>
        tokens.every((token, index) => at[index]!.positions.includes(start + token.position)),
      );
    if (!found) continue;
    let score = 0;
    for (const map of maps) score += map.get(key)!.weight;
    const doc = Math.floor(key / 8);
    matches.set(doc, (matches.get(doc) ?? 0) + score);
  }
  return matches;
}

/** Terms a prefix may expand to, at most: the most frequent ones. */
const MAX_EXPANSIONS = 64;

/** Terms of the loaded parts starting with `prefix`, the most frequent first. */
export function expand(loaded: Map<string, Part>, prefix: string): string[] {
  const found: [string, number][] = [];
  for (const part of loaded.values())
    for (const term in part)
      if (term.startsWith(prefix) && !isPair(term)) {
        const postings = part[term]!;
        found.push([term, isDense(postings) ? postings.postings : postings.length / 4]);
      }
  return found
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([term]) => term);
}
