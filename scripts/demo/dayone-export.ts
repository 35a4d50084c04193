/**
 * Robin's Day One journal as Day One's JSON export gives it: `Journal.json` (`metadata`,
 * `entries` with uuid, creationDate in UTC, timeZone, Markdown text with Day One's escapes,
 * location, weather, tags, starred, photos by identifier and md5) and `photos/<md5>.jpeg`, drawn.
 * The photo is made again each time (scripts/demo-exports/.gitignore); the JSON is committed.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { drawPhoto } from './draw.ts';

interface DayOneNote {
  uuid: string;
  /** UTC, as Day One writes it. */
  created: string;
  timeZone: string;
  text: string;
  tags?: string[];
  starred?: boolean;
  location?: { placeName: string; localityName: string; country: string; lat: number; lon: number };
  weather?: { temperatureCelsius: number; conditionsDescription: string };
  /** A drawn photo by scene name (draw.ts). */
  photo?: string;
}

const NOTES: DayOneNote[] = [
  {
    uuid: '7D1A0C5E2B7F4E8A9C3D6B1E0F2A4C01',
    created: '2024-03-17T21:12:00Z',
    timeZone: 'Europe/London',
    text: '# Gerald at five\n\nThe starter turned five today\\. Fed him rye as a treat \\(he sulked\\)\\.',
    tags: ['baking'],
    starred: true,
    weather: { temperatureCelsius: 9, conditionsDescription: 'Light Rain' },
    photo: 'bread',
  },
  {
    uuid: '7D1A0C5E2B7F4E8A9C3D6B1E0F2A4C02',
    created: '2024-08-03T18:40:00Z',
    timeZone: 'Europe/London',
    text: 'Long evening on the harbour wall\\. Tide in, gulls loud, chips excellent\\.',
    tags: ['walking'],
    location: {
      placeName: 'Harbourside',
      localityName: 'Bristol',
      country: 'United Kingdom',
      lat: 51.4489,
      lon: -2.5984,
    },
    weather: { temperatureCelsius: 21.5, conditionsDescription: 'Mostly Sunny' },
  },
  {
    uuid: '7D1A0C5E2B7F4E8A9C3D6B1E0F2A4C03',
    created: '2025-02-09T07:05:00Z',
    timeZone: 'GMT+0000',
    text: 'Woke at five with the bridge report in my head\\. Wrote three pages before breakfast; two are good\\.',
  },
  {
    uuid: '7D1A0C5E2B7F4E8A9C3D6B1E0F2A4C04',
    created: '2025-11-22T10:30:00Z',
    timeZone: 'Europe/London',
    text: '',
    tags: ['home'],
  },
];

/** Writes `<folder>/Journal.json` and its photos. */
export async function writeDayOneExport(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'photos'), { recursive: true });
  const entries = [];
  for (const [index, note] of NOTES.entries()) {
    const photos = [];
    let text = note.text;
    if (note.photo) {
      const bytes = await drawPhoto({ scene: note.photo, seed: 40 + index });
      const md5 = createHash('md5').update(bytes).digest('hex');
      const identifier = createHash('md5').update(note.uuid).digest('hex').toUpperCase();
      await writeFile(path.join(folder, 'photos', `${md5}.jpeg`), bytes);
      photos.push({ identifier, md5, type: 'jpeg', orderInEntry: 0, width: 1200, height: 800 });
      text += `\n\n![](dayone-moment://${identifier})`;
    }
    entries.push({
      uuid: note.uuid,
      creationDate: note.created,
      modifiedDate: note.created,
      timeZone: note.timeZone,
      starred: note.starred ?? false,
      text,
      ...(note.tags ? { tags: note.tags } : {}),
      ...(note.location
        ? {
            location: {
              placeName: note.location.placeName,
              localityName: note.location.localityName,
              country: note.location.country,
              latitude: note.location.lat,
              longitude: note.location.lon,
            },
          }
        : {}),
      ...(note.weather ? { weather: note.weather } : {}),
      ...(photos.length > 0 ? { photos } : {}),
    });
  }
  // Day One writes every `/` as `\/`.
  const json = JSON.stringify({ metadata: { version: '1.0' }, entries }, null, 2).replace(
    /\//g,
    '\\/',
  );
  await writeFile(path.join(folder, 'Journal.json'), `${json}\n`);
}
