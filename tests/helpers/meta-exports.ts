/** Synthetic Facebook and Instagram exports, written the way Meta writes them. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { syntheticMedia } from './media-bytes.ts';
import { temporaryFolder } from './paths.ts';
import { makeZip } from './zip.ts';

/** What Meta does to text: each UTF-8 byte becomes the code point of the same number. */
export const mangle = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** JSON as Meta writes it: every string mangled, everything beyond ASCII as a \u escape. */
export function metaJson(value: unknown): string {
  const mangled = JSON.stringify(
    value,
    (_key, item: unknown) => (typeof item === 'string' ? mangle(item) : item),
    2,
  );
  return mangled.replace(
    /[\u0080-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export type ExportFiles = Record<string, string | Buffer>;

/** Writes the files into a fresh folder and returns it. */
export async function exportFolder(files: ExportFiles): Promise<string> {
  const folder = path.join(temporaryFolder(), 'export');
  for (const [name, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), data);
  }
  return folder;
}

/** The same files as a zip, each under `prefix` (the folder Meta's zips open into). */
export async function exportZip(files: ExportFiles, prefix = ''): Promise<string> {
  const file = path.join(temporaryFolder(), 'export.zip');
  await writeFile(
    file,
    makeZip(
      Object.entries(files).map(([name, data]) => ({ name: prefix + name, data, deflate: true })),
    ),
  );
  return file;
}

/** A few distinct bytes standing in for a photo or video (the writer copies, never decodes). */
/** A synthetic photo (JPEG magic), or a video with `'mp4'`. */
export const fakeMedia = (label: string, format: 'jpg' | 'mp4' = 'jpg'): Buffer =>
  syntheticMedia(format, label);
