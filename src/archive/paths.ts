/**
 * Deterministic places: the same entry always lands at the same file and the same URL.
 * `content/<source>/<yyyy>/<mm>/<dd>-<slug>.md`, served at `<yyyy>/<mm>/<dd>/<slug>.html`.
 */
import { hash } from 'node:crypto';
import path from 'node:path';

import slugifyText from '@sindresorhus/slugify';

/** Longest slug, in characters; long titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

const PLAIN_WORDS = /^[a-z\d]+(?: [a-z\d]+)*$/;

/** A URL- and file-system-safe slug; empty when the text has no transliterable letters. */
export function slugify(text: string): string {
  const cut = text.normalize('NFC').slice(0, 400);
  // Lowercase words of letters and digits joined by single spaces are their own slug, as the
  // library makes it; its transliteration and passes cost ~10 µs, 1 s of 100,000 such tweets.
  const slug = PLAIN_WORDS.test(cut) ? cut.replaceAll(' ', '-') : slugifyText(cut);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const start = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = start.lastIndexOf('-');
  return (boundary > 20 ? start.slice(0, boundary) : start.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    '',
  );
}

/** A slug for an entry: from its title or first words, else a short hash of its id. */
export function entrySlug(id: string, title: string | undefined, body = ''): string {
  const words = (title ?? body.replace(/[#*_`>[\]()!]|https?:\/\/\S+/g, ' '))
    .split(/\s+/)
    .slice(0, 8);
  return slugify(words.join(' ')) || shortHash(id);
}

export function shortHash(text: string, length = 8): string {
  // The one-shot hash: a tenth of createHash's time on short texts (an import asks 200,000 times).
  return hash('sha256', text, 'hex').slice(0, length);
}

/** Slugs by name: the same tag, person, source and place names recur thousands of times. */
const nameSlugs = new Map<string, string>();

/** The URL slug of a name (a tag, person, source, place or country), or its hash when it has none. */
export function nameSlug(name: string): string {
  let slug = nameSlugs.get(name);
  if (slug === undefined) {
    slug = slugify(name) || shortHash(name);
    if (nameSlugs.size >= 100_000) nameSlugs.clear();
    nameSlugs.set(name, slug);
  }
  return slug;
}

/** `<source>/<yyyy>/<mm>/<dd>-<slug>.md`, relative to the archive folder, with `/` separators. */
export function entryFilePath(source: string, date: string, slug: string): string {
  const [year, month, day] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  return `${source}/${year}/${month}/${day}-${slug}.md`;
}

/** The slug part of an entry file name: `01-morning-walk.md` → `morning-walk`. */
export function slugFromFile(file: string): string {
  const base = path.basename(file, '.md').replace(/^\d{2}-/, '');
  // Files written by inhale already have slug names; only hand-named files need slugify.
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base) && base.length <= MAX_SLUG_LENGTH) return base;
  return slugify(base) || shortHash(file);
}

/** True when `target` is `root` itself or inside it; compares whole path segments. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}
