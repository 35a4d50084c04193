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
export const DOCS_PER_CHUNK = 32;

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

/** Term → postings: for each document and field holding the term, flat: document number minus
 * the previous one, field, count, the field's length in tokens. Weights are computed from these
 * when searching, so an edit changes only the parts of the terms it touched. The positions file
 * of a part holds, per term, each posting's token positions (count of them, each minus the
 * previous one), loaded only for phrases. */
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
}

/** Tag and person names → document numbers as deltas; a file of its own, as it is the larger. */
export interface Groups {
  tags: Record<string, number[]>;
  people: Record<string, number[]>;
}

/** How an engine reads the index: from disk in Node, with script tags in the browser. */
export interface IndexReader {
  manifest(): Promise<Manifest>;
  part(file: string): Promise<Part>;
  /** The positions of a part's postings, for phrases. */
  positions(file: string): Promise<Part>;
  docs(chunk: number): Promise<StoredDoc[]>;
  meta(): Promise<Meta>;
  groups(): Promise<Groups>;
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

/** A token's place without the punctuation around it, for highlighting. */
function trimmed(text: string, token: Token): { start: number; end: number } {
  const word = text.slice(token.start, token.start + token.length);
  const lead = word.length - word.replace(LEADING, '').length;
  const trail = word.length - word.replace(TRAILING, '').length;
  return { start: token.start + lead, end: token.start + token.length - trail };
}
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

/**
 * The searchable tokens of a text: lunr's tokenizer (lowercase, split on lunr.tokenizer.separator,
 * every piece counted), then termOf. The same tokens as lunr.tokenizer, without an object per
 * token (a test compares them). `start` and `length` locate the piece, punctuation included.
 */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  forEachTerm(text, (term, position, start, length) =>
    tokens.push({ term, position, start, length }),
  );
  return tokens;
}

/** analyze() without an object per token, for indexing; returns the number of terms. */
export function forEachTerm(
  text: string,
  callback: (term: string, position: number, start: number, length: number) => void,
): number {
  const lower = text.toLowerCase();
  // Tested once per text: a per-word test of the scripts cost more than the rest of a word.
  const cjk = CJK.test(lower);
  let index = 0;
  let count = 0;
  let start = 0;
  const length = lower.length;
  for (let at = 0; at <= length; at++) {
    if (at < length && !isSeparator(lower.charCodeAt(at))) continue;
    if (at > start) {
      const word = lower.slice(start, at);
      if (cjk && CJK.test(word)) {
        count += bigrams(word, start, (term, offset, size) =>
          callback(term, index++, offset, size),
        );
      } else {
        const term = termOf(word);
        if (term) {
          callback(term, index, start, at - start);
          count++;
        }
        index++;
      }
    }
    start = at + 1;
  }
  return count;
}

/**
 * lunr.tokenizer.separator, /[\s\-]+/, one character at a time: the hyphen and what JavaScript's
 * \s matches (a test checks this against lunr.tokenizer).
 */
