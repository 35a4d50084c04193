/** Filters (`from:`, `kind:`, `tag:`, `person:`, dates) and facet counts over the facet files. */
import { dayNumber, dayString, type Groups, type Meta } from './index-format.ts';
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
  meta: Meta;
  /** Per document: local day number, and its year. */
  days: number[];
  years: Uint16Array;
  tags: Map<string, Set<number>>;
  people: Map<string, Set<number>>;
}

export function decodeMeta(meta: Meta): DecodedMeta {
  const days: number[] = [];
  let day = 0;
  for (const delta of meta.day) days.push((day += delta));
  const years = Uint16Array.from(days, (value) => Number(dayString(value).slice(0, 4)));
  return { meta, days, years, tags: new Map(), people: new Map() };
}

export function decodeGroups(groups: Groups): Pick<DecodedMeta, 'tags' | 'people'> {
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

export function passes(decoded: DecodedMeta, query: ParsedQuery, doc: number): boolean {
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

export function countFacets(decoded: DecodedMeta, docs: number[]): Facets {
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
  // Names that differ in case only (`Travel`, `travel`) are one facet, as `tag:` matches them:
  // shown as the most used spelling, each result counted once.
  const stamp = new Int32Array(meta.source.length);
  const groupCounts = (groups: Map<string, Set<number>>) => {
    const spellings = new Map<string, Set<number>[]>();
    const shown = new Map<string, [string, number]>();
    for (const [name, members] of groups) {
      const key = fold(name);
      (spellings.get(key) ?? spellings.set(key, []).get(key)!).push(members);
      if ((shown.get(key)?.[1] ?? -1) < members.size) shown.set(key, [name, members.size]);
    }
    const counts = new Map<string, number>();
    let mark = 0;
    for (const [key, sets] of spellings) {
      mark++;
      let n = 0;
      for (const members of sets)
        for (const doc of members)
          if (inResults[doc] && stamp[doc] !== mark) {
            stamp[doc] = mark;
            n++;
          }
      if (n > 0) counts.set(shown.get(key)![0], n);
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
