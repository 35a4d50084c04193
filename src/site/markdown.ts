/**
 * Markdown → HTML for entry bodies. Raw HTML is escaped (html: false), bodies never pass through
 * a template language, links to other hosts get rel="noreferrer", and remote images become
 * plain links so that opening a page never loads anything from another host.
 */
import path from 'node:path';

import MarkdownIt from 'markdown-it';

import { ROOT_MARKER } from '../shared/entry-types.ts';
import { emojiImage } from '../shared/emoji-image.ts';
import { mediaUrl } from '../shared/media-urls.ts';

export interface MarkdownEnv {
  /** The entry file, relative to the archive, for resolving relative image paths. */
  file: string;
  /** Archive-relative paths of local images the body uses (filled in while rendering). */
  images: string[];
  /** Custom emoji the entry has images of: `:shortcode:` → the image's archive path. */
  emoji?: ReadonlyMap<string, string>;
}

// No typographer: its quote and symbol replacements cost a fifth of the parse for little gain.
const markdown = new MarkdownIt({ html: false, linkify: true });

// Imported text keeps its line breaks as `\` at a line's end; a URL ending a line would take
// that backslash into its link (`https://example.org/a%5C`). Give it back to the line break.
markdown.core.ruler.push('linkify_before_hard_break', (state) => {
  for (const block of state.tokens) {
    const children = block.type === 'inline' ? (block.children ?? []) : [];
    children.forEach((token, index) => {
      const text = children[index + 1];
      const href = token.type === 'link_open' ? String(token.attrGet('href') ?? '') : '';
      if (token.markup !== 'linkify' || !href.endsWith('%5C') || text?.type !== 'text') return;
      if (!text.content.endsWith('\\')) return;
      token.attrSet('href', href.slice(0, -3));
      text.content = text.content.slice(0, -1);
      const next = children[index + 3];
      if (children[index + 2]?.type === 'link_close' && next?.type === 'softbreak')
        next.type = 'hardbreak';
    });
  }
});

const isRemote = (url: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const href = String(token?.attrGet('href') ?? '');
  if (token && /^https?:|^\/\//i.test(href)) token.attrSet('rel', 'noreferrer');
  return defaultLinkOpen(tokens, index, options, env, self);
};

/**
 * A table column's alignment as a class (`align-right`), not markdown-it's `style` attribute:
 * the pages' Content-Security-Policy allows no inline style.
 */
for (const rule of ['th_open', 'td_open'] as const)
  markdown.renderer.rules[rule] = (tokens, index, options, _env, self) => {
    const token = tokens[index]!;
    const style = token.attrGet('style');
    const align = style && /^text-align:(left|right|center)$/.exec(String(style))?.[1];
    if (style) token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    if (align) token.attrJoin('class', `align-${align}`);
    return self.renderToken(tokens, index, options);
  };

const defaultText = markdown.renderer.rules.text!;

/**
 * A `:shortcode:` the entry has an emoji image of becomes that image, sized to the text by the
 * stylesheet (`img.emoji`); the plain text (summaries, search) keeps the shortcode.
 */
markdown.renderer.rules.text = (tokens, index, options, env, self) => {
  const rendered = defaultText(tokens, index, options, env, self);
  const emoji = (env as unknown as MarkdownEnv).emoji;
  if (!emoji) return rendered;
  return rendered.replace(/:[A-Za-z0-9_]+:/g, (code) => {
    const file = emoji.get(code);
    return file ? emojiImage(code, file) : code;
  });
};

markdown.renderer.rules.image = (tokens, index, _options, env) => {
  const { file, images } = env as unknown as MarkdownEnv;
  const token = tokens[index];
  const src = String(token?.attrGet('src') ?? '');
  const alt = markdown.utils.escapeHtml(token?.content ?? '');
  if (isRemote(src)) {
    // A remote image would be a request to another host (and often a tracker): link it instead.
    const href = /^https?:/i.test(src) ? markdown.utils.escapeHtml(src) : '#';
    return `<a class="remote-image" href="${href}" rel="noreferrer">${alt || 'image'} (remote image, not loaded)</a>`;
  }
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(src)));
  if (relative.startsWith('..')) return `<span class="missing-image">${alt}</span>`;
  images.push(relative);
  return `<img src="${ROOT_MARKER}${mediaUrl(relative, 'large', 'jpeg')}" alt="${alt}" loading="lazy" decoding="async">`;
};

/** Renders a body and extracts its plain text (for summaries and search) from the same parse. */
export function renderMarkdown(body: string, env: MarkdownEnv): { html: string; text: string } {
  const state = env as unknown as Record<string, unknown>;
  const tokens = markdown.parse(body, state);
  const text: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children) {
      if (child.type === 'text' || child.type === 'code_inline') text.push(child.content);
      else if (child.type === 'image') text.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') text.push(' ');
    }
    text.push(' ');
  }
  return {
    html: markdown.renderer.render(tokens, markdown.options, state),
    text: text.join('').replace(/\s+/g, ' ').trim(),
  };
}
