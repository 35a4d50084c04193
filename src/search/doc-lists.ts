/**
 * Sorted lists of document numbers as short text, for the facet files (#22): each number minus
 * the previous one and 1 (the first as it is), written in base 32, most significant digit first, the
 * last digit of a number from one alphabet and the others from a second, so a gap under 32 is one
 * character and a gap under 1,024 two. Text rather than base64 bytes: gzip packs it better, and a
 * script file can hold it as a string. No Node or DOM imports.
 */

/** The last digit of a number. */
const FINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
/** The digits before it. */
const LEADING = 'WXYZabcdefghijklmnopqrstuvwxyz$%';

const DIGIT = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 32; digit++) {
  DIGIT[FINAL.charCodeAt(digit)] = digit;
  DIGIT[LEADING.charCodeAt(digit)] = 32 + digit;
}

/** One non-negative integer, appended to `out`. */
function pushNumber(out: string[], value: number): void {
  let digits = FINAL[value % 32]!;
  for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32))
    digits = LEADING[rest % 32]! + digits;
  out.push(digits);
}

/** Non-negative integers as text (each any size up to 2^53). */
export function encodeNumbers(values: Iterable<number>): string {
  const out: string[] = [];
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`Expected a non-negative integer, got ${value}`);
    pushNumber(out, value);
  }
  return out.join('');
}

/** The integers of `encodeNumbers`. */
export function decodeNumbers(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let open = false;
  for (let at = 0; at < text.length; at++) {
    const digit = DIGIT[text.charCodeAt(at)] ?? -1;
    if (digit < 0) throw new SyntaxError(`Unexpected ${JSON.stringify(text[at])} at ${at}`);
    if (digit >= 32) {
      value = value * 32 + digit - 32;
      open = true;
    } else {
      values.push(value * 32 + digit);
      value = 0;
      open = false;
    }
  }
  if (open) throw new SyntaxError('The text ends inside a number');
  return values;
}

/** Document numbers in increasing order, as text: each minus the previous one. */
export function encodeDocList(docs: readonly number[]): string {
  let previous = 0;
  return encodeNumbers(
    docs.map((doc, index) => {
      if (index > 0 && doc <= previous)
        throw new RangeError(`Expected increasing document numbers, got ${doc} after ${previous}`);
      // The numbers differ by one at least: a gap of 1 to 32 is one character.
      const gap = index === 0 ? doc : doc - previous - 1;
      previous = doc;
      return gap;
    }),
  );
}

/** The document numbers of `encodeDocList`. */
export function decodeDocList(text: string): number[] {
  let doc = 0;
  return decodeNumbers(text).map((gap, index) => (doc = index === 0 ? gap : doc + gap + 1));
}
