/**
 * A custom emoji's `<img>` in a body, sized to the text by the stylesheet (`img.emoji`); its
 * small WebP keeps the image's transparency. layouts/media.ts's bodyHtml finds it by this exact
 * text to put its shortcode back when the image was not published.
 */
import { ROOT_MARKER } from './entry-types.ts';
import { mediaUrl } from './media-urls.ts';

export function emojiImage(code: string, archivePath: string): string {
  return `<img class="emoji" src="${ROOT_MARKER}${mediaUrl(archivePath, 'small')}" alt="${code}" title="${code}">`;
}
