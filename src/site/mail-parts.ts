/**
 * A mail's body split into what was written, what it quotes (`>` lines and the "On … wrote:"
 * line before them) and its signature (from a `-- ` line on), each rendered on its own, so the
 * page can fold the quotes and the signature as a mail client does. Works on the Markdown
 * source, line by line: imported mail keeps its lines as hard breaks (`…\` at a line's end).
 */
import type { MailPart } from '../shared/entry-types.ts';
import { renderMarkdown, type MarkdownEnv } from './markdown.ts';

type Part = MailPart['part'];

/** A line as the mail had it: no hard-break backslash, no Markdown escapes. */
const plain = (line: string) =>
  line.replace(/\\$/, '').replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');

const isQuote = (text: string) => /^\s*>/.test(text);
/** "On Tue, 3 Mar 2020, Tom <tom@example.org> wrote:", "-----Original Message-----". */
const isAttribution = (text: string) =>
  /^\s*On\b.{4,200}\bwrote:\s*$/.test(text) ||
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i.test(text);
const isSignatureStart = (text: string) => text === '-- ' || text === '--';

/** The parts of a mail body, or undefined when it has nothing to fold. */
export function mailParts(body: string, env: MarkdownEnv): MailPart[] | undefined {
  const lines = body.split('\n');
  const kinds: Part[] = [];
  let inSignature = false;
  lines.forEach((line, index) => {
    const text = plain(line);
    if (!inSignature && isSignatureStart(text)) inSignature = true;
    if (inSignature) return kinds.push('signature');
    if (isQuote(text)) return kinds.push('quote');
    // An attribution line belongs to the quote that follows it (blank lines between allowed).
    if (isAttribution(text)) {
      const next = lines.slice(index + 1).find((later) => plain(later).trim() !== '');
      if (next === undefined || isQuote(plain(next))) return kinds.push('quote');
    }
    // A blank line between two quoted lines stays in the quote.
    if (text.trim() === '' && kinds.at(-1) === 'quote') {
      const next = lines.slice(index + 1).find((later) => plain(later).trim() !== '');
      if (next !== undefined && isQuote(plain(next))) return kinds.push('quote');
    }
    kinds.push('text');
  });
  if (!kinds.some((kind) => kind !== 'text')) return undefined;
  const parts: MailPart[] = [];
  let start = 0;
  for (let index = 1; index <= lines.length; index++) {
    if (index < lines.length && kinds[index] === kinds[start]) continue;
    const source = lines
      .slice(start, index)
      .join('\n')
      // The last line of a piece ends it: its hard-break backslash would be shown.
      .replace(/(?:\s|\\(?=\s|$))+$/, '')
      .trim();
    if (source.replace(/\\/g, '').trim() !== '') {
      // Quoted lines, escaped by the importer, read as a block quote.
      const markdown = kinds[start] === 'quote' ? source.replace(/^\\>/gm, '>') : source;
      const { html } = renderMarkdown(markdown, env);
      const text = lines.slice(start, index).map(plain).join('\n').trim();
      parts.push({ part: kinds[start]!, html, text });
    }
    start = index;
  }
  return parts;
}
