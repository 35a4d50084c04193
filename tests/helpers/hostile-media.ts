/** Files that claim to be what they are not, and a site scan for what must never be published. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';
import { filesIn } from './paths.ts';

export const HTML_BYTES = '<!doctype html><html><body><script>alert(document.cookie)</script>';
export const SVG_BYTES =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
export const XML_BYTES = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>';
export const JS_BYTES = 'fetch("/").then((page) => page.text()).then(steal);';
export const PDF_BYTES = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

/** A real 8×8 JPEG. */
export const jpegBytes = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#c84' } })
    .jpeg()
    .toBuffer();

/** Extensions a browser runs or renders as a document in the site's origin. */
export const ACTIVE_EXTENSIONS = /\.(html?|xhtml|svg|xml|js|mjs)$/i;

/**
 * Every published file under media/ and downloads/ with an active extension, and every page
 * link or source that points into them inline (a download link must carry `download`).
 */
export async function activeMedia(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of ['media', 'downloads']) {
    const files = await filesIn(path.join(out, folder));
    found.push(
      ...files.filter((file) => ACTIVE_EXTENSIONS.test(file)).map((file) => `${folder}/${file}`),
    );
  }
  const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const text = await readFile(path.join(out, page), 'utf8');
    for (const [tag] of text.matchAll(
      /<[a-z]+\s[^>]*(?:src|href)="[^"]*(?:media|downloads)\/[^"]*"[^>]*>/g,
    )) {
      if (/(?:media|downloads)\/[^"]*\.(html?|xhtml|svg|xml|js|mjs)"/i.test(tag))
        found.push(`${page}: ${tag}`);
      if (/downloads\//.test(tag) && !/^<a\s[^>]*\bdownload\b/.test(tag))
        found.push(`${page}: ${tag}`);
    }
  }
  return found;
}
