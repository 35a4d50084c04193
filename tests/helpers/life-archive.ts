/** A small synthetic life for the views' tests: two years, four sources, places, people, a photo, a reply. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

import { newArchive } from './archives.ts';

export interface LifeEntry {
  source: string;
  kind: string;
  /** ISO 8601 with offset. */
  date: string;
  slug: string;
  title?: string;
  body: string;
  more?: string[];
}

export const LIFE: LifeEntry[] = [
  {
    source: 'journal',
    kind: 'note',
    date: '2023-03-05T08:15:00+01:00',
    slug: 'first-spring-walk',
    title: 'First spring walk',
    body: 'Out along the river before work. The willows are green again.',
    more: ['place: { name: Lisbon }', 'people: [Ana]'],
  },
  {
    source: 'twitter',
    kind: 'post',
    date: '2023-03-05T21:40:00-05:00',
    slug: 'late-tweet',
    body: 'Late tweet from New York about the snow.',
    more: ['place: { name: New York }'],
  },
  {
    source: 'twitter',
    kind: 'post',
    date: '2023-03-06T09:00:00Z',
    slug: 'a-reply',
    body: 'Answering the late tweet.',
    more: ['inReplyTo: twitter:late-tweet'],
  },
  {
    source: 'twitter',
    kind: 'post',
    date: '2023-03-07T09:00:00Z',
    slug: 'another-reply',
    body: 'And answering it again.',
    more: ['inReplyTo: twitter:late-tweet'],
  },
  {
    source: 'mastodon',
    kind: 'post',
    date: '2023-07-14T18:00:00+02:00',
    slug: 'summer-toot',
    body: 'Swimming in the lake, the water is perfect.',
    more: ['people: [Ana, Ben]'],
  },
  {
    source: 'journal',
    kind: 'note',
    date: '2024-02-29T12:00:00Z',
    slug: 'leap-day',
    title: 'A leap day',
    body: 'An extra day, spent reading in the garden. '.repeat(20),
  },
  {
    source: 'photos',
    kind: 'photo',
    date: '2024-03-05T10:00:00+00:00',
    slug: 'market-photo',
    title: 'The market',
    body: 'Fruit at the market.',
    more: ['media: [{ path: market.png, alt: Fruit stalls }]', 'place: { name: Porto }'],
  },
  {
    source: 'journal',
    kind: 'note',
    date: '2024-03-05T20:00:00+00:00',
    slug: 'evening-notes',
    title: 'Evening notes',
    body: 'Dinner with Ben; we talked about the trip.',
    more: ['people: [Ben]'],
  },
  {
    source: 'twitter',
    kind: 'post',
    date: '2024-12-30T23:59:00+01:00',
    slug: 'year-end',
    body: 'Last tweet of the year <b>not bold</b>.',
  },
];

/** Writes LIFE into a new archive (UTC), and nothing else, and returns its folder. */
export async function lifeArchive(): Promise<string> {
  const archive = await newArchive('UTC');
  // The entry `inhale init` writes is dated today: without it the pages do not depend on the date.
  await rm(path.join(archive, 'journal'), { recursive: true, force: true });
  for (const entry of LIFE) {
    const [year, month, day] = [
      entry.date.slice(0, 4),
      entry.date.slice(5, 7),
      entry.date.slice(8, 10),
    ];
    const folder = path.join(archive, entry.source, year, month);
    await mkdir(folder, { recursive: true });
    if (entry.slug === 'market-photo')
      await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c84' } })
        .png()
        .toFile(path.join(folder, 'market.png'));
    const lines = [
      `id: ${entry.source}:${entry.slug}`,
      `source: ${entry.source}`,
      `kind: ${entry.kind}`,
      `date: ${entry.date}`,
      ...(entry.title ? [`title: ${entry.title}`] : []),
      ...(entry.more ?? []),
    ];
    await writeFile(
      path.join(folder, `${day}-${entry.slug}.md`),
      `---\n${lines.join('\n')}\n---\n${entry.body}\n`,
    );
  }
  return archive;
}
