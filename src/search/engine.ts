/**
 * The search engine, shared by the build (which analyses entries with it), `inhale search` and
 * the browser (the build bundles this file into `assets/search.js`). No Node or DOM imports.
 *
 * Text is analysed with lunr's tokenizer, stop word filter and Porter stemmer, and ranked with
 * lunr's formula (BM25 per field, k1 1.2, b 0.75, field boosts, lunr's idf, weights rounded to
 * three decimals, divided by the query vector's length). Unlike one lunr index, the index is
 * split by term into parts, so a query downloads only the parts holding its terms.
 * See docs/search.md for the file format.
 */
import lunr from 'lunr';

/** Searchable fields, in the order postings name them; the boost multiplies a field's weights. */
export const FIELDS = ['title', 'text', 'tags', 'people', 'place'] as const;
export const BOOSTS = [5, 1, 3, 3, 2];
export const FORMAT_VERSION = 1;
/** Entries per file of the document store. */
export const DOCS_PER_CHUNK = 64;

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
}

/** Term → postings: for each document and field holding the term, flat and in document order:
 * document number minus the previous one, field, count, the field's length in tokens, then the
 * token positions, each minus the previous one. Weights are computed from these when searching,
 * so an edit changes only the parts of the terms it touched. */
export type Part = Record<string, number[]>;

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
}

/** Facet values by document, for filters and counts. */
export interface Meta {
  sources: string[];
  kinds: string[];
  /** Per document: index into sources, into kinds; local day since 1970 as deltas. */
  source: number[];
  kind: number[];
  day: number[];
  /** Tag and person names → document numbers as deltas. */
  tags: Record<string, number[]>;
  people: Record<string, number[]>;
}

/** How an engine reads the index: from disk in Node, with script tags in the browser. */
export interface IndexReader {
  manifest(): Promise<Manifest>;
  part(file: string): Promise<Part>;
  docs(chunk: number): Promise<StoredDoc[]>;
  meta(): Promise<Meta>;
}

// ---------------------------------------------------------------------------------------------
// Analysis

export interface Token {
  term: string;
  /** Index of the token in its field, counting stop words, so phrases can be checked. */
  position: number;
  /** Character offset and length in the analysed text. */
  start: number;
  length: number;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;
const termCache = new Map<string, string>();

/** lunr's trimmer strips every non-ASCII letter ("café" → "caf"); this one keeps letters of any
 * script. Then lunr's stop word filter and stemmer. Empty string: not a searchable word. */
export function termOf(word: string): string {
  let term = termCache.get(word);
  if (term !== undefined) return term;
  const trimmed = word.toLowerCase().replace(EDGE, '');
  const token = new lunr.Token(trimmed, {});
  term = !trimmed || !lunr.stopWordFilter(token) ? '' : lunr.stemmer(token).toString();
  if (termCache.size > 200_000) termCache.clear();
  termCache.set(word, term);
  return term;
}

interface TokenMetadata {
  position: [number, number];
  index: number;
}

/** The searchable tokens of a text: lunr's tokenizer, then termOf. */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  for (const token of lunr.tokenizer(text)) {
    const term = termOf(token.toString());
    if (!term) continue;
    const { position, index } = (token as unknown as { metadata: TokenMetadata }).metadata;
    const [start, length] = position;
    const word = token.toString();
    const lead = word.length - word.replace(LEADING, '').length;
    const trail = word.length - word.replace(TRAILING, '').length;
    tokens.push({
      term,
      position: index,
      start: start + lead,
      length: length - lead - trail,
    });
  }
  return tokens;
}

/** The lowercase, trimmed form of a word being typed, for prefix matching (not stemmed). */
export function prefixOf(word: string): string {
  return word.toLowerCase().replace(EDGE, '');
}

// ---------------------------------------------------------------------------------------------
// Query syntax

export type FilterName = 'from' | 'kind' | 'tag' | 'person';
export interface Filter {
  name: FilterName;
  value: string;
  negated: boolean;
}

export interface Word {
  /** As typed. */
  text: string;
  /** Match terms starting with it too (the word being typed, or `word*`). */
  prefix: boolean;
}

export interface ParsedQuery {
  /** Words every result holds (in any field). */
  words: Word[];
  /** Phrases every result holds, word by word: `"exact phrase"`. */
  phrases: string[];
  /** Words and phrases no result holds: `-word`, `-"a phrase"`. */
  excluded: string[];
  filters: Filter[];
  /** First local day included and first day excluded, `YYYY-MM-DD`. */
  after?: string;
  before?: string;
  /** What could not be understood, in words for the person who typed it. */
  problems: string[];
}

