/**
 * What the site shows of each person in the people file, for one audience: their names, their
 * handles (addresses only in the private build) and their avatar, made small and stripped of
 * metadata. People the audience may not see are not there at all.
 */
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

import { sniffFile } from '../archive/file-kind.ts';
import { isInside } from '../archive/paths.ts';
import type { Person } from '../archive/people.ts';
import type { Visibility } from '../archive/schema.ts';
import { loadSharp } from '../shared/load-sharp.ts';

/** Pixels of an avatar's side: twice its largest display size, for sharp screens. */
export const AVATAR_SIZE = 192;

export interface PersonCard {
  name: string;
  names: string[];
  /** `[source, handle]`, in the file's order. */
  handles: [string, string][];
  /** Empty outside the private build. */
  emails: string[];
  avatar?: Avatar;
}

/**
 * A small WebP, published once as a file of its own that every page showing the person links
 * to (inline as data: URLs they were repeated on every page: the index of 100 people with
 * avatars was 1.66 MB, 24 KB with the files).
 */
export interface Avatar {
  /** Site-root-relative, named by its bytes: `people/avatar-<hash>.webp`. */
  url: string;
  bytes: Uint8Array;
}

export async function personCards(
  archiveDir: string,
  people: Person[],
  audience: Visibility,
): Promise<{ cards: PersonCard[]; warnings: string[] }> {
  const warnings: string[] = [];
  const cards = await Promise.all(
    people
      .filter((person) => person.publish.includes(audience))
      .map(async (person): Promise<PersonCard> => {
        const card: PersonCard = {
          name: person.name,
          names: person.names,
          handles: Object.entries(person.handles).flatMap(([source, handles]) =>
            handles.map((handle): [string, string] => [source, handle]),
          ),
          emails: audience === 'private' ? person.emails : [],
        };
        if (!person.avatar) return card;
        try {
          card.avatar = await avatarOf(archiveDir, person.avatar);
        } catch (error) {
          warnings.push(
            `people: ${person.name}: avatar ${person.avatar}: ${(error as Error).message}; shown without it`,
          );
        }
        return card;
      }),
  );
  return { cards, warnings };
}

/** The avatar as published; throws when it leaves the archive or is not a raster image. */
export async function avatarOf(archiveDir: string, file: string): Promise<Avatar> {
  const root = await realpath(archiveDir);
  const target = path.resolve(root, file);
  // Through links too: the file as it really is must be inside the archive.
  if (path.isAbsolute(file) || !isInside(root, target) || !isInside(root, await realpath(target)))
    throw new Error('must be a path inside the archive');
  const sniffed = await sniffFile(target);
  if (sniffed.kind !== 'image') throw new Error('is not a raster image (by its bytes)');
  const sharp = await loadSharp();
  const bytes = await sharp(target, { limitInputPixels: 100_000_000 })
    .rotate()
    .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover' })
    .webp({ quality: 80 })
    .toBuffer();
  return {
    url: `people/avatar-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.webp`,
    bytes,
  };
}
