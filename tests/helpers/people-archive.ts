/**
 * A small archive of one friend seen through three sources, and a person who said no: Ana is
 * `@ana_k` on Twitter, `ana@example.org` in mail and "Ana Kovač" on Facebook; the people file
 * says they are one person. The withheld person (publish: false) writes mail, is mentioned in
 * a public post and named in a public journal entry, so every way a name leaks is planted.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

import { newArchive } from './archives.ts';

/** The withheld person's name, handle and address: none may be in a friends or public build. */
export const WITHHELD = {
  name: 'Quinn Zqxwithheld',
  handle: 'zqxquinn',
  address: 'zqxquinn@mail.example',
};

export const PEOPLE_YAML = `# Who is who: one person, many handles.
Ana Kovač:
  # Her Twitter years.
  twitter: ana_k
  facebook: Ana Kovač
  email: ana@example.org
  avatar: people/ana.png

${WITHHELD.name}:
  twitter: ${WITHHELD.handle}
  email: ${WITHHELD.address}
  publish: false
`;

interface Written {
  file: string;
  front: string[];
  body: string;
}

export async function writeEntries(archive: string, entries: Written[]): Promise<void> {
  for (const entry of entries) {
    const file = path.join(archive, entry.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `---\n${entry.front.join('\n')}\n---\n${entry.body}\n`);
  }
}

/** The archive, with `months` extra tweets mentioning Ana spread over years (for the strip). */
export async function peopleArchive(options: { months?: number } = {}): Promise<string> {
  const archive = await newArchive('UTC');
  await writeFile(path.join(archive, 'people.yaml'), PEOPLE_YAML);
  await mkdir(path.join(archive, 'people'), { recursive: true });
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0604a' } })
    .png()
    .toFile(path.join(archive, 'people', 'ana.png'));
  const photo = path.join(archive, 'photos', '2021', '06');
  await mkdir(photo, { recursive: true });
  await sharp({ create: { width: 80, height: 60, channels: 3, background: '#4a80c0' } })
    .jpeg()
    .toFile(path.join(photo, 'lake.jpg'));
  const entries: Written[] = [
    {
      file: 'twitter/2019/03/04-coffee.md',
      front: [
        'id: twitter:1',
        'source: twitter',
        'kind: post',
        'date: 2019-03-04T09:00:00Z',
        'people: ["@ana_k"]',
        'visibility: public',
      ],
      body: 'Coffee with @ana_k before work.',
    },
    {
      file: 'twitter/2020/07/10-reply.md',
      front: [
        'id: twitter:2',
        'source: twitter',
        'kind: post',
        'date: 2020-07-10T09:00:00Z',
        'visibility: public',
      ],
      body: `Hiking next week with @ANA_K and @${WITHHELD.handle}, who knows the way.`,
    },
    {
      file: 'mail/2020/01/02-plans.md',
      front: [
        'id: mail:a1',
        'source: mail',
        'kind: email',
        'date: 2020-01-02T10:00:00Z',
        'title: Plans for spring',
        'from: "Ana Kovač <Ana@Example.org>"',
        'to: ["Me <me@example.net>"]',
        'people: [Ana Kovač]',
        'thread: t1',
        'visibility: private',
      ],
      body: 'Shall we go to the lakes in April?',
    },
    {
      file: 'mail/2020/01/03-re-plans.md',
      front: [
        'id: mail:a2',
        'source: mail',
        'kind: email',
        'date: 2020-01-03T10:00:00Z',
        'title: "Re: Plans for spring"',
        'from: "Me <me@example.net>"',
        'to: ["A. K. <ana@example.org>"]',
        'people: [A. K.]',
        'thread: t1',
        'inReplyTo: mail:a1',
        'visibility: private',
      ],
      body: 'Yes! April it is.',
    },
    {
      file: 'facebook/2021/06/05-lake.md',
      front: [
        'id: facebook:9',
        'source: facebook',
        'kind: post',
        'date: 2021-06-05T18:00:00Z',
        'people: [Ana Kovač]',
        'media: [{ path: ../../../photos/2021/06/lake.jpg, alt: The lake at dusk }]',
        'visibility: friends',
      ],
      body: 'At the lake, finally.',
    },
    {
      file: 'journal/2021/08/01-bo.md',
      front: [
        'id: journal:bo',
        'source: journal',
        'kind: note',
        'date: 2021-08-01T18:00:00Z',
        'title: Dinner with Bo',
        'people: [Bo]',
        'visibility: public',
      ],
      body: 'Bo cooked.',
    },
    {
      file: 'mail/2022/02/01-from-quinn.md',
      front: [
        'id: mail:q1',
        'source: mail',
        'kind: email',
        'date: 2022-02-01T10:00:00Z',
        `title: A note from ${WITHHELD.name}`,
        `from: "${WITHHELD.name} <${WITHHELD.address}>"`,
        'visibility: public',
      ],
      body: `Words ${WITHHELD.name} wrote.`,
    },
    {
      file: 'journal/2022/02/02-walk-with-quinn-zqxwithheld.md',
      front: [
        'id: journal:quinn-walk',
        'source: journal',
        'kind: note',
        'date: 2022-02-02T10:00:00Z',
        `title: A walk with ${WITHHELD.name}`,
        `people: [${WITHHELD.name}]`,
        'tags: [walking]',
        `place: { name: "${WITHHELD.name}'s house", lat: 51.5, lon: -0.1 }`,
        'visibility: public',
      ],
      body: `Out with ${WITHHELD.name} (${WITHHELD.address}), a good day.`,
    },
    {
      file: 'facebook/2022/03/01-comment.md',
      front: [
        'id: facebook:c1',
        'source: facebook',
        'kind: comment',
        'date: 2022-03-01T10:00:00Z',
        `from: ${WITHHELD.name}`,
        'visibility: public',
      ],
      body: 'A comment zqxwords that only its writer may publish.',
    },
    {
      file: 'journal/2022/03/02-summit.md',
      front: [
        'id: journal:summit',
        'source: journal',
        'kind: note',
        'date: 2022-03-02T10:00:00Z',
        'title: The summit',
        `tags: [${WITHHELD.name}, hills]`,
        `media: [{ path: ../../../photos/2021/06/lake.jpg, alt: "${WITHHELD.name} at the top" }]`,
        'visibility: public',
      ],
      body: `Photo by @${WITHHELD.handle}.`,
    },
  ];
  for (let index = 0; index < (options.months ?? 0); index++) {
    const year = 2015 + Math.floor(index / 12);
    const month = String((index % 12) + 1).padStart(2, '0');
    for (let count = 0; count <= (index * 7) % 5; count++)
      entries.push({
        file: `twitter/${year}/${month}/0${count + 1}-hi-${index}.md`,
        front: [
          `id: twitter:m${index}-${count}`,
          'source: twitter',
          'kind: post',
          `date: ${year}-${month}-0${count + 1}T12:00:00Z`,
          'visibility: public',
        ],
        body: `Talking to @ana_k about thing ${index}.`,
      });
  }
  await writeEntries(archive, entries);
  return archive;
}