const FILTER_NAMES: Record<string, FilterName | 'year' | 'before' | 'after'> = {
  from: 'from',
  source: 'from',
  kind: 'kind',
  tag: 'tag',
  person: 'person',
  with: 'person',
  year: 'year',
  before: 'before',
  after: 'after',
};

export const SYNTAX_HELP =
  'from:twitter kind:photo year:2014 year:2012..2014 after:2014-06 before:2015 tag:travel person:alice "exact phrase" -word word*';

/**
 * Parses the query syntax. Never throws: what it cannot read becomes a problem and the rest of
 * the query still runs. With `typing`, the last word is a prefix (results as you type).
 */
export function parseQuery(input: string, options: { typing?: boolean } = {}): ParsedQuery {
  const query: ParsedQuery = { words: [], phrases: [], excluded: [], filters: [], problems: [] };
  const text = input.normalize('NFC');
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at >= text.length) break;
    let negated = false;
    if (text[at] === '-' && at + 1 < text.length && !/\s/.test(text[at + 1]!)) {
      negated = true;
      at++;
    }
    // A filter: name:value or name:"quoted value".
    const filter = /^([a-z]+):/i.exec(text.slice(at));
    const name = filter && FILTER_NAMES[filter[1]!.toLowerCase()];
    if (filter && name) {
      at += filter[0].length;
      const value = readValue();
      if (!value) {
        query.problems.push(`${filter[1]}: needs a value, as in ${example(name)}`);
        continue;
      }
      if (name === 'year' || name === 'before' || name === 'after') {
        if (negated) query.problems.push(`-${filter[1]}: cannot be negated; ignored`);
        else dateFilter(query, name, value);
      } else query.filters.push({ name, value, negated });
      continue;
    }
    if (text[at] === '"') {
      const end = text.indexOf('"', at + 1);
      if (end < 0) query.problems.push('A quote is not closed: the phrase runs to the end');
      const phrase = text.slice(at + 1, end < 0 ? text.length : end).trim();
      at = end < 0 ? text.length : end + 1;
      if (!phrase) continue;
      if (analyze(phrase).length === 0) {
        query.problems.push(`"${phrase}" holds only common words, which are not indexed`);
        continue;
      }
      (negated ? query.excluded : query.phrases).push(phrase);
      continue;
    }
    const start = at;
    while (at < text.length && !/\s/.test(text[at]!) && text[at] !== '"') at++;
    let word = text.slice(start, at);
    const last = at >= text.length;
    const starred = word.endsWith('*');
    if (starred) word = word.replace(/\*+$/, '');
    const tokens = analyze(word);
    if (negated) {
      if (tokens.length > 0) query.excluded.push(word);
      continue;
    }
    const prefix = starred || (!!options.typing && last);
    if (tokens.length > 1)
      query.phrases.push(word); // e-mail, 10:30-11:00: its parts in order
    else if (tokens.length === 1 || (prefix && prefixOf(word).length >= 2))
      query.words.push({ text: word, prefix });
  }
  if (query.after && query.before && query.after >= query.before)
    query.problems.push(`Nothing is both on or after ${query.after} and before ${query.before}`);
  return query;

  function readValue(): string {
    if (text[at] === '"') {
      const end = text.indexOf('"', at + 1);
      if (end < 0) query.problems.push('A quote is not closed: the value runs to the end');
      const value = text.slice(at + 1, end < 0 ? text.length : end);
      at = end < 0 ? text.length : end + 1;
      return value.trim();
    }
    const start = at;
    while (at < text.length && !/\s/.test(text[at]!)) at++;
    return text.slice(start, at);
  }
}

function example(name: string): string {
  return (
    {
      from: 'from:twitter',
      kind: 'kind:photo',
      tag: 'tag:travel',
      person: 'person:alice',
      year: 'year:2014',
      before: 'before:2015-06',
      after: 'after:2014',
    }[name] ?? name
  );
}

/** `2014`, `2014-06`, `2014-06-30` → the first day it covers, and the first day after it. */
function dayRange(value: string): [string, string] | undefined {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return undefined;
  const end = new Date(start);
  if (match[3]) end.setUTCDate(day + 1);
  else if (match[2]) end.setUTCMonth(month);
  else end.setUTCFullYear(year + 1);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return [iso(start), iso(end)];
}

