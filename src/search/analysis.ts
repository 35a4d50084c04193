/**
 * Text analysis, the same for indexing and querying: lunr's tokenizer, stop word filter and
 * Porter stemmer (with a trimmer that keeps letters of any script), and Chinese, Japanese and
 * Korean bigrams. No Node or DOM imports.
 */
import lunr from 'lunr';

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
export function trimmed(text: string, token: Token): { start: number; end: number } {
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
export function prefixable(word: string): boolean {
  const prefix = prefixOf(word);
  return prefix.length >= 2 || (prefix.length === 1 && CJK.test(prefix));
}

/** The lowercase, trimmed form of a word being typed, for prefix matching (not stemmed). */
export function prefixOf(word: string): string {
  return word.toLowerCase().replace(EDGE, '');
}
