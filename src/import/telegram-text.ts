/**
 * A Telegram Desktop message's text as Markdown. `text` is a string, or a list of strings and
 * parts `{type, text, href?}`; `text_entities` (2020+) is always the list, so it is read first.
 * Every part's words are escaped (plainTextToMarkdown); bold, italic, code and links keep their
 * meaning; a link is only a link for http(s) and mailto. Pure.
 */
import { escapeMarkup, plainTextToMarkdown, escapeLabel } from './html.ts';

interface Part {
  type?: string;
  text?: string;
  href?: string;
}

const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** The message's text parts, from `text_entities` when it has them, else `text`. */
function partsOf(message: { text?: unknown; text_entities?: unknown }): Part[] {
  const source = Array.isArray(message.text_entities) ? message.text_entities : message.text;
  if (typeof source === 'string') return [{ type: 'plain', text: source }];
  if (!Array.isArray(source)) return [];
  return source.map((part): Part =>
    typeof part === 'string'
      ? { type: 'plain', text: part }
      : typeof part === 'object' && part !== null
        ? (part as Part)
        : {},
  );
}

/** The message's text as Markdown. */
export function markdownText(message: { text?: unknown; text_entities?: unknown }): string {
  return partsOf(message)
    .map((part) => {
      const text = typeof part.text === 'string' ? part.text : '';
      // Zero-width text (Telegram's hidden link previews) shows nothing either way.
      if (!text.replace(/[\u200b-\u200d\ufeff\s]/g, '')) {
        return part.type === 'text_link' ? '' : plainTextToMarkdown(text);
      }
      const escaped = plainTextToMarkdown(text);
      switch (part.type) {
        case 'bold':
          return `**${escaped}**`;
        case 'italic':
          return `*${escaped}*`;
        case 'strikethrough':
          return `~~${escaped}~~`;
        case 'code':
          return `\`${text.replace(/`/g, "'")}\``;
        case 'pre':
          return `\n\n\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\`\n\n`;
        case 'link':
          return SAFE_LINK.test(text)
            ? `<${text.replace(/[<>\s]/g, encodeURIComponent)}>`
            : escaped;
        case 'text_link':
          return typeof part.href === 'string' && SAFE_LINK.test(part.href)
            ? `[${escapeLabel(text)}](<${part.href.replace(/[<>\s]/g, encodeURIComponent)}>)`
            : escaped;
        default:
          return escaped;
      }
    })
    .join('')
    .trim();
}