function dateFilter(query: ParsedQuery, name: 'year' | 'before' | 'after', value: string): void {
  const narrow = (after?: string, before?: string) => {
    if (after && (!query.after || after > query.after)) query.after = after;
    if (before && (!query.before || before < query.before)) query.before = before;
  };
  if (name === 'year') {
    const range = /^(\d{4})(?:\.\.|-)(\d{4})$/.exec(value);
    const [first, last] = range ? [range[1]!, range[2]!] : [value, value];
    const from = /^\d{4}$/.test(first) ? dayRange(first) : undefined;
    const to = /^\d{4}$/.test(last) ? dayRange(last) : undefined;
    if (!from || !to) {
      query.problems.push(`year:${value} is not a year: write year:2014 or year:2012..2014`);
      return;
    }
    if (from[0] > to[0]) {
      query.problems.push(`year:${value} ends before it starts: write year:${last}..${first}`);
      return;
    }
    narrow(from[0], to[1]);
    return;
  }
  const range = dayRange(value);
  if (!range) {
    query.problems.push(
      `${name}:${value} is not a date: write ${name}:2015, ${name}:2015-06 or ${name}:2015-06-30`,
    );
    return;
  }
  // after: includes the day, month or year named; before: excludes it (as in mail search).
  if (name === 'after') narrow(range[0]);
  else narrow(undefined, range[0]);
}

/** The query written back in canonical form (for the URL and the search box). */
export function hasSearch(query: ParsedQuery): boolean {
  return (
    query.words.length + query.phrases.length + query.filters.length > 0 ||
    !!query.after ||
    !!query.before
  );
}

// ---------------------------------------------------------------------------------------------
// Index layout shared by the builder and the reader

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

/** A term's postings, decoded. */
export interface Posting {
  doc: number;
  field: number;
  weight: number;
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
export function decodePostings(flat: number[], manifest: Manifest): Posting[] {
  const postings: Posting[] = [];
  let doc = 0;
  for (let at = 0; at < flat.length;) {
    doc += flat[at]!;
    const field = flat[at + 1]!;
    const count = flat[at + 2]!;
    const length = flat[at + 3]!;
    const positions: number[] = [];
    let position = 0;
    for (let index = 0; index < count; index++) {
      position += flat[at + 4 + index]!;
      positions.push(position);
    }
    postings.push({ doc, field, weight: length, positions });
    at += 4 + count;
  }
  const termIdf = idf(postings.length, manifest.docs);
  for (const posting of postings) {
    const tf = posting.positions.length;
    const relative = posting.weight / (manifest.averageLengths[posting.field] || 1);
    const score =
      ((termIdf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * relative) + tf)) * BOOSTS[posting.field]!;
    posting.weight = Math.round(score * 1000) / 1000;
  }
  return postings;
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

// ---------------------------------------------------------------------------------------------
// Searching

export interface Hit {
  doc: number;
  score: number;
  stored: StoredDoc;
  /** The snippet, in pieces; `mark` pieces matched the query. */
  snippet: { text: string; mark: boolean }[];
}

export interface Facet {
  value: string;
  count: number;
}

export interface Results {
  query: ParsedQuery;
  /** Every match, best first (document numbers). */
  total: number;
  hits: Hit[];
  facets?: { from: Facet[]; kind: Facet[]; year: Facet[]; tag: Facet[]; person: Facet[] };
}

export interface SearchOptions {
  typing?: boolean;
  offset?: number;
  limit?: number;
  /** Count facet values over all matches (loads the facet file). */
  facets?: boolean;
}

/** Terms a prefix may expand to, at most: the most frequent ones. */
const MAX_EXPANSIONS = 64;
/** A prefix spanning more parts than this matches only whole words. */
const MAX_PREFIX_PARTS = 12;

export class SearchEngine {
  private manifestPromise?: Promise<Manifest>;
  private readonly partCache = new Map<string, Promise<Part>>();
  private readonly chunkCache = new Map<number, Promise<StoredDoc[]>>();
  private metaPromise?: Promise<Meta>;
  private decodedMeta?: Promise<DecodedMeta>;

  constructor(private readonly reader: IndexReader) {}

  manifest(): Promise<Manifest> {
    return (this.manifestPromise ??= this.reader.manifest());
  }

