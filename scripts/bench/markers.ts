/** Replaces the benchmark's section of docs/performance.md: the text between two marker comments. */
import { readFile, rename, writeFile } from 'node:fs/promises';

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

/** `document` with what lies between the markers replaced by `section`; the markers and the rest kept. */
export function replaceBetweenMarkers(document: string, section: string): string {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER, start + START_MARKER.length);
  if (start < 0 || end < 0)
    throw new Error(
      `Expected the markers ${START_MARKER} and ${END_MARKER}, in that order; found ${start < 0 ? 'no start marker' : 'no end marker after the start marker'}`,
    );
  return `${document.slice(0, start + START_MARKER.length)}\n${section.trim()}\n${document.slice(end)}`;
}

/** Writes `section` between the markers of `file`, through a temporary file renamed over it. */
export async function writeBetweenMarkers(file: string, section: string): Promise<void> {
  let replaced: string;
  try {
    replaced = replaceBetweenMarkers(await readFile(file, 'utf8'), section);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, replaced);
  await rename(temporary, file);
}
