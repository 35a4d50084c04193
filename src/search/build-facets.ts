/**
 * The facet data of the search index: the facet and groups files (every document's source, kind
 * and day; tags and people with their documents), the names the filters show, and the filter
 * counts of each term in many documents, worked out once here so that a one-word query does not
 * load the facet files (#22). See docs/search.md.
 */
import {
  countFacets,
  decodeGroups,
  decodeMeta,
  packFacets,
  shownNames,
  type DecodedMeta,
} from './facets.ts';
import {
  COUNTED_FROM_DOCS,
  dayNumber,
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
  const meta: Meta = { sources, kinds, source: [], kind: [], day: [] };
  const groups: Groups = {
    tags: Object.create(null) as Groups['tags'],
    people: Object.create(null) as Groups['people'],
  };
  const last = { day: 0, tags: new Map<string, number>(), people: new Map<string, number>() };
  entries.forEach((entry, number) => {
    meta.source.push(indexOf(sources, entry.source));
    meta.kind.push(indexOf(kinds, entry.kind));
    const day = dayNumber(entry.date);
    meta.day.push(day - last.day);
    last.day = day;
    for (const [names, target, seen] of [
      [entry.tags, groups.tags, last.tags],
      [entry.people, groups.people, last.people],
    ] as const) {
      for (const name of names) {
        (target[name] ??= []).push(number - (seen.get(name) ?? 0));
        seen.set(name, number);
      }
    }
  });
  // Decoded from the JSON the browser reads, so names come in the same order there and here.
  const decoded = {
    ...decodeMeta(meta),
    ...decodeGroups(JSON.parse(JSON.stringify(groups)) as Groups),
  };
  return {
    meta,
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