  async search(input: string, options: SearchOptions = {}): Promise<Results> {
    const query = parseQuery(input, { typing: options.typing });
    const manifest = await this.manifest();
    if (manifest.version !== FORMAT_VERSION)
      throw new Error(
        `The search index has format ${manifest.version}, this inhale reads ${FORMAT_VERSION}: build again`,
      );
    const needsMeta = options.facets || query.filters.length > 0 || !!query.after || !!query.before;
    const metaPromise = needsMeta ? this.meta() : undefined;
    const scores = await this.match(query, manifest);
    const meta = await metaPromise;
    let candidates: number[];
    if (scores) candidates = [...scores.keys()];
    else if (meta && hasSearch(query))
      candidates = Array.from({ length: manifest.docs }, (_, i) => i);
    else candidates = [];
    if (meta) candidates = candidates.filter((doc) => passes(meta, query, doc));
    const order = candidates.sort(
      (a, b) => (scores ? scores.get(b)! - scores.get(a)! : 0) || b - a,
    );
    const offset = options.offset ?? 0;
    const page = order.slice(offset, offset + (options.limit ?? 20));
    const stored = await Promise.all(page.map((doc) => this.doc(doc, manifest)));
    const highlight = highlighter(query);
    const hits = page.map((doc, index) => ({
      doc,
      score: scores ? Math.round(scores.get(doc)! * 1000) / 1000 : 0,
      stored: stored[index]!,
      snippet: highlight(stored[index]!.text ?? ''),
    }));
    const results: Results = { query, total: order.length, hits };
    if (options.facets && meta) results.facets = countFacets(meta, order);
    return results;
  }

  /** Scores of the documents matching the query's words and phrases; undefined when it has none. */
  private async match(
    query: ParsedQuery,
    manifest: Manifest,
  ): Promise<Map<number, number> | undefined> {
    const clauses: { terms: Map<string, number>; positions?: number[] }[] = [];
    const wanted = new Set<string>();
    for (const word of query.words) {
      const term = analyze(word.text)[0]?.term;
      const terms = new Map<string, number>();
      if (term) terms.set(term, 1);
      if (word.prefix) {
        const prefix = prefixOf(word.text);
        const parts = partsWithPrefix(manifest.parts, prefix);
        if (prefix.length >= 2 && parts.length <= MAX_PREFIX_PARTS) {
          for (const key of parts) wanted.add(key);
          terms.set(`${prefix}*`, 1);
        }
      }
      if (term) wanted.add(partOf(manifest.parts, term) ?? '');
      clauses.push({ terms });
    }
    const phraseClauses = query.phrases.map((phrase) => phraseClause(phrase));
    const excludedClauses = query.excluded.map((phrase) => phraseClause(phrase));
    for (const clause of [...phraseClauses, ...excludedClauses])
      for (const token of clause.tokens) wanted.add(partOf(manifest.parts, token.term) ?? '');
    if (clauses.length === 0 && phraseClauses.length === 0) {
      if (excludedClauses.length === 0) return undefined;
    }
    const loaded = new Map<string, Part>();
    await Promise.all(
      [...wanted]
        .filter((key) => Object.hasOwn(manifest.files, key))
        .map(async (key) => loaded.set(key, await this.part(manifest.files[key]!))),
    );
    const postingsOf = (term: string): Posting[] => {
      const key = partOf(manifest.parts, term);
      const part = key === undefined ? undefined : loaded.get(key);
      const flat = part && Object.hasOwn(part, term) ? part[term] : undefined;
      return flat ? decodePostings(flat, manifest) : [];
    };
    // Each clause: document → its score (the sum of its field weights for the clause's terms).
    const perClause: Map<number, number>[] = [];
    let termCount = 0;
    for (const clause of clauses) {
      const scores = new Map<number, number>();
      const expansions = new Set<string>();
      for (const term of clause.terms.keys()) {
        if (!term.endsWith('*')) expansions.add(term);
        else for (const expanded of expand(loaded, term.slice(0, -1))) expansions.add(expanded);
      }
      for (const term of expansions) {
        const postings = postingsOf(term);
        if (postings.length > 0) termCount++;
        // A document holding several expansions of one word counts its best one.
        const own = new Map<number, number>();
        for (const posting of postings)
          own.set(posting.doc, (own.get(posting.doc) ?? 0) + posting.weight);
        for (const [doc, score] of own) scores.set(doc, Math.max(scores.get(doc) ?? 0, score));
      }
      perClause.push(scores);
    }
    for (const clause of phraseClauses) {
      const scores = phraseMatches(clause.tokens, postingsOf);
      termCount += new Set(clause.tokens.map((token) => token.term)).size;
      perClause.push(scores);
    }
    let result: Map<number, number> | undefined;
    for (const scores of perClause.sort((a, b) => a.size - b.size)) {
      if (!result) {
        result = new Map(scores);
        continue;
      }
      for (const [doc, score] of result) {
        const other = scores.get(doc);
        if (other === undefined) result.delete(doc);
        else result.set(doc, score + other);
      }
    }
    if (!result) {
      // Only exclusions: everything but them (filters narrow it further).
      result = new Map(Array.from({ length: manifest.docs }, (_, doc) => [doc, 0]));
    }
    for (const clause of excludedClauses)
      for (const doc of phraseMatches(clause.tokens, postingsOf).keys()) result.delete(doc);
    // lunr divides by the length of the query vector: one unit per term found.
    const norm = Math.sqrt(Math.max(termCount, 1));
    for (const [doc, score] of result) result.set(doc, score / norm);
    return result;
  }

