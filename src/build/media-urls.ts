/** Where a media file of the archive is published. Derived from its path alone, so cached HTML stays valid. */
import { createHash } from 'node:crypto';

/** Widths published for every image. @default small 480, large 1600 */
export const IMAGE_WIDTHS = { small: 480, large: 1600 } as const;
export type ImageSize = keyof typeof IMAGE_WIDTHS;

/** Every image is published as WebP, with a JPEG for browsers without WebP. */
export const IMAGE_FORMATS = { webp: 'webp', jpeg: 'jpg' } as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** `media/<hash>-large.webp`, relative to the site root; the hash hides the original name. */
export function mediaUrl(
  archivePath: string,
  size: ImageSize,
  format: ImageFormat = 'webp',
): string {
  const hash = createHash('sha256').update(archivePath).digest('hex').slice(0, 20);
  return `media/${hash}-${size}.${IMAGE_FORMATS[format]}`;
}
