/** The query syntax (docs/search.md): words, phrases, exclusions, filters and dates. */
import { analyze, prefixable } from './analysis.ts';

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
