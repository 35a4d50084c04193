/**
 * A Bluesky post's text with its facets as Markdown: links as links, mentions as `@handle`
 * (and a person), `#tags` as tags. Facets index the text in UTF-8 BYTES (app.bsky.richtext.facet),
 * not in JavaScript's UTF-16 units, so an emoji before a link moves it by 4, not 2; the posts of
 * 2022–2023 used `entities` instead, indexed in UTF-16 units. A facet that is out of range,
 * overlaps another or cuts a character is left out, and its text stays plain.
 */
import { markdownLink, plainTextToMarkdown } from './html.ts';

export interface RichText {
  markdown: string;
  /** Mentioned handles, `@ana.bsky.social`. */
  people: string[];
  tags: string[];
}

interface Span {
  start: number;
  end: number;
  link?: string;
  mention?: boolean;
  tag?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/** A facet's features as a span (byte offsets); undefined when it has none inhale shows. */
function facetSpan(facet: unknown): Span | undefined {
  if (!isObject(facet) || !isObject(facet.index)) return undefined;
  const start = numberOf(facet.index.byteStart);
  const end = numberOf(facet.index.byteEnd);
  if (start === undefined || end === undefined || end <= start) return undefined;
  const span: Span = { start, end };
  for (const feature of Array.isArray(facet.features) ? facet.features : []) {
    if (!isObject(feature)) continue;
    if (feature.$type === 'app.bsky.richtext.facet#link' && typeof feature.uri === 'string')
      span.link = feature.uri;
    else if (feature.$type === 'app.bsky.richtext.facet#mention') span.mention = true;
    else if (feature.$type === 'app.bsky.richtext.facet#tag' && typeof feature.tag === 'string')
      span.tag = feature.tag;
  }
  return span.link || span.mention || span.tag ? span : undefined;
}

/** A legacy entity (`{type, index: {start, end}, value}`, UTF-16 units) as a span in bytes. */
function entitySpan(entity: unknown, text: string): Span | undefined {
  if (!isObject(entity) || !isObject(entity.index)) return undefined;
  const start = numberOf(entity.index.start);
  const end = numberOf(entity.index.end);
  if (start === undefined || end === undefined || end <= start || end > text.length)
    return undefined;
  const bytes = (units: number) => new TextEncoder().encode(text.slice(0, units)).length;
  const span: Span = { start: bytes(start), end: bytes(end) };
  if (entity.type === 'link' && typeof entity.value === 'string') span.link = entity.value;
  else if (entity.type === 'mention') span.mention = true;
  else return undefined;
  return span;
}

/** Whether `offset` falls between two characters of the UTF-8 bytes (not inside one). */
const onBoundary = (bytes: Uint8Array, offset: number) =>
  offset === bytes.length || ((bytes[offset] ?? 0) & 0xc0) !== 0x80;

/** A URL as a Markdown link target: only http(s), with what would end the target escaped. */
export function linkTarget(uri: string): string | undefined {
  if (!/^https?:\/\//i.test(uri)) return undefined;
  try {
    return new URL(uri).href.replace(/[()<> ]/g, (character) => encodeURIComponent(character));
  } catch {
    return undefined;
  }
}

export function richText(text: string, facets: unknown, entities?: unknown): RichText {
  const bytes = new TextEncoder().encode(text);
  const spans = (
    Array.isArray(facets)
      ? facets.map(facetSpan)
      : Array.isArray(entities)
        ? entities.map((entity) => entitySpan(entity, text))
        : []
  )
    .filter((span): span is Span => span !== undefined)
    .filter(
      (span) =>
        span.end <= bytes.length && onBoundary(bytes, span.start) && onBoundary(bytes, span.end),
    )
    .sort((a, b) => a.start - b.start);
  const decoder = new TextDecoder();
  const slice = (start: number, end: number) => decoder.decode(bytes.subarray(start, end));
  const people: string[] = [];
  const tags: string[] = [];
  let markdown = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlaps the one before
    markdown += plainTextToMarkdown(slice(at, span.start));
    const shown = slice(span.start, span.end);
    const target = span.link ? linkTarget(span.link) : undefined;
    // The label is text: a URL shown as a link's label is not an autolink inside it.
    if (target) markdown += markdownLink(shown.replace(/\n/g, ' '), target);
    else markdown += plainTextToMarkdown(shown);
    if (span.mention && /^@\S+$/.test(shown)) people.push(shown);
    if (span.tag) tags.push(span.tag.replace(/^#/, ''));
    at = span.end;
  }
  markdown += plainTextToMarkdown(slice(at, bytes.length));
  return { markdown, people: [...new Set(people)], tags: [...new Set(tags)] };
}
