/** Snippets: the text around the first match, with every word matching the query marked. */
import { analyze, prefixable, prefixOf, trimmed } from './analysis.ts';
import type { ParsedQuery } from './query-syntax.ts';

/** Cuts a snippet around the first match and marks every word matching the query. */
export function highlighter(
  query: ParsedQuery,
): (text: string) => { text: string; mark: boolean }[] {
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
