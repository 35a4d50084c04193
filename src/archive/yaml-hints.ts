/**
 * The fix for the YAML mistakes people make in front matter by hand, from the parser's error
 * code and the text around it: an unquoted `: ` in a title, a tab, an unclosed quote, an
 * apostrophe inside single quotes, a value starting with `@` or a backtick, a field twice.
 */

/** `key: value` on one line, the key a plain word. */
const FIELD = /^(\s*)([A-Za-z0-9_-]+):[ \t]+(.*)$/;

const doubleQuoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * How to fix the error `code` reported at `line` of `text` (lines counted from 1, as the
 * parser counts them), or undefined when there is no sure advice.
 */
export function yamlHint(code: string | undefined, text: string, line: number): string | undefined {
  const lines = text.split('\n');
  const at = lines[line - 1] ?? '';
  const field = FIELD.exec(at);
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (field && /:\s/.test(field[3]!))
        return `a value holding ": " needs quotes: ${field[2]}: ${doubleQuoted(field[3]!.trim())}`;
      return undefined;
    case 'MULTILINE_IMPLICIT_KEY':
      return 'each field is written name: value, with a colon and a space, one per line';
    case 'TAB_AS_INDENT':
      return 'indent with spaces: YAML does not allow a tab there';
    case 'MISSING_CHAR': {
      // The quote was opened on an earlier line than the one where the parser gave up.
      for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
        const opened = FIELD.exec(lines[index] ?? '');
        const value = opened?.[3]?.trim() ?? '';
        if (/^["']/.test(value)) {
          const quote = value[0]!;
          const inner = value.slice(1).replace(new RegExp(`${quote}$`), '');
          return `close the quote opened on line ${index + 1}: ${opened![2]}: ${doubleQuoted(quote === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"'))}`;
        }
      }
      return 'close the quote: a quoted value ends with the same quote it starts with';
    }
    case 'UNEXPECTED_TOKEN':
      if (field && /^'.*'.*$/.test(field[3]!.trim()))
        return `inside single quotes an apostrophe is written twice, or use double quotes: ${field[2]}: ${doubleQuoted(field[3]!.trim().slice(1).replace(/'$/, ''))}`;
      if (field && /^-\s/.test(field[3]!))
        return `quote a value that starts with "- ": ${field[2]}: ${doubleQuoted(field[3]!.trim())}`;
      return undefined;
    case 'BAD_SCALAR_START':
      if (field)
        return `quote a value that starts with ${field[3]!.trim()[0]}: ${field[2]}: ${doubleQuoted(field[3]!.trim())}`;
      return undefined;
    case 'DUPLICATE_KEY':
      return field
        ? `${field[2]} is given twice; keep one of them`
        : 'a field is given twice; keep one';
    case 'BAD_INDENT':
      if (lines.slice(0, line).some((previous) => /\[[^\]]*$/.test(previous)))
        return 'close the list with ]: tags: [walking, friends]';
      return undefined;
    default:
      return undefined;
  }
}
