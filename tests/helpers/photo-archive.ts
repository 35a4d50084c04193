/** A small archive of photo entries, several photos each, of several shapes, over a few months. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

import { newArchive } from './archives.ts';

/** Width × height of the photos, in turn: landscape, portrait, square, panorama, 16:9. */
export const SHAPES: [number, number][] = [
  [900, 600],
  [600, 900],
  [700, 700],
  [1500, 500],
  [960, 540],
];
const COLOURS = ['#8a3b2f', '#2f6a8a', '#4f8a2f', '#8a7a2f', '#5a2f8a', '#2f8a7a', '#8a2f5a'];

export interface PhotoEntry {
  id: string;
  /** Site-root-relative URL of its page. */
  url: string;
  date: string;
  title: string;
  /** Alt text of each photo, in order. */
  alts: string[];
}

/**
 * `entries` entries of `perEntry` photos each, spread over `months` months of 2021 (one entry
 * every few days, oldest first); each photo's alt text says which entry and which photo it is.
 */
export async function photoArchive(
  entries: number,
  perEntry: number,
  months = 2,
): Promise<{ archive: string; entries: PhotoEntry[] }> {
  const archive = await newArchive();
  const made: PhotoEntry[] = [];
  let shape = 0;
  for (let index = 0; index < entries; index++) {
    const month = String(1 + Math.floor((index * months) / entries)).padStart(2, '0');
    const day = String(1 + ((index * 3) % 27)).padStart(2, '0');
    const folder = path.join(archive, 'photos', '2021', month);
    await mkdir(folder, { recursive: true });
    const alts: string[] = [];
    const media: string[] = [];
    for (let photo = 0; photo < perEntry; photo++) {
      const [width, height] = SHAPES[shape++ % SHAPES.length]!;
      const name = `e${index}-p${photo}.jpg`;
      await sharp({
        create: {
          width,
          height,
          channels: 3,
          background: COLOURS[(index + photo) % COLOURS.length]!,
        },
      })
        .jpeg()
        .toFile(path.join(folder, name));
      alts.push(`Photo ${photo + 1} of walk ${index + 1}`);
      media.push(`  - path: ${name}\n    alt: ${alts[photo]}`);
    }
    const slug = `walk-${index + 1}`;
    const date = `2021-${month}-${day}T${String(8 + (index % 10)).padStart(2, '0')}:00:00Z`;
    const title = `Walk ${index + 1}`;
    await writeFile(
      path.join(folder, `${day}-${slug}.md`),
      `---\nid: photos:${index}\nsource: photos\nkind: photo\ndate: ${date}\ntitle: ${title}\nmedia:\n${media.join('\n')}\n---\nA walk.\n`,
    );
    made.push({
      id: `photos:${index}`,
      url: `2021/${month}/${day}/${slug}.html`,
      date,
      title,
      alts,
    });
  }
  return { archive, entries: made };
}
