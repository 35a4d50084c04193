/**
 * The search engine, shared by `inhale search` and the browser (the build bundles it into
 * `assets/search.js`): a query over the split index, read through an IndexReader. No Node or
 * DOM imports. Its pieces: analysis.ts, query-syntax.ts, index-format.ts, scoring.ts,
 * facets.ts, highlight.ts.
 *
 * Text is analysed with lunr's tokenizer, stop word filter and Porter stemmer, and ranked with
 * lunr's formula (BM25 per field, k1 1.2, b 0.75, field boosts, lunr's idf, weights rounded to
 * three decimals, divided by the query vector's length). Unlike one lunr index, the index is
 * split by term into parts, so a query downloads only the parts holding its terms.
 * See docs/search.md for the file format.
 */
import { analyze, prefixable, prefixOf, type Token } from './analysis.ts';
import {
  countFacets,
  countStoredFacets,
  decodeDays,
  decodeGroups,
  decodeMeta,
  passes,
  unpackFacets,
  type DecodedMeta,
  type Facets,
} from './facets.ts';
import { isDense, splitDocs, type TermPostings } from './dense-terms.ts';
import { highlighter } from './highlight.ts';
import { pairMatches, pairOf, type WeightOf } from './pair-phrases.ts';
import {
  COUNTED_FROM_DOCS,
  FORMAT_VERSION,
  partOf,
  partsWithPrefix,
  type IndexReader,
  type Manifest,
  type PackedFacets,
  type Part,
  type Rest,
  type StoredDoc,
} from './index-format.ts';
import { hasSearch, parseQuery, type ParsedQuery } from './query-syntax.ts';
import { TextWeights, type TermState } from './text-weights.ts';
import {
  decodePostings,
  expand,
  forEachWeight,
  phraseClause,
  phraseMatches,
  textWeightBound,
  type Posting,
} from './scoring.ts';

export interface Hit {
  doc: number;
  score: number;
  stored: StoredDoc;
  /** The snippet, in pieces; `mark` pieces matched the query. */
  snippet: { text: string; mark: boolean }[];
}

export interface Results {
  query: ParsedQuery;
  /** Every match, best first (document numbers). */
  total: number;
  hits: Hit[];
  facets?: Facets;
  /**
   * The tag and person counts were left out (`groups: false`): counting them would have loaded
   * the groups file.
   */
  groupsLeftOut?: boolean;
}

export interface SearchOptions {
  typing?: boolean;
  offset?: number;
  limit?: number;
  /** Count facet values over all matches (see SearchEngine.facets for the files it loads). */
  facets?: boolean;
  /**
   * Count tags and people even when that loads the groups file (the largest, 200–240 KB gzip at
   * 100,000 entries); false leaves them out then, so a first query stays small (#22).
   * @default true
   */
  groups?: boolean;
}

/** A prefix spanning more parts than this matches only whole words. */
const MAX_PREFIX_PARTS = 12;

