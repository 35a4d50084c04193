/**
 * Imported HTML (Mastodon posts, feed items) becomes Markdown: first sanitized to a small
 * allow-list (no scripts, styles, forms, frames, event handlers or remote images), then turned
 * into Markdown so the archive stays readable plain text. The site renders it with raw HTML off.
 */
import { decodeHTML } from 'entities';
import { LinkifyIt } from 'linkify-it';
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
// A bare URL in a text node is written as an autolink (`<https://…>`), whose text Markdown never
// unescapes: escaped, `https://example.org/a_b` would become `…/a\_b` and link to `…/a%5C_b`.
const escapeText = turndown.escape.bind(turndown);
turndown.escape = (text: string) => withAutolinks(text, escapeText);
// Inside a link's text a URL is only text: an autolink there would break the link around it.
turndown.addRule('link', {
  filter: (node) => node.nodeName === 'A' && Boolean(node.getAttribute('href')),
  replacement: (content, node) => {
    const href = (node as HTMLElement).getAttribute('href')!;
    // A link cannot hold a link (a remote image inside it is one): it follows the link instead.
    const inner: string[] = [];
    const text = content
      .replace(AUTOLINK, (_match, url: string) => escapeText(url))
      .replace(INNER_LINK, (_match, label: string, url: string) => {
        if (url !== href) inner.push(`[${label}](${url})`);
        return label;
      });
    const after = inner.length > 0 ? ` (${inner.join(', ')})` : '';
    if (text === escapeText(href) && isAutolinkable(href)) return `<${href}>${after}`;
    const destination = href.replace(/([<>()])/g, '\\$1');
    return `[${text}](${/\s/.test(destination) ? `<${destination}>` : destination})${after}`;
  },
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

/** Escapes Markdown's markup characters, so plain text reads as itself; its URLs stay links. */
export const escapeMarkup = (text: string): string =>
  withAutolinks(text, (part) => part.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`));

/** A link's label escaped as text: no autolink inside it (a link holds no link). */
export const escapeLabel = (label: string): string =>
  label.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`);

/** A Markdown link `[label](url)`: the label escaped as text, the URL whole. */
export function markdownLink(label: string, url: string): string {
  const text = escapeLabel(label);
  const destination = url.replace(/([<>()\\])/g, '\\$1');
  return `[${text}](${/\s/.test(destination) ? `<${destination}>` : destination})`;
}

/** The URLs the site's Markdown would link (markdown-it's own finder), without fuzzy guesses. */
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
const AUTOLINK = /<(https?:\/\/[^\s<>]+)>/g;
/** A Markdown link `[label](url)` as the rules above write them. */
const INNER_LINK = /\[((?:[^[\]\\]|\\.)*)\]\(((?:[^()\\\s]|\\.)+)\)/g;
const isAutolinkable = (url: string) => /^https?:\/\/[^\s<>\\]+$/i.test(url);

/**
 * Text with each http(s) URL written as an autolink, `<https://…>`, and the rest escaped: an
 * autolink's text is never unescaped, so a URL with `_` or one that ends a line stays whole.
 */
export function withAutolinks(text: string, escape: (part: string) => string): string {
  const matches = (linkify.match(text) ?? []).filter(
    (match) => /^https?:$/i.test(match.schema) && isAutolinkable(match.raw),
  );
  if (matches.length === 0) return escape(text);
  let markdown = '';
  let last = 0;
  for (const match of matches) {
    markdown += `${escape(text.slice(last, match.index))}<${match.raw}>`;
    last = match.lastIndex;
  }
  return markdown + escape(text.slice(last));
}

/** Plain text (a tweet, a mail) as Markdown that renders as written: markup escaped, line breaks kept. */
export function plainTextToMarkdown(text: string): string {
  return escapeMarkup(text)
    .replace(/^([#>+-]|\d+\.)(?=\s)/gm, (marker) => `\\${marker}`)
    .replace(/\n/g, '\\\n');
}
