/** A tagged template for HTML: interpolated values are escaped unless they are already Html. */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most text has nothing to escape: one test, no copy.
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  const parts = compacted.get(strings) ?? compact(strings);
  let out = parts[0]!;
  for (let index = 0; index < values.length; index++)
    out += render(values[index]) + parts[index + 1]!;
  return new Html(out);
}

/**
 * Each template's own text without its source's indentation: a line break and the spaces
 * around it become one line break, which renders the same (no template holds a `<pre>`), and
 * a page of 500 cards is half the size. Done once per template, not per page.
 */
const compacted = new WeakMap<TemplateStringsArray, string[]>();

function compact(strings: TemplateStringsArray): string[] {
  const parts = strings.map((part) => part.replace(/[ \t]*\n\s*/g, '\n'));
  compacted.set(strings, parts);
  return parts;
}

/** Marks trusted, already-safe HTML (rendered Markdown) for interpolation. */
export const trusted = (value: string): Html => new Html(value);
