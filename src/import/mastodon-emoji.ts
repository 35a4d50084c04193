/**
 * Mastodon's custom emoji. A post's `tag` list names each `:shortcode:` its text uses, with the
 * address of its image (`{type: "Emoji", name: ":blobcat:", icon: {url, mediaType}}`). Mastodon's
 * own archive holds your media, avatar and header only (app/services/backup_service.rb), never
 * the emoji's images, so they normally stay `:shortcode:` text and the report names them. An
 * export that does hold one, at the path Mastodon keeps it under (the address's path without
 * `/system/`, as the archive does for media: `custom_emojis/images/…/blobcat.png`), gives its
 * image, shown inline by the site: only a raster image by its bytes (never SVG), at most 256 KB
 * (Mastodon's own limit for an emoji).
 */
import { SNIFF_BYTES, sniffBytes } from '../archive/file-kind.ts';
import type { FileView } from './file-view.ts';
import type { ImportedMedia, ImportItem } from './types.ts';

export interface EmojiTag {
  type?: string;
  name?: string;
  icon?: { url?: string; mediaType?: string };
}

/** Mastodon's limit on a custom emoji's file. @default 256 KiB */
const MAX_EMOJI_BYTES = 256 * 1024;

const SHORTCODE = /^:[A-Za-z0-9_]+:$/;

/** Where an emoji's image would be in the export, or undefined when its address is no URL. */
export function emojiPath(url: string, root: string): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const inside = decodeURIComponent(pathname)
    .replace(/^\/+/, '')
    .replace(/^system\//, '');
  if (inside === '' || inside.split('/').some((part) => part === '..' || part === '.'))
    return undefined;
  return `${root}${inside}`;
}

/** The emoji tags of a post: a shortcode and the address of its image each. */
export function emojiTags(tags: EmojiTag[] | undefined): { name: string; url: string }[] {
  return (Array.isArray(tags) ? tags : []).flatMap((tag) =>
    tag?.type === 'Emoji' &&
    typeof tag.name === 'string' &&
    SHORTCODE.test(tag.name) &&
    typeof tag.icon?.url === 'string'
      ? [{ name: tag.name, url: tag.icon.url }]
      : [],
  );
}

/**
 * Custom emoji of the whole outbox: which shortcodes have their image in the export, and how
 * many posts use each of the others (named once each in the report, not once per post).
 */
export class OutboxEmoji {
  private readonly found = new Map<string, string | undefined>();
  private readonly missing = new Map<string, { posts: number; why: string }>();

  constructor(
    private readonly view: FileView,
    private readonly root: string,
    private readonly present: ReadonlySet<string>,
  ) {}

  /** Looks up every emoji the posts use, once per image. */
  async resolve(notes: { tag?: EmojiTag[] }[]): Promise<void> {
    for (const note of notes)
      for (const { url } of emojiTags(note.tag)) {
        const file = emojiPath(url, this.root);
        if (file && !this.found.has(file)) this.found.set(file, await this.usable(file));
      }
  }

  /** A post's emoji images as media, each named by its shortcode; a missing one is counted. */
  mediaOf(tags: EmojiTag[] | undefined, body: string): ImportedMedia[] {
    const media: ImportedMedia[] = [];
    // The Markdown may escape a shortcode's underscores (`:blob\_cat:`).
    const text = body.replaceAll('\\', '');
    for (const { name, url } of emojiTags(tags)) {
      if (!text.includes(name)) continue;
      if (media.some((item) => item.emoji === name)) continue;
      const file = emojiPath(url, this.root);
      const problem = file ? this.found.get(file) : 'its address is not a URL';
      if (file && problem === undefined) {
        media.push({ from: file, alt: name, type: 'image', emoji: name });
        continue;
      }
      const known = this.missing.get(name);
      this.missing.set(name, { posts: (known?.posts ?? 0) + 1, why: problem ?? 'not found' });
    }
    return media;
  }

  /** One warning per shortcode whose image the export lacks. */
  *warnings(): Iterable<ImportItem> {
    for (const [name, { posts, why }] of [...this.missing].sort(([a], [b]) => (a < b ? -1 : 1)))
      yield {
        type: 'warning',
        message: `custom emoji ${name} (${posts} post${posts === 1 ? '' : 's'}): ${why}; kept as the text ${name}`,
      };
  }

  /** Undefined when the file is a usable emoji image, else why it is not. */
  private async usable(file: string): Promise<string | undefined> {
    if (!this.present.has(file)) return 'its image is not in the export';
    const size = await this.view.size(file);
    if (size !== undefined && size > MAX_EMOJI_BYTES)
      return `${file} is larger than an emoji can be`;
    const bytes = await this.view.buffer(file);
    const sniffed = await sniffBytes(bytes.subarray(0, SNIFF_BYTES));
    return sniffed.kind === 'image' ? undefined : `${file} is not a raster image by its bytes`;
  }
}