export class SearchEngine {
  private manifestPromise?: Promise<Manifest>;
  private readonly partCache = new Map<string, Promise<Part>>();
  private readonly positionCache = new Map<string, Promise<Record<string, number[]>>>();
  private readonly restCache = new Map<string, Promise<Rest>>();
  private readonly pairCache = new Map<string, Promise<Record<string, number[]>>>();
  private weights?: TextWeights;
  private readonly chunkCache = new Map<number, Promise<StoredDoc[]>>();
  private readonly facetCache = new Map<string, Promise<unknown>>();
  private readonly countCache = new Map<string, Promise<Record<string, PackedFacets>>>();

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
    const needsMeta = query.filters.length > 0 || !!query.after || !!query.before;
    const needsGroups = query.filters.some(
      (filter) => filter.name === 'tag' || filter.name === 'person',
    );
    const needsDays = !!query.after || !!query.before;
    const metaPromise = needsMeta ? this.meta(needsGroups, needsDays) : undefined;
    const offset = options.offset ?? 0;
    const wanted = offset + (options.limit ?? 20);
    const meta = await metaPromise;
    let matches: Matches | undefined;
    let order: number[];
    // Text-only documents of common words are scored once their rest files are loaded: those
    // of the documents that may rank among the results asked for, a few rounds, then all.
    for (let round = 0; ; round++) {
      matches = await this.match(query, manifest);
      order = this.candidates(query, manifest, matches, meta);
      const needy = matches?.inexact ? needyDocs(order, matches, wanted) : [];
      if (needy.length === 0) break;
      const all = round >= MAX_ROUNDS || needy.length > MAX_NEEDY;
      await Promise.all(
        matches!.pending.map((state) =>
          this.textWeights(manifest).load(state, all ? undefined : needy),
        ),
      );
    }
    const scores = matches?.scores;
    const inexact = matches?.inexact;
    order.sort(
      (a, b) =>
        (inexact ? inexact[a]! - inexact[b]! : 0) ||
        (scores ? scores[b]! - scores[a]! : 0) ||
        b - a,
    );
    const page = order.slice(offset, wanted);
    const stored = await Promise.all(page.map((doc) => this.doc(doc, manifest)));
    const highlight = highlighter(query);
    const hits = page.map((doc, index) => ({
      doc,
      score: scores ? Math.round(scores[doc]! * 1000) / 1000 : 0,
      stored: stored[index]!,
      snippet: highlight(stored[index]!.text ?? ''),
    }));
    const results: Results = { query, total: order.length, hits };
    if (options.facets) {
      const withGroups = options.groups !== false || needsGroups;
      const counted = await this.facets(query, order, matches?.found, manifest, withGroups);
      results.facets = counted.facets;
      if (counted.groupsLeftOut) results.groupsLeftOut = true;
    }
    return results;
  }

  /** The documents matching the query's words, phrases and filters, in no order. */
  private candidates(
    query: ParsedQuery,
    manifest: Manifest,
    matches: Matches | undefined,
    meta: DecodedMeta | undefined,
  ): number[] {
    let candidates: number[];
    if (matches) candidates = [...matches.docs];
    else if (meta && hasSearch(query))
      candidates = Array.from({ length: manifest.docs }, (_, i) => i);
    else candidates = [];
    if (meta) candidates = candidates.filter((doc) => passes(meta, query, doc));
    return candidates;
  }

  /**
   * Scores of the documents matching the query's words and phrases; undefined when it has none.
   * A split term's text-only documents (dense-terms.ts) whose rest file is not loaded are
   * `inexact`, with the lower and an `upper` bound of their score.
   */
  private async match(query: ParsedQuery, manifest: Manifest): Promise<Matches | undefined> {
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
    // A phrase of one word is that word: the same documents and the same sums of weights.
    const phraseClauses: { tokens: Token[] }[] = [];
    for (const phrase of query.phrases) {
      const clause = phraseClause(phrase);
      if (clause.tokens.length !== 1) phraseClauses.push(clause);
      else clauses.push({ terms: new Map([[clause.tokens[0]!.term, 1]]) });
    }
    const excludedClauses = query.excluded.map((phrase) => phraseClause(phrase));
    for (const clause of [...phraseClauses, ...excludedClauses])
      for (const token of clause.tokens) wanted.add(partOf(manifest.parts, token.term) ?? '');
    if (clauses.length === 0 && phraseClauses.length === 0) {
      if (excludedClauses.length === 0) return undefined;
    }
    const loaded = new Map<string, Part>();
    const positions = new Map<string, Record<string, number[]>>();
    const has = (key: string) => Object.hasOwn(manifest.files, key);
    const loadParts = (keys: Iterable<string>) =>
      Promise.all(
        [...keys]
          .filter((key) => has(key) && !loaded.has(key))
          .map(async (key) => loaded.set(key, await this.part(manifest.files[key]!))),
      );
    await loadParts(wanted);
    const entryOf = (term: string): TermPostings | undefined => {
      const key = partOf(manifest.parts, term);
      const part = key === undefined ? undefined : loaded.get(key);
      return part && Object.hasOwn(part, term) ? part[term] : undefined;
    };
    const expansionsOf = clauses.map((clause) => {
      const expansions = new Set<string>();
      for (const term of clause.terms.keys()) {
        if (!term.endsWith('*')) expansions.add(term);
        else for (const expanded of expand(loaded, term.slice(0, -1))) expansions.add(expanded);
      }
      return [...expansions].filter((term) => entryOf(term) !== undefined);
    });
    const weights = this.textWeights(manifest);
    const stateOf = (term: string) => {
      const entry = entryOf(term);
      if (!entry || !isDense(entry)) return undefined;
      return weights.of(term, entry, manifest.files[partOf(manifest.parts, term)!]!);
    };
    // Two words of which one is paired read their pair; other phrases match by position, over
    // all of a term's postings, so their split terms are loaded whole.
    const pairs = new Map<Token[], { key: string; file?: string }>();
    const whole = new Set<string>();
    const positional = new Set<string>();
    for (const clause of [...phraseClauses, ...excludedClauses]) {
      const pair = pairOf(clause.tokens, entryOf);
      if (pair !== undefined) pairs.set(clause.tokens, pair);
      else if (clause.tokens.length > 1)
        for (const token of clause.tokens) {
          whole.add(token.term);
          positional.add(partOf(manifest.parts, token.term) ?? '');
        }
    }
    const pairLists = new Map<string, Record<string, number[]>>();
    await Promise.all([
      ...[...new Set([...pairs.values()].map((pair) => pair.file))]
        .filter((file) => file !== undefined)
        .map(async (file) => pairLists.set(file, await this.pairs(file))),
      ...[...positional]
        .filter(has)
        .map(async (key) => positions.set(key, await this.positions(manifest.files[key]!))),
      ...[...whole].map((term) => {
        const state = stateOf(term);
        return state && weights.load(state);
      }),
    ]);
    /** A term's postings as the flat list of Part, if they are all loaded. */
    const flatOf = (term: string): number[] | undefined => {
      const entry = entryOf(term);
      if (!entry || !isDense(entry)) return entry;
      return weights.full(stateOf(term)!);
    };
    const weightOf = this.weightsOf(entryOf, stateOf, manifest);
    const postingsOf = (term: string): Posting[] => {
      const key = partOf(manifest.parts, term);
      const flat = flatOf(term);
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
    const upper = new Float64Array(count);
    const matched = new Uint16Array(count);
    let inexact: Uint8Array | undefined;
    let clauseCount = 0;
    let termCount = 0;
    const found = new Set<string>();
    const pending: TermState[] = [];
    const pairPostings = ({ key, file }: { key: string; file?: string }) => {
      const list = file === undefined ? undefined : pairLists.get(file);
      return list && Object.hasOwn(list, key) ? list[key]! : [];
    };
    for (const expansions of expansionsOf) {
      clauseCount++;
      const best = new Float64Array(count);
      const bound = new Float64Array(count);
      const seen = new Uint8Array(count);
      let bounded = false;
      // A document holding several expansions of one word counts its best one.
      const keep = (doc: number, weight: number) => {
        if (weight > best[doc]!) best[doc] = weight;
        seen[doc] = 1;
      };
      for (const term of expansions) {
        termCount++;
        found.add(term);
        const flat = flatOf(term);
        if (flat) {
          forEachWeight(flat, manifest, keep);
          continue;
        }
        const state = stateOf(term)!;
        forEachWeight(state.dense.strong, manifest, keep, state.dense.postings);
        const most = textWeightBound(state.dense.postings, manifest);
        let unknown = false;
        for (const doc of state.textOnly) {
          const weight = state.weights[doc]!;
          if (!Number.isNaN(weight)) keep(doc, weight);
          else {
            seen[doc] = 1;
            if (most > bound[doc]!) bound[doc] = most;
            unknown = true;
          }
        }
        if (unknown) pending.push(state);
        bounded ||= unknown;
      }
      for (let doc = 0; doc < count; doc++)
        if (seen[doc]) {
          total[doc] = total[doc]! + best[doc]!;
          upper[doc] = upper[doc]! + Math.max(best[doc]!, bound[doc]!);
          matched[doc] = matched[doc]! + 1;
          if (bounded && bound[doc]! > best[doc]!) (inexact ??= new Uint8Array(count))[doc] = 1;
        }
    }
    for (const clause of phraseClauses) {
      clauseCount++;
      const terms = clause.tokens.map((token) => token.term);
      termCount += new Set(terms).size;
      const pair = pairs.get(clause.tokens);
      if (pair === undefined) {
        for (const [doc, score] of phraseMatches(clause.tokens, postingsOf)) {
          total[doc] = total[doc]! + score;
          upper[doc] = upper[doc]! + score;
          matched[doc] = matched[doc]! + 1;
        }
        continue;
      }
      const bounds = new Map(terms.map((term) => [term, stateOf(term)]));
      for (const [doc, { score, unknown }] of pairMatches(pairPostings(pair), terms, weightOf)) {
        total[doc] = total[doc]! + score;
        let most = score;
        for (const term of unknown) {
          const state = bounds.get(term)!;
          most += textWeightBound(state.dense.postings, manifest);
          pending.push(state);
          (inexact ??= new Uint8Array(count))[doc] = 1;
        }
        upper[doc] = upper[doc]! + most;
        matched[doc] = matched[doc]! + 1;
      }
    }
    const excluded = new Uint8Array(count);
    for (const clause of excludedClauses) {
      const pair = pairs.get(clause.tokens);
      if (pair !== undefined) {
        const flat = pairPostings(pair);
        let doc = 0;
        for (let at = 0; at < flat.length; at += 2) excluded[(doc += flat[at]!)] = 1;
      } else if (clause.tokens.length === 1) {
        const entry = entryOf(clause.tokens[0]!.term);
        if (entry) for (const doc of docsOf(entry)) excluded[doc] = 1;
      } else for (const doc of phraseMatches(clause.tokens, postingsOf).keys()) excluded[doc] = 1;
    }
    // lunr divides by the length of the query vector: one unit per term found.
    const norm = Math.sqrt(Math.max(termCount, 1));
    const docs: number[] = [];
    for (let doc = 0; doc < count; doc++) {
      if (matched[doc] !== clauseCount || excluded[doc]) continue;
      total[doc] = total[doc]! / norm;
      upper[doc] = upper[doc]! / norm;
      docs.push(doc);
    }
    return { scores: total, upper, inexact, pending, docs, found: [...found] };
  }

  /**
   * The filter counts of the matches `order`, from the least that holds them (#22): a few
   * matches from their stored documents, one word's matches from its part's counts file, any
   * other from the facet and groups files (the groups file only `withGroups`: its tag and
   * person counts are left out otherwise).
   */
  private async facets(
    query: ParsedQuery,
    order: number[],
    found: string[] | undefined,
    manifest: Manifest,
    withGroups: boolean,
  ): Promise<{ facets: Facets; groupsLeftOut?: boolean }> {
    if (order.length <= COUNTED_FROM_DOCS)
      return {
        facets: countStoredFacets(await Promise.all(order.map((doc) => this.doc(doc, manifest)))),
      };
    const term = found?.length === 1 ? found[0]! : '';
    const oneWord =
      term !== '' &&
      query.words.length === 1 &&
      query.phrases.length === 0 &&
      query.excluded.length === 0 &&
      query.filters.length === 0 &&
      !query.after &&
      !query.before;
    const key = oneWord ? partOf(manifest.parts, term) : undefined;
    if (key !== undefined && Object.hasOwn(manifest.files, key)) {
      const file = manifest.files[key]!;
      const counts = await cached(this.countCache, file, () => this.reader.counts(file));
      if (Object.hasOwn(counts, term)) return { facets: unpackFacets(counts[term]!) };
    }
    const facets = countFacets(await this.meta(withGroups), order);
    return withGroups ? { facets } : { facets, groupsLeftOut: true };
  }

  private part(file: string): Promise<Part> {
    return cached(this.partCache, file, () => this.reader.part(file));
  }

  private positions(file: string): Promise<Record<string, number[]>> {
    return cached(this.positionCache, file, () => this.reader.positions(file));
  }

  /** A term's weight in a document's field (NaN: a text-only document not loaded yet). */
  private weightsOf(
    entryOf: (term: string) => TermPostings | undefined,
    stateOf: (term: string) => TermState | undefined,
    manifest: Manifest,
  ): WeightOf {
    const byTerm = new Map<string, Map<number, number>>();
    return (term, doc, field) => {
      let known = byTerm.get(term);
      if (!known) {
        const entry = entryOf(term)!;
        const flat = isDense(entry) ? entry.strong : entry;
        const postings = isDense(entry) ? entry.postings : entry.length / 4;
        known = new Map();
        for (const posting of decodePostings(flat, manifest, undefined, postings))
          known.set(posting.doc * 8 + posting.field, posting.weight);
        byTerm.set(term, known);
      }
      const weight = known.get(doc * 8 + field);
      if (weight !== undefined) return weight;
      return stateOf(term)?.weights[doc] ?? NaN;
    };
  }

  private pairs(file: string): Promise<Record<string, number[]>> {
    return cached(this.pairCache, file, () => this.reader.pairs(file));
  }

  private textWeights(manifest: Manifest): TextWeights {
    return (this.weights ??= new TextWeights(manifest, (file) =>
      cached(this.restCache, file, () => this.reader.rest(file)),
    ));
  }

  private async doc(doc: number, manifest: Manifest): Promise<StoredDoc> {
    const chunk = Math.floor(doc / manifest.docsPerChunk);
    const docs = await cached(this.chunkCache, chunk, () => this.reader.docs(chunk));
    return docs[doc % manifest.docsPerChunk]!;
  }

  /** The facet file, with the groups file (tags and people) and the days file when asked. */
  private async meta(withGroups: boolean, withDays = false): Promise<DecodedMeta> {
    const meta = cached(this.facetCache, 'meta', () =>
      this.reader.meta().then(decodeMeta),
    ) as Promise<Omit<DecodedMeta, 'tags' | 'people' | 'days'>>;
    const none = { tags: new Map(), people: new Map() };
    const groups = withGroups
      ? (cached(this.facetCache, 'groups', () =>
          this.reader.groups().then(decodeGroups),
        ) as Promise<Pick<DecodedMeta, 'tags' | 'people'>>)
      : none;
    const days = withDays
      ? (cached(this.facetCache, 'days', () => this.reader.days().then(decodeDays)) as Promise<
          number[]
        >)
      : undefined;
    return { ...(await meta), ...(await groups), days: await days };
  }
}

