/** Filters (`from:`, `kind:`, `tag:`, `person:`, dates) and facet counts, whichever file holds the matches' values. */
import { decodeDocList, decodeNumbers } from './doc-lists.ts';
import {
  dayNumber,
  type Days,
  type Groups,
  type Meta,
  type PackedFacets,
  type StoredDoc,
} from './index-format.ts';
import type { Filter, FilterName, ParsedQuery } from './query-syntax.ts';

export interface Facet {
  value: string;
  count: number;
}

/** Per filter name, its values among the results with their counts, the most frequent first. */
export interface Facets {
  from: Facet[];
  kind: Facet[];
  year: Facet[];
  tag: Facet[];
  person: Facet[];
}

export interface DecodedMeta {
  sources: string[];
  kinds: string[];
  /** Per document: its index into sources, into kinds, and its local year. */
  source: number[];
  kind: number[];
  years: Uint16Array;
  /** Per document its local day number: loaded only for a query with a date filter. */
  days?: number[];
  tags: Map<string, Set<number>>;
  people: Map<string, Set<number>>;
}

export function decodeMeta(meta: Meta): Omit<DecodedMeta, 'tags' | 'people' | 'days'> {
  const pair = decodeNumbers(meta.pair);
  const source = pair.map((at) => meta.pairs[2 * at]!);
  const kind = pair.map((at) => meta.pairs[2 * at + 1]!);
  const runs = decodeNumbers(meta.years);
  const years = new Uint16Array(source.length);
  for (let at = 0, doc = 0; at + 1 < runs.length; at += 2) {
    years.fill(runs[at]!, doc, doc + runs[at + 1]!);
    doc += runs[at + 1]!;
  }
  return {
    sources: meta.sources,
    kinds: meta.kinds,
    source,
    kind,
    years,
  };
}

export function decodeDays(deltas: Days): number[] {
  let day = 0;
  return deltas.map((delta) => (day += delta));
}

