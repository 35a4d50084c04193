/** An archive with secrets planted in every field of a private entry, and searches for them. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

import { newArchive } from './archives.ts';

export const CANARY = 'zqxcanary7731';
export const FRIENDS_CANARY = 'zqxfriends4417';

/** Every byte of every file in a built site, with its path, for canary searches. */
export async function everyByte(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((item) =>
    item.isFile(),
  );
  return Promise.all(
    files.map(async (item) => {
      const file = path.join(item.parentPath, item.name);
      return { file: path.relative(dir, file), bytes: await readFile(file) };
    }),
  );
}

export function found(site: { file: string; bytes: Buffer }[], canary: string): string[] {
  const needle = canary.toLowerCase();
  return site
    .filter(
      ({ file, bytes }) =>
        file.toLowerCase().includes(needle) ||
        bytes.toString('latin1').toLowerCase().includes(needle),
    )
    .map(({ file }) => file);
}

export async function archiveWithSecrets(): Promise<string> {
  const archive = await newArchive('UTC');
  const folder = path.join(archive, 'journal', '2024', '05');
  await mkdir(folder, { recursive: true });
  // The private photo spells the canary in its pixels (lossless) and in its file name.
  const pixels = Buffer.from(CANARY.repeat(48).slice(0, 16 * 12 * 3));
  await sharp(pixels, { raw: { width: 16, height: 12, channels: 3 } })
    .png()
    .toFile(path.join(folder, `${CANARY}.png`));
  const entry = (name: string, lines: string[], body: string) =>
    writeFile(path.join(folder, `${name}.md`), `---\n${lines.join('\n')}\n---\n${body}\n`);
  await entry(
    '01-public-walk',
    [
      'id: journal:public-walk',
      'source: journal',
      'kind: note',
      'date: 2024-05-01T09:00:00Z',
      'title: A public walk',
      'tags: [walking, shared]',
      'people: [Alice]',
      'place: { name: Bristol, lat: 51.44912, lon: -2.59784 }',
      'visibility: public',
    ],
    'Out on the harbour.',
  );
  await entry(
    `02-${CANARY}`,
    [
      `id: journal:${CANARY}`,
      'source: journal',
      'kind: note',
      'date: 2024-05-02T09:00:00Z',
      `title: Title ${CANARY}`,
      `tags: [${CANARY}-tag, shared]`,
      `people: [Person ${CANARY}]`,
      `place: { name: Place ${CANARY}, lat: 47.123456, lon: 8.654321 }`,
      `media: [{ path: ${CANARY}.png, alt: Alt ${CANARY} }]`,
      `url: https://example.org/${CANARY}`,
      `contentWarning: Warning ${CANARY}`,
      `mood: ${CANARY}`,
      'visibility: private',
    ],
    `Body ${CANARY} with [a link](https://example.org/${CANARY}).`,
  );
  await entry(
    '03-public-reply',
    [
      'id: journal:public-reply',
      'source: journal',
      'kind: note',
      'date: 2024-05-03T09:00:00Z',
      'title: A public reply',
      `inReplyTo: journal:${CANARY}`,
      'visibility: public',
    ],
    'Answering myself.',
  );
  await entry(
    '04-for-friends',
    [
      'id: journal:for-friends',
      'source: journal',
      'kind: note',
      'date: 2024-05-04T09:00:00Z',
      `title: Friends ${FRIENDS_CANARY}`,
      'visibility: friends',
    ],
    `Only friends ${FRIENDS_CANARY}.`,
  );
  await entry(
    '05-a-mail',
    [
      'id: mail:secret',
      'source: mail',
      'kind: email',
      'date: 2024-05-05T09:00:00Z',
      `title: Mail ${CANARY}`,
      'visibility: public',
    ],
    `A mail marked public by mistake: ${CANARY}`,
  );
  return archive;
}
