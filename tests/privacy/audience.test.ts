import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import { buildSite } from '../../src/cli/build-site.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const CANARY = 'zqxcanary7731';
const FRIENDS_CANARY = 'zqxfriends4417';

/** Every byte of every file in a built site, with its path, for canary searches. */
async function everyByte(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
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

function found(site: { file: string; bytes: Buffer }[], canary: string): string[] {
  const needle = canary.toLowerCase();
  return site
    .filter(
      ({ file, bytes }) =>
        file.toLowerCase().includes(needle) ||
        bytes.toString('latin1').toLowerCase().includes(needle),
    )
    .map(({ file }) => file);
}

async function archiveWithSecrets(): Promise<string> {
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
      `place: { name: Place ${CANARY}, lat: 12.345678, lon: 65.432198 }`,
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

describe('audiences', () => {
  it('a public build holds nothing of a private entry: not a page, a word, a tag, a person, a count or a pixel', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'public');
    const { summary, site } = await buildSite(archive, out, { audience: 'public' });
    await site.close();
    assert.equal(summary.entries, 2);
    const bytes = await everyByte(out);
    assert.deepEqual(found(bytes, CANARY), []);
    assert.deepEqual(found(bytes, FRIENDS_CANARY), []);
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    assert.match(home, /2 entries/);
    const reply = await readFile(
      path.join(out, '2024', '05', '03', 'public-reply', 'index.html'),
      'utf8',
    );
    assert.match(reply, /In reply to a post that is not in this site/);
    const shared = await readFile(path.join(out, 'tags', 'shared', 'index.html'), 'utf8');
    assert.match(shared, /1 entry/);
    const walk = await readFile(
      path.join(out, '2024', '05', '01', 'public-walk', 'index.html'),
      'utf8',
    );
    assert.match(
      walk,
      /\(51\.400, -2\.600\)/,
      'places are blurred to a city outside the private build',
    );
    assert.ok(
      !bytes.some(({ file }) => file.startsWith('media/')) ||
        bytes.filter(({ file }) => file.startsWith('media/')).length === 0,
    );
  });

  it('a friends build adds friends entries, and the rules keep mail private', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'friends');
    const { summary, site } = await buildSite(archive, out, { audience: 'friends' });
    await site.close();
    assert.equal(summary.entries, 3);
    const bytes = await everyByte(out);
    assert.deepEqual(found(bytes, CANARY), []);
    assert.ok(found(bytes, FRIENDS_CANARY).length > 0);
  });

  it('the private build has everything (so the searches above can fail)', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'private');
    const { summary, site } = await buildSite(archive, out);
    await site.close();
    assert.equal(summary.entries, 6, 'five here and the first entry inhale init writes');
    assert.ok(found(await everyByte(out), CANARY).length > 0);
    const page = await readFile(
      path.join(out, '2024', '05', '01', 'public-walk', 'index.html'),
      'utf8',
    );
    assert.match(page, /\(51\.449, -2\.598\)/);
  });
});
