/**
 * The facet data of the search index: the facet and groups files (every document's source, kind
 * and day; tags and people with their documents), the names the filters show, and the filter
 * counts of each term in many documents, worked out once here so that a one-word query does not
 * load the facet files (#22). See docs/search.md.
 */
import {
  countFacets,
  decodeDays,
  decodeGroups,
  decodeMeta,
  packFacets,
  shownNames,
  type DecodedMeta,
} from './facets.ts';
import { encodeDocList, encodeNumbers } from './doc-lists.ts';
import {
  COUNTED_FROM_DOCS,
  dayNumber,
  dayString,
  type Days,
  type Groups,
  type Meta,
  type PackedFacets,
} from './index-format.ts';

/** What the facet files need of an entry. */
export interface FacetEntry {
  source: string;
  kind: string;
  date: string;
  tags: readonly string[];
  people: readonly string[];
}

export interface FacetData {
  meta: Meta;
  days: Days;
  groups: Groups;
  decoded: DecodedMeta;
  /** Tag and person name → the name its filter shows. */
  shownTags: Map<string, string>;
  shownPeople: Map<string, string>;
}

export function facetDataOf(entries: readonly FacetEntry[]): FacetData {
  const sources: string[] = [];
  const kinds: string[] = [];
  const indexOf = (list: string[], value: string) => {
    const index = list.indexOf(value);
    return index >= 0 ? index : list.push(value) - 1;
  };
  const pairs: string[] = [];
  const pair: number[] = [];
  const years: number[] = [];
  const days: Days = [];
  const tags = new Map<string, number[]>();
  const people = new Map<string, number[]>();
  let lastDay = 0;
  entries.forEach((entry, number) => {
    pair.push(indexOf(pairs, `${indexOf(sources, entry.source)},${indexOf(kinds, entry.kind)}`));
    const day = dayNumber(entry.date);
    days.push(day - lastDay);
    lastDay = day;
    // Entries are in timeline order, so a year mostly runs on; one near midnight on New Year's
    // Eve in another offset starts a short run of its own.
    const year = Number(dayString(day).slice(0, 4));
    if (years.at(-2) === year) years[years.length - 1]!++;
    else years.push(year, 1);
    for (const [names, target] of [
      [entry.tags, tags],
      [entry.people, people],
    ] as const) {
      for (const name of new Set(names))
        (target.get(name) ?? target.set(name, []).get(name)!).push(number);
    }
  });
  const lists = (named: Map<string, number[]>) => {
    const out = Object.create(null) as Record<string, string>;
    for (const [name, docs] of named) out[name] = encodeDocList(docs);
    return out;
  };
  const meta: Meta = {
    sources,
    kinds,
    pairs: pairs.flatMap((both) => both.split(',').map(Number)),
    pair: encodeNumbers(pair),
    years: encodeNumbers(years),
  };
  const groups: Groups = { tags: lists(tags), people: lists(people) };
  // Decoded from the JSON the browser reads, so names come in the same order there and here.
  const decoded = {
    ...decodeMeta(meta),
    days: decodeDays(days),
    ...decodeGroups(JSON.parse(JSON.stringify(groups)) as Groups),
  };
  return {
    meta,
    days,
    groups,
    decoded,
    shownTags: shownNames(decoded.tags),
    shownPeople: shownNames(decoded.people),
  };
}

const COMMA = 44;
const MINUS = 45;

/**
 * The filter counts of a term from its postings (as the index files' ASCII text, in pieces),
 * when it is in more than COUNTED_FROM_DOCS documents; undefined otherwise.
 */
export function termCounts(
  data: FacetData,
  postings: readonly Uint8Array[],
): PackedFacets | undefined {
  const docs: number[] = [];
  let value = 0;
  let sign = 1;
  let field = 0;
  let doc = 0;
  const end = () => {
    // Every posting is document (a difference from the previous one, negative where the shards'
    // pieces meet out of order), field, count, length.
    if (field % 4 === 0) {
      doc = docs.length === 0 ? value : doc + sign * value;
      if (docs.at(-1) !== doc) docs.push(doc);
    }
    field++;
    value = 0;
    sign = 1;
  };
  for (const piece of postings)
    for (const byte of piece) {
      if (byte === COMMA) end();
      else if (byte === MINUS) sign = -1;
      else value = value * 10 + byte - 48;
    }
  end();
  return docs.length > COUNTED_FROM_DOCS ? packFacets(countFacets(data.decoded, docs)) : undefined;
}
