/**
 * Imported HTML (Mastodon posts, feed items) becomes Markdown: first sanitized to a small
 * allow-list (no scripts, styles, forms, frames, event handlers or remote images), then turned
 * into Markdown so the archive stays readable plain text. The site renders it with raw HTML off.
 */
import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'a',
    'em',
    'strong',
    'i',
    'b',
    'u',
    's',
    'del',
    'blockquote',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'img',
    'figure',
    'figcaption',
    'span',
    'hr',
  ],
  allowedAttributes: { a: ['href'], img: ['src', 'alt'], span: ['class'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside these is dropped along with the tag.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'title',
    'head',
    'iframe',
    'object',
    'svg',
    'math',
  ],
};

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '_',
  br: '\\',
});
// Mastodon hides the scheme and the tail of long links in spans: keep the visible text only.
turndown.addRule('invisible', {
  filter: (node) =>
    node.nodeName === 'SPAN' && /\binvisible\b/.test(node.getAttribute('class') ?? ''),
  replacement: () => '',
});
// A remote image would be a request to another host when the page opens: keep it as a link.
turndown.addRule('remote-image', {
  filter: 'img',
  replacement: (_content, node) => {
    const element = node as HTMLElement;
    const src = element.getAttribute('src') ?? '';
    const alt = (element.getAttribute('alt') ?? '').replace(/[[\]]/g, '');
    return /^https?:/i.test(src) ? `[${alt || 'image'}](${src})` : alt;
  },
});

/** Sanitized HTML (the allow-list above), for callers that keep HTML. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

/** Untrusted HTML → inert Markdown. */
export function htmlToMarkdown(html: string): string {
  const clean = sanitize(html);
  return clean.trim() === '' ? '' : turndown.turndown(clean).trim();
}

/** Untrusted HTML → plain text (titles): every tag dropped, entities decoded. */
export function htmlToText(html: string): string {
  return decodeHTML(
    sanitizeHtml(html, {
      allowedTags: [],
      allowedAttributes: {},
      nonTextTags: ALLOWED.nonTextTags,
    }),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes Markdown's markup characters, so plain text reads as itself. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`);

/** Plain text (a tweet, a mail) as Markdown that renders as written: markup escaped, line breaks kept. */
export function plainTextToMarkdown(text: string): string {
  return escapeMarkup(text)
    .replace(/^([#>+-]|\d+\.)(?=\s)/gm, (marker) => `\\${marker}`)
    .replace(/\n/g, '\\\n');
}