  private part(file: string): Promise<Part> {
    let part = this.partCache.get(file);
    if (!part) {
      part = this.reader.part(file);
      this.partCache.set(file, part);
      part.catch(() => this.partCache.delete(file));
    }
    return part;
  }

  private async doc(doc: number, manifest: Manifest): Promise<StoredDoc> {
    const chunk = Math.floor(doc / manifest.docsPerChunk);
    let docs = this.chunkCache.get(chunk);
    if (!docs) {
      docs = this.reader.docs(chunk);
      this.chunkCache.set(chunk, docs);
      docs.catch(() => this.chunkCache.delete(chunk));
    }
    return (await docs)[doc % manifest.docsPerChunk]!;
  }

  private meta(): Promise<DecodedMeta> {
    this.metaPromise ??= this.reader.meta();
    return (this.decodedMeta ??= this.metaPromise.then(decodeMeta));
  }
}

function phraseClause(phrase: string): { tokens: Token[] } {
  const tokens = analyze(phrase);
  const first = tokens[0]?.position ?? 0;
  return { tokens: tokens.map((token) => ({ ...token, position: token.position - first })) };
}

/** Documents where the tokens stand in the same field at the same distances as in the phrase. */
function phraseMatches(
  tokens: Token[],
  postingsOf: (term: string) => Posting[],
): Map<number, number> {
  const matches = new Map<number, number>();
  if (tokens.length === 0) return matches;
  const byTerm = tokens.map((token) => {
    const map = new Map<string, Posting>();
    for (const posting of postingsOf(token.term))
      map.set(`${posting.doc}/${posting.field}`, posting);
    return map;
  });
  for (const [key, first] of byTerm[0]!) {
    const others = byTerm.map((map) => map.get(key));
    if (others.some((posting) => !posting)) continue;
    const found = first.positions.some((start) =>
      tokens.every((token, index) => others[index]!.positions.includes(start + token.position)),
    );
    if (!found) continue;
    const counted = new Set<string>();
    let score = 0;
    tokens.forEach((token, index) => {
      if (!counted.has(token.term)) score += others[index]!.weight;
      counted.add(token.term);
    });
    matches.set(first.doc, (matches.get(first.doc) ?? 0) + score);
  }
  return matches;
}

/** Terms of the loaded parts starting with `prefix`, the most frequent first. */
function expand(loaded: Map<string, Part>, prefix: string): string[] {
  const found: [string, number][] = [];
  for (const part of loaded.values())
    for (const term in part) if (term.startsWith(prefix)) found.push([term, part[term]!.length]);
  return found
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_EXPANSIONS)
    .map(([term]) => term);
}

interface DecodedMeta {
  meta: Meta;
  /** Per document: local day number. */
  days: number[];
  tags: Map<string, Set<number>>;
  people: Map<string, Set<number>>;
}

function decodeMeta(meta: Meta): DecodedMeta {
  const days: number[] = [];
  let day = 0;
  for (const delta of meta.day) days.push((day += delta));
  const sets = (groups: Record<string, number[]>) =>
    new Map(
      Object.entries(groups).map(([name, deltas]) => {
        let doc = 0;
        return [name, new Set(deltas.map((delta) => (doc += delta)))] as const;
      }),
    );
  return { meta, days, tags: sets(meta.tags), people: sets(meta.people) };
}