/** The documents holding a term. */
function docsOf(entry: TermPostings): number[] {
  if (isDense(entry)) return splitDocs(entry).docs;
  const docs: number[] = [];
  let doc = 0;
  for (let at = 0; at < entry.length; at += 4) docs.push((doc += entry[at]!));
  return docs;
}

/** Rounds of loading rest files for the documents that may rank, before loading them all. */
const MAX_ROUNDS = 3;
/** More documents than this that may rank: load every rest file of the query's terms. */
const MAX_NEEDY = 2000;

interface Matches {
  /** Per document, its score; a lower bound of it for an `inexact` document. */
  scores: Float64Array;
  /** Per `inexact` document, its score at most. */
  upper: Float64Array;
  /** Documents whose score is not known (absent when every score is known). */
  inexact?: Uint8Array;
  /** The split terms with documents of unknown weight. */
  pending: TermState[];
  docs: number[];
  found: string[];
}

/**
 * The documents of `candidates` without a known score that may be among the first `wanted`:
 * those that could reach the `wanted`-th best lower bound (a tie goes to the newer document, so
 * reaching is enough). None means the first `wanted` are known and in order.
 */
function needyDocs(candidates: number[], matches: Matches, wanted: number): number[] {
  const { scores, upper, inexact } = matches;
  if (!inexact) return [];
  if (candidates.length <= wanted) return candidates.filter((doc) => inexact[doc]);
  const lower = Float64Array.from(candidates, (doc) => scores[doc]!).sort();
  const threshold = lower[lower.length - wanted]!;
  return candidates.filter((doc) => inexact[doc] && upper[doc]! >= threshold);
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