function isSeparator(code: number): boolean {
  if (code < 128) return code === 32 || code === 45 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu;

/**
 * A piece holding Chinese, Japanese or Korean: each run of those characters becomes overlapping
 * pairs (東京大学 → 東京 京大 大学; one character alone stays one), as search engines without a
 * dictionary do, so a word of any length is found as a phrase of pairs; the rest of the piece
 * (Latin letters, digits) is analysed as usual. Returns the number of terms.
 */
function bigrams(
  word: string,
  start: number,
  callback: (term: string, offset: number, length: number) => void,
): number {
  let count = 0;
  let at = 0;
  const other = (end: number) => {
    const term = end > at ? termOf(word.slice(at, end)) : '';
    if (term) {
      callback(term, start + at, end - at);
      count++;
    }
  };
  CJK_RUN.lastIndex = 0;
  for (let match = CJK_RUN.exec(word); match; match = CJK_RUN.exec(word)) {
    other(match.index);
    const characters = [...match[0]];
    let offset = match.index;
    if (characters.length === 1) {
      callback(characters[0]!, start + offset, characters[0]!.length);
      count++;
    }
    for (let index = 0; index + 1 < characters.length; index++) {
      const pair = characters[index]! + characters[index + 1]!;
      callback(pair, start + offset, pair.length);
      count++;
      offset += characters[index]!.length;
    }
    at = match.index + match[0].length;
  }
  other(word.length);
  return count;
}

/** Long enough to stand for the words it starts: two letters, or one Chinese character. */
function prefixable(word: string): boolean {
  const prefix = prefixOf(word);
  return prefix.length >= 2 || (prefix.length === 1 && CJK.test(prefix));
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
    else if (tokens.length === 1 || (prefix && prefixable(word)))
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
  const termIdf = idf(postings.length, manifest.docs);
  for (const posting of postings) {
    const relative = posting.weight / (manifest.averageLengths[posting.field] || 1);
    const score =
      ((termIdf * ((K1 + 1) * posting.tf)) / (K1 * (1 - B + B * relative) + posting.tf)) *
      BOOSTS[posting.field]!;
    posting.weight = Math.round(score * 1000) / 1000;
  }
  return postings;
}

/** Calls back once per document with the sum of the term's weights over its fields. */
function forEachWeight(
  flat: number[],
  manifest: Manifest,
  callback: (doc: number, weight: number) => void,
): void {
  const termIdf = idf(flat.length / 4, manifest.docs);
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
  private readonly positionCache = new Map<string, Promise<Part>>();
  private readonly chunkCache = new Map<number, Promise<StoredDoc[]>>();
  private readonly facetCache = new Map<string, Promise<unknown>>();

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
    const needsGroups =
      options.facets ||
      query.filters.some((filter) => filter.name === 'tag' || filter.name === 'person');
    const metaPromise = needsMeta ? this.meta(!!needsGroups) : undefined;
    const matches = await this.match(query, manifest);
    const scores = matches?.scores;
    const meta = await metaPromise;
    let candidates: number[];
    if (matches) candidates = matches.docs;
    else if (meta && hasSearch(query))
      candidates = Array.from({ length: manifest.docs }, (_, i) => i);
    else candidates = [];
    if (meta) candidates = candidates.filter((doc) => passes(meta, query, doc));
    const order = candidates.sort((a, b) => (scores ? scores[b]! - scores[a]! : 0) || b - a);
    const offset = options.offset ?? 0;
    const page = order.slice(offset, offset + (options.limit ?? 20));
    const stored = await Promise.all(page.map((doc) => this.doc(doc, manifest)));
    const highlight = highlighter(query);
    const hits = page.map((doc, index) => ({
      doc,
      score: scores ? Math.round(scores[doc]! * 1000) / 1000 : 0,
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
  ): Promise<{ scores: Float64Array; docs: number[] } | undefined> {
    const clauses: { terms: Map<string, number>; positions?: number[] }[] = [];
    const wanted = new Set<string>();
    for (const word of query.words) {
      const term = analyze(word.text)[0]?.term;
      const terms = new Map<string, number>();
      if (term) terms.set(term, 1);
      if (word.prefix) {
        const prefix = prefixOf(word.text);
        const parts = partsWithPrefix(manifest.parts, prefix);
        if (prefixable(prefix) && parts.length <= MAX_PREFIX_PARTS) {
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
    const positional = new Set<string>();
    for (const clause of [...phraseClauses, ...excludedClauses])
      if (clause.tokens.length > 1)
        for (const token of clause.tokens) positional.add(partOf(manifest.parts, token.term) ?? '');
    const loaded = new Map<string, Part>();
    const positions = new Map<string, Part>();
    await Promise.all([
      ...[...wanted]
        .filter((key) => Object.hasOwn(manifest.files, key))
        .map(async (key) => loaded.set(key, await this.part(manifest.files[key]!))),
      ...[...positional]
        .filter((key) => Object.hasOwn(manifest.files, key))
        .map(async (key) => positions.set(key, await this.positions(manifest.files[key]!))),
    ]);
    const postingsOf = (term: string): Posting[] => {
      const key = partOf(manifest.parts, term);
      const part = key === undefined ? undefined : loaded.get(key);
      const flat = part && Object.hasOwn(part, term) ? part[term] : undefined;
      const where = key === undefined ? undefined : positions.get(key);
      return flat
        ? decodePostings(
            flat,
            manifest,
            where && Object.hasOwn(where, term) ? where[term] : undefined,
          )
        : [];
    };
    // Typed arrays over every document: a common word matches half the archive.
    const count = manifest.docs;
    const total = new Float64Array(count);
    const matched = new Uint16Array(count);
    let clauseCount = 0;
    let termCount = 0;
    for (const clause of clauses) {
      clauseCount++;
      const best = new Float64Array(count);
      const seen = new Uint8Array(count);
      const expansions = new Set<string>();
      for (const term of clause.terms.keys()) {
        if (!term.endsWith('*')) expansions.add(term);
        else for (const expanded of expand(loaded, term.slice(0, -1))) expansions.add(expanded);
      }
      for (const term of expansions) {
        const key = partOf(manifest.parts, term);
        const part = key === undefined ? undefined : loaded.get(key);
        if (!part || !Object.hasOwn(part, term)) continue;
        termCount++;
        // A document holding several expansions of one word counts its best one.
        forEachWeight(part[term]!, manifest, (doc, weight) => {
          if (weight > best[doc]!) best[doc] = weight;
          seen[doc] = 1;
        });
      }
      for (let doc = 0; doc < count; doc++)
        if (seen[doc]) {
          total[doc] = total[doc]! + best[doc]!;
          matched[doc] = matched[doc]! + 1;
        }
    }
    for (const clause of phraseClauses) {
      clauseCount++;
      termCount += new Set(clause.tokens.map((token) => token.term)).size;
      for (const [doc, score] of phraseMatches(clause.tokens, postingsOf)) {
        total[doc] = total[doc]! + score;
        matched[doc] = matched[doc]! + 1;
      }
    }
    const excluded = new Uint8Array(count);
    for (const clause of excludedClauses)
      for (const doc of phraseMatches(clause.tokens, postingsOf).keys()) excluded[doc] = 1;
    // lunr divides by the length of the query vector: one unit per term found.
    const norm = Math.sqrt(Math.max(termCount, 1));
    const docs: number[] = [];
    for (let doc = 0; doc < count; doc++) {
      if (matched[doc] !== clauseCount || excluded[doc]) continue;
      total[doc] = total[doc]! / norm;
      docs.push(doc);
    }
    return { scores: total, docs };
  }

  private part(file: string): Promise<Part> {
    return cached(this.partCache, file, () => this.reader.part(file));
  }

  private positions(file: string): Promise<Part> {
    return cached(this.positionCache, file, () => this.reader.positions(file));
  }

  private async doc(doc: number, manifest: Manifest): Promise<StoredDoc> {
    const chunk = Math.floor(doc / manifest.docsPerChunk);
    const docs = await cached(this.chunkCache, chunk, () => this.reader.docs(chunk));
    return docs[doc % manifest.docsPerChunk]!;
  }

  private async meta(withGroups: boolean): Promise<DecodedMeta> {
    const meta = cached(this.facetCache, 'meta', () =>
      this.reader.meta().then(decodeMeta),
    ) as Promise<DecodedMeta>;
    if (!withGroups) return meta;
    const groups = cached(this.facetCache, 'groups', () =>
      this.reader.groups().then(decodeGroups),
    ) as Promise<Pick<DecodedMeta, 'tags' | 'people'>>;
    return { ...(await meta), ...(await groups) };
  }
}

/** A loaded file, or the promise of it; a failed load is forgotten, so it is tried again. */
function cached<K, T>(cache: Map<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
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
  /** Per document: local day number, and its year. */
  days: number[];
  years: Uint16Array;
  tags: Map<string, Set<number>>;
  people: Map<string, Set<number>>;
}

function decodeMeta(meta: Meta): DecodedMeta {
  const days: number[] = [];
  let day = 0;
  for (const delta of meta.day) days.push((day += delta));
  const years = Uint16Array.from(days, (value) => Number(dayString(value).slice(0, 4)));
  return { meta, days, years, tags: new Map(), people: new Map() };
}

function decodeGroups(groups: Groups): Pick<DecodedMeta, 'tags' | 'people'> {
  const sets = (named: Record<string, number[]>) =>
    new Map(
      Object.entries(named).map(([name, deltas]) => {
        let doc = 0;
        return [name, new Set(deltas.map((delta) => (doc += delta)))] as const;
      }),
    );
  return { tags: sets(groups.tags), people: sets(groups.people) };
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
  const { meta, years } = decoded;
  const byValue = (counts: Map<string, number>) =>
    [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  const tally = (names: string[], of: (doc: number) => number) => {
    const counts = new Int32Array(names.length);
    for (const doc of docs) counts[of(doc)]!++;
    return byValue(
      new Map(names.map((name, index) => [name, counts[index]!] as const).filter(([, n]) => n > 0)),
    );
  };
  const inResults = new Uint8Array(meta.source.length);
  for (const doc of docs) inResults[doc] = 1;
  const groupCounts = (groups: Map<string, Set<number>>) => {
    const counts = new Map<string, number>();
    for (const [name, members] of groups) {
      let n = 0;
      for (const doc of members) n += inResults[doc]!;
      if (n > 0) counts.set(name, n);
    }
    return byValue(counts).slice(0, 20);
  };
  const yearNames = [...new Set(years)].sort((a, b) => b - a).map(String);
  const yearIndex = new Map(yearNames.map((year, index) => [Number(year), index]));
  return {
    from: tally(meta.sources, (doc) => meta.source[doc]!),
    kind: tally(meta.kinds, (doc) => meta.kind[doc]!),
    year: tally(yearNames, (doc) => yearIndex.get(years[doc]!)!).sort((a, b) =>
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
    if (word.prefix && prefixable(word.text)) prefixes.push(prefixOf(word.text));
  }
  for (const phrase of query.phrases) for (const token of analyze(phrase)) terms.add(token.term);
  return (text) => {
    const marks = analyze(text)
      .filter(
        (token) =>
          terms.has(token.term) ||
          prefixes.some((prefix) =>
            prefixOf(text.slice(token.start, token.start + token.length)).startsWith(prefix),
          ),
      )
      .map((token) => {
        const { start, end } = trimmed(text, token);
        return { start, length: end - start };
      });
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