const fold = (value: string) => value.toLowerCase().replace(/^[#@]/, '').normalize('NFC');

function namesMatching(
  groups: Map<string, Set<number>>,
  value: string,
  words: boolean,
): Set<number>[] {
  const wanted = fold(value);
  return [...groups]
    .filter(([name]) => {
      const folded = fold(name);
      return folded === wanted || (words && folded.split(/[\s._-]+/).includes(wanted));
    })
    .map(([, docs]) => docs);
}

function passes(decoded: DecodedMeta, query: ParsedQuery, doc: number): boolean {
  const { meta, days } = decoded;
  if (query.after && days[doc]! < dayNumber(query.after)) return false;
  if (query.before && days[doc]! >= dayNumber(query.before)) return false;
  const byName = new Map<FilterName, Filter[]>();
  for (const filter of query.filters)
    (byName.get(filter.name) ?? byName.set(filter.name, []).get(filter.name)!).push(filter);
  // Filters of one name: any positive one must hold (or), no negated one may.
  for (const [name, filters] of byName) {
    const holds = (filter: Filter): boolean => {
      if (name === 'from')
        return fold(meta.sources[meta.source[doc]!] ?? '') === fold(filter.value);
      if (name === 'kind') return fold(meta.kinds[meta.kind[doc]!] ?? '') === fold(filter.value);
      const groups = name === 'tag' ? decoded.tags : decoded.people;
      return namesMatching(groups, filter.value, name === 'person').some((docs) => docs.has(doc));
    };
    const positive = filters.filter((filter) => !filter.negated);
    if (positive.length > 0 && !positive.some(holds)) return false;
    if (filters.some((filter) => filter.negated && holds(filter))) return false;
  }
  return true;
}

function countFacets(decoded: DecodedMeta, docs: number[]): NonNullable<Results['facets']> {
  const { meta, days } = decoded;
  const count = (values: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  };
  const inResults = new Set(docs);
  const groupCounts = (groups: Map<string, Set<number>>) => {
    const counts: Facet[] = [];
    for (const [name, members] of groups) {
      let n = 0;
      if (members.size < inResults.size) {
        for (const doc of members) if (inResults.has(doc)) n++;
      } else for (const doc of inResults) if (members.has(doc)) n++;
      if (n > 0) counts.push({ value: name, count: n });
    }
    return counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, 20);
  };
  return {
    from: count(docs.map((doc) => meta.sources[meta.source[doc]!]!)),
    kind: count(docs.map((doc) => meta.kinds[meta.kind[doc]!]!)),
    year: count(docs.map((doc) => dayString(days[doc]!).slice(0, 4))).sort((a, b) =>
      a.value < b.value ? 1 : -1,
    ),
    tag: groupCounts(decoded.tags),
    person: groupCounts(decoded.people),
  };
}

/** Cuts a snippet around the first match and marks every word matching the query. */
function highlighter(query: ParsedQuery): (text: string) => { text: string; mark: boolean }[] {
  const terms = new Set<string>();
  const prefixes: string[] = [];
  for (const word of query.words) {
    const term = analyze(word.text)[0]?.term;
    if (term) terms.add(term);
    if (word.prefix && prefixOf(word.text).length >= 2) prefixes.push(prefixOf(word.text));
  }
  for (const phrase of query.phrases) for (const token of analyze(phrase)) terms.add(token.term);
  return (text) => {
    const marks = analyze(text).filter(
      (token) =>
        terms.has(token.term) ||
        prefixes.some((prefix) =>
          prefixOf(text.slice(token.start, token.start + token.length)).startsWith(prefix),
        ),
    );
    const LENGTH = 180;
    let from = 0;
    if (marks.length > 0 && marks[0]!.start > LENGTH / 3) {
      from = text.lastIndexOf(' ', marks[0]!.start - LENGTH / 3) + 1;
    }
    let to = Math.min(text.length, from + LENGTH);
    if (to < text.length)
      to = Math.max(text.lastIndexOf(' ', to), marks[0] ? marks[0].start + marks[0].length : to);
    const pieces: { text: string; mark: boolean }[] = [];
    let at = from;
    for (const mark of marks) {
      if (mark.start < from || mark.start + mark.length > to) continue;
      if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), mark: false });
      pieces.push({ text: text.slice(mark.start, mark.start + mark.length), mark: true });
      at = mark.start + mark.length;
    }
    if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
    if (from > 0) pieces.unshift({ text: '…', mark: false });
    if (to < text.length) pieces.push({ text: '…', mark: false });
    return pieces;
  };
}
