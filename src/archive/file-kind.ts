/**
 * A media file's type decided from its bytes (magic numbers, by `file-type`), never from the name
 * or the Content-Type a sender gave it. Only types the site renders inertly are media: raster
 * images (sharp re-encodes them) and sounds and videos (ffmpeg remuxes them). Everything else is
 * a file, offered as a download under an extension that no browser runs: a known inert
 * document's own (`.pdf`) or `.bin`, never `.html`, `.svg`, `.xml` or `.js` (issue 15).
 */
import { open } from 'node:fs/promises';

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';

export type FileKind = 'image' | 'video' | 'audio' | 'file';

/** What a file's bytes say it is, and the extension (no dot) it may be stored and published under. */
export interface SniffedFile {
  kind: FileKind;
  extension: string;
}

/** Bytes read to decide a file's type; enough for file-type's containers (MP4 boxes, EBML, zip). */
export const SNIFF_BYTES = 64 * 1024;

/** file-type's extensions of each publishable kind. */
const KINDS: Record<Exclude<FileKind, 'file'>, ReadonlySet<string>> = {
  image: new Set(['jpg', 'png', 'gif', 'webp', 'avif', 'heic', 'tif']),
  video: new Set(['mp4', 'm4v', 'mov', 'webm', 'mkv', 'avi', '3gp', '3g2', 'ogv', 'mpg', 'mts']),
  audio: new Set(['mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'flac', 'amr']),
};

/** Documents and archives no browser renders as a page: kept under their own extension. */
const INERT_FILES = new Set(
  ['pdf', 'zip', 'gz', 'bz2', 'xz', '7z', 'rar', 'tar', 'epub'].concat([
    'docx',
    'xlsx',
    'pptx',
    'odt',
    'ods',
    'odp',
    'cfb',
  ]),
);

/** Names each kind is known by, so a `.jpeg` stays `.jpeg` and a `.mov` stays `.mov`. */
const KNOWN_NAMES: Record<Exclude<FileKind, 'file'>, RegExp> = {
  image: /^(jpe?g|png|webp|gif|avif|tiff?|heic|heif)$/,
  video: /^(mp4|m4v|mov|webm|ogv|mkv|avi|3gp)$/,
  audio: /^(mp3|m4a|aac|ogg|oga|opus|wav|flac)$/,
};

/** The kind and safe extension of a file whose first bytes (at least SNIFF_BYTES, or all) these are. */
export async function sniffBytes(head: Uint8Array): Promise<SniffedFile> {
  if (isTrackGeoJson(head)) return GEOJSON;
  return kindOf((await fileTypeFromBuffer(head).catch(() => undefined))?.ext);
}

/** sniffBytes of a file on disk, reading only the bytes its format's signature needs. */
export async function sniffFile(file: string): Promise<SniffedFile> {
  const found = (await fileTypeFromFile(file))?.ext;
  if (found === undefined && isTrackGeoJson(await headOf(file, GEOJSON_START.length)))
    return GEOJSON;
  return kindOf(found);
}

/**
 * A track's GeoJSON as the importers write it (src/import/track-data.ts): text starting with
 * `{"type":"Feature`, kept as an inert `.geojson` download (served as JSON, never run or
 * rendered as a page), not a `.bin`.
 */
const GEOJSON_START = '{"type":"Feature';
const GEOJSON: SniffedFile = { kind: 'file', extension: 'geojson' };

function isTrackGeoJson(head: Uint8Array): boolean {
  if (head.length < GEOJSON_START.length) return false;
  for (let index = 0; index < GEOJSON_START.length; index++)
    if (head[index] !== GEOJSON_START.charCodeAt(index)) return false;
  return true;
}

async function headOf(file: string, length: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function kindOf(found: string | undefined): SniffedFile {
  for (const kind of ['image', 'video', 'audio'] as const)
    if (found && KINDS[kind].has(found)) return { kind, extension: found };
  return { kind: 'file', extension: found && INERT_FILES.has(found) ? found : 'bin' };
}

/**
 * The extension (no dot) to store or publish a file under: the name's own when it is a name of
 * the kind the bytes are (so existing names stay), else the one its bytes give.
 */
export function safeExtension(name: string, sniffed: SniffedFile): string {
  const own = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return sniffed.kind !== 'file' && KNOWN_NAMES[sniffed.kind].test(own) ? own : sniffed.extension;
}
