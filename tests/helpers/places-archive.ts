/** A small archive with places in several countries, for the places tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { newArchive } from './archives.ts';

export interface PlaceEntry {
  slug: string;
  date: string;
  place: string;
  visibility?: 'private' | 'friends' | 'public';
  title?: string;
}

/** Coordinates of the private entry: neither they nor their rounding may appear in other builds. */
export const PRIVATE_POINT = { lat: 43.2961743, lon: 5.3699525 };

export const PLACE_ENTRIES: PlaceEntry[] = [
  {
    slug: 'cathedral',
    date: '2019-04-02T10:00:00Z',
    place: '{ lat: 48.5818, lon: 7.7509 }',
    title: 'The cathedral',
  },
  { slug: 'petite-france', date: '2021-06-12T15:00:00Z', place: '{ lat: 48.5797, lon: 7.7421 }' },
  { slug: 'kehl-bridge', date: '2021-06-13T09:00:00Z', place: '{ lat: 48.5706, lon: 7.8156 }' },
  { slug: 'basel-market', date: '2020-03-01T11:00:00Z', place: '{ lat: 47.5576, lon: 7.5883 }' },
  {
    slug: 'harbourside',
    date: '2018-08-20T18:00:00Z',
    place: '{ lat: 51.4490, lon: -2.5980 }',
    title: 'Harbourside',
  },
  {
    slug: 'clifton',
    date: '2022-01-05T12:00:00Z',
    place: '{ name: Clifton, lat: 51.4545, lon: -2.6205 }',
  },
  { slug: 'reykjavik', date: '2017-07-01T22:00:00Z', place: '{ lat: 64.1466, lon: -21.9426 }' },
  {
    slug: 'crossing',
    date: '2017-07-05T12:00:00Z',
    place: '{ lat: 35.0, lon: -40.0 }',
    title: 'Mid-Atlantic',
  },
  { slug: 'suva', date: '2023-02-10T08:00:00Z', place: '{ lat: -18.1416, lon: 178.4419 }' },
  { slug: 'home', date: '2023-05-01T08:00:00Z', place: '{ name: Home }', title: 'Home at last' },
  {
    slug: 'secret',
    date: '2022-09-09T09:00:00Z',
    place: `{ name: Marseille, lat: ${PRIVATE_POINT.lat}, lon: ${PRIVATE_POINT.lon} }`,
    visibility: 'private',
    title: 'A private day',
  },
];

/** Writes the entries (public unless said otherwise) into a new archive; returns its folder. */
export async function placesArchive(entries = PLACE_ENTRIES): Promise<string> {
  const archive = await newArchive();
  for (const entry of entries) {
    const folder = path.join(archive, 'notes', entry.date.slice(0, 4), entry.date.slice(5, 7));
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, `${entry.date.slice(8, 10)}-${entry.slug}.md`),
      [
        '---',
        `id: notes:${entry.slug}`,
        'source: notes',
        'kind: note',
        `date: ${entry.date}`,
        `visibility: ${entry.visibility ?? 'public'}`,
        ...(entry.title ? [`title: ${entry.title}`] : []),
        `place: ${entry.place}`,
        '---',
        `A note written at ${entry.slug}.`,
        '',
      ].join('\n'),
    );
  }
  return archive;
}