export function decodeGroups(groups: Groups): Pick<DecodedMeta, 'tags' | 'people'> {
  const sets = (named: Record<string, string>) =>
    new Map(Object.entries(named).map(([name, docs]) => [name, new Set(decodeDocList(docs))]));
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

export function passes(decoded: DecodedMeta, query: ParsedQuery, doc: number): boolean {
  const { days } = decoded;
  if (query.after && days![doc]! < dayNumber(query.after)) return false;
  if (query.before && days![doc]! >= dayNumber(query.before)) return false;
  const byName = new Map<FilterName, Filter[]>();
  for (const filter of query.filters)
    (byName.get(filter.name) ?? byName.set(filter.name, []).get(filter.name)!).push(filter);
  // Filters of one name: any positive one must hold (or), no negated one may.
  for (const [name, filters] of byName) {
    const holds = (filter: Filter): boolean => {
      if (name === 'from')
        return fold(decoded.sources[decoded.source[doc]!] ?? '') === fold(filter.value);
      if (name === 'kind')
        return fold(decoded.kinds[decoded.kind[doc]!] ?? '') === fold(filter.value);
      const groups = name === 'tag' ? decoded.tags : decoded.people;
      return namesMatching(groups, filter.value, name === 'person').some((docs) => docs.has(doc));
    };
    const positive = filters.filter((filter) => !filter.negated);
    if (positive.length > 0 && !positive.some(holds)) return false;
    if (filters.some((filter) => filter.negated && holds(filter))) return false;
  }
  return true;
}

/** What a document shows in the filters; tags and people by the names their facets show. */
export interface FacetValues {
  source: string;
  kind: string;
  year: string;
  tags: readonly string[];
  people: readonly string[];
}

/**
 * The name each tag or person is shown by in the filters: names that differ in case only
 * (`Travel`, `travel`) are one facet, as `tag:` matches them, shown as the most used spelling.
 */
export function shownNames(groups: Map<string, Set<number>>): Map<string, string> {
  const best = new Map<string, [string, number]>();
  for (const [name, members] of groups) {
    const key = fold(name);
    if ((best.get(key)?.[1] ?? -1) < members.size) best.set(key, [name, members.size]);
  }
  return new Map([...groups.keys()].map((name) => [name, best.get(fold(name))![0]]));
}

/** Per document, the shown names of its tags or people, each once. */
function namesByDoc(groups: Map<string, Set<number>>, count: number): string[][] {
  const shown = shownNames(groups);
  const byDoc = Array.from({ length: count }, (): string[] => []);
  for (const [name, members] of groups) {
    const label = shown.get(name)!;
    for (const doc of members) if (!byDoc[doc]!.includes(label)) byDoc[doc]!.push(label);
  }
  return byDoc;
}

const forwardCache = new WeakMap<DecodedMeta, { tags: string[][]; people: string[][] }>();

/** The filter values of document `doc`. */
export function facetValuesOf(decoded: DecodedMeta, doc: number): FacetValues {
  let forward = forwardCache.get(decoded);
  if (!forward) {
    const count = decoded.source.length;
    forward = { tags: namesByDoc(decoded.tags, count), people: namesByDoc(decoded.people, count) };
    forwardCache.set(decoded, forward);
  }
  return {
    source: decoded.sources[decoded.source[doc]!] ?? '',
    kind: decoded.kinds[decoded.kind[doc]!] ?? '',
    year: String(decoded.years[doc]),
    tags: forward.tags[doc]!,
    people: forward.people[doc]!,
  };
}

/** Facet counts over the documents `docs` of the facet files. */
export function countFacets(decoded: DecodedMeta, docs: number[]): Facets {
  return tallyFacets(docs.map((doc) => facetValuesOf(decoded, doc)));
}

/** At most this many values of a tag or person facet are counted. */
const GROUP_FACETS = 20;

/** Facet counts over some documents' filter values: the same, whichever file they come from. */
export function tallyFacets(docs: Iterable<FacetValues>): Facets {
  const counters = {
    from: new Map(),
    kind: new Map(),
    year: new Map(),
    tag: new Map(),
    person: new Map(),
  } as Record<keyof Facets, Map<string, number>>;
  const add = (counts: Map<string, number>, value: string) =>
    counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const doc of docs) {
    add(counters.from, doc.source);
    add(counters.kind, doc.kind);
    add(counters.year, doc.year);
    for (const tag of doc.tags) add(counters.tag, tag);
    for (const person of doc.people) add(counters.person, person);
  }
  const byValue = (counts: Map<string, number>) =>
    [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return {
    from: byValue(counters.from),
    kind: byValue(counters.kind),
    year: byValue(counters.year).sort((a, b) => (a.value < b.value ? 1 : -1)),
    tag: byValue(counters.tag).slice(0, GROUP_FACETS),
    person: byValue(counters.person).slice(0, GROUP_FACETS),
  };
}

export function packFacets(facets: Facets): PackedFacets {
  const pack = (values: Facet[]) => values.flatMap(({ value, count }) => [value, count]);
  return {
    from: pack(facets.from),
    kind: pack(facets.kind),
    year: pack(facets.year),
    tag: pack(facets.tag),
    person: pack(facets.person),
  };
}

export function unpackFacets(packed: PackedFacets): Facets {
  const unpack = (flat: (string | number)[] = []) => {
    const values: Facet[] = [];
    for (let at = 0; at + 1 < flat.length; at += 2)
      values.push({ value: String(flat[at]), count: Number(flat[at + 1]) });
    return values;
  };
  return {
    from: unpack(packed.from),
    kind: unpack(packed.kind),
    year: unpack(packed.year),
    tag: unpack(packed.tag),
    person: unpack(packed.person),
  };
}

/** Facet counts of documents from the document store. */
export function countStoredFacets(docs: StoredDoc[]): Facets {
  return tallyFacets(
    docs.map((doc) => ({
      source: doc.source,
      kind: doc.kind,
      year: doc.date.slice(0, 4),
      tags: doc.tags ?? [],
      people: doc.people ?? [],
    })),
  );
}
