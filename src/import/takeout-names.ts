/**
 * How Google Takeout names a photo's JSON sidecar, and which sidecar belongs to a media file.
 * The sidecar is `<name>.json` (older exports) or `<name>.supplemental-metadata.json` (since
 * 2024); the part before `.json` is cut to 46 characters, so any prefix of
 * `.supplemental-metadata` may be left (`.supp.json`, `.s.json`, `..json`) and a long name loses
 * its end. A duplicate's counter moves from before the extension to just before `.json`
 * (`IMG_1(1).jpg` ↔ `IMG_1.jpg(1).json`, `IMG_1.jpg.supplemental-metadata(1).json`). An edited
 * copy (`IMG_1-edited.jpg`) has no sidecar of its own. Sources: ente PR #4956,
 * GooglePhotosTakeoutHelper #448/#449, immich-go `adapters/googlePhotos/matchers.go`.
 */
import path from 'node:path';

const SUFFIX = '.supplemental-metadata';
/** Takeout cuts the name before `.json` to this many characters. */
const CUT = 46;
/** "-edited" in the languages Takeout writes it in. */
const EDITED =
  /-(edited|bearbeitet|modifié|editado|modificato|bewerkt|redigerad|redigeret|redigert|muokattu|edytowane)$/iu;

/** A sidecar's name without `.json`, and the duplicate counter Takeout moved to its end. */
export interface SidecarName {
  stem: string;
  counter: string;
}

/** A name a media file's sidecar may have been made from. */
export interface MediaName {
  plain: string;
  counter: string;
  /** True when this is the name of the original an edited copy was made from. */
  isEdited: boolean;
}

/** `IMG_1.jpg.supp(1).json` → `{ stem: 'IMG_1.jpg.supp', counter: '1' }`; undefined if not JSON. */
export function parseSidecarName(name: string): SidecarName | undefined {
  const match = /^(.*?)(?:\((\d+)\))?\.json$/i.exec(name.normalize('NFC'));
  if (!match?.[1]) return undefined;
  return { stem: match[1], counter: match[2] ?? '' };
}

/** The names to try for a media file, in order: itself, without its `(n)`, its original's. */
export function mediaNames(name: string): MediaName[] {
  const plain = name.normalize('NFC');
  const names: MediaName[] = [{ plain, counter: '', isEdited: false }];
  const counted = /^(.*)\((\d+)\)(\.[^.]*)$/.exec(plain);
  if (counted)
    names.push({ plain: counted[1]! + counted[3]!, counter: counted[2]!, isEdited: false });
  for (const item of [...names]) {
    const extension = path.posix.extname(item.plain);
    const stem = item.plain.slice(0, item.plain.length - extension.length);
    if (EDITED.test(stem))
      names.push({ ...item, plain: stem.replace(EDITED, '') + extension, isEdited: true });
  }
  return names;
}

/** True when Takeout would have named `media`'s sidecar `sidecar`. */
export function isSidecarOf(sidecar: SidecarName, media: MediaName): boolean {
  if (sidecar.counter !== media.counter) return false;
  if (!(media.plain + SUFFIX).startsWith(sidecar.stem)) return false;
  // Shorter than the media's own name only when Takeout cut it.
  return sidecar.stem.length >= media.plain.length || [...sidecar.stem].length >= CUT;
}

/** Leading characters a sidecar shares with its media's name, to look it up quickly. */
const KEY = 12;
const keyOf = (counter: string, text: string) =>
  `${counter}\u0000${[...text].slice(0, KEY).join('')}`;

/** The JSON files of one folder, by the name Takeout made them from. */
export class SidecarIndex {
  private readonly buckets = new Map<string, [string, SidecarName][]>();
  private readonly all: [string, SidecarName][] = [];

  constructor(files: Iterable<[string, SidecarName]>) {
    for (const entry of files) {
      const key = keyOf(entry[1].counter, entry[1].stem);
      (this.buckets.get(key) ?? this.buckets.set(key, []).get(key)!).push(entry);
      this.all.push(entry);
    }
  }

  /**
   * The sidecar of a media file: the longest that fits the first of its names that has one.
   * `isEdited` says the media is an edited copy using its original's sidecar.
   */
  find(media: string): { file: string; isEdited: boolean } | undefined {
    for (const name of mediaNames(media)) {
      // A sidecar starts with its media's first characters; short names need the full list.
      const candidates =
        [...name.plain].length >= KEY
          ? (this.buckets.get(keyOf(name.counter, name.plain)) ?? [])
          : this.all;
      let best: [string, SidecarName] | undefined;
      for (const entry of candidates)
        if (isSidecarOf(entry[1], name) && (!best || entry[1].stem.length > best[1].stem.length))
          best = entry;
      if (best) return { file: best[0], isEdited: name.isEdited };
    }
    return undefined;
  }
}

/** `IMG_1-edited.jpg` → `IMG_1`: what an edited copy or a live photo's video shares. */
export function sharedStem(media: string): string {
  const name = media.normalize('NFC');
  return name.slice(0, name.length - path.posix.extname(name).length).replace(EDITED, '');
}

/** `dir/IMG_1-edited.jpg` → `IMG_1.jpg`: the name of the original an edited copy was made from. */
export function originalName(media: string): string {
  const name = path.posix.basename(media).normalize('NFC');
  return sharedStem(name) + path.posix.extname(name);
}
