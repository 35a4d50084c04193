import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import { parsePeople } from '../../src/archive/people.ts';
import { avatarOf, personCards } from '../../src/people/cards.ts';
import { temporaryFolder } from '../helpers/paths.ts';

describe('what the site shows of a person', () => {
  it('an avatar is made small, square and without metadata', async () => {
    const archive = temporaryFolder();
    await mkdir(path.join(archive, 'people'));
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080' } })
      .withMetadata({ exif: { IFD0: { Copyright: 'zqxexif' } } })
      .jpeg()
      .toFile(path.join(archive, 'people', 'ana.jpg'));
    const avatar = await avatarOf(archive, 'people/ana.jpg');
    assert.match(avatar.url, /^people\/avatar-[0-9a-f]{16}\.webp$/);
    const bytes = Buffer.from(avatar.bytes);
    const meta = await sharp(bytes).metadata();
    assert.deepEqual([meta.width, meta.height, meta.exif], [192, 192, undefined]);
    assert.ok(!bytes.toString('latin1').includes('zqxexif'));
  });

  it('an avatar outside the archive, through a link too, or not an image by its bytes, is refused', async () => {
    const parent = temporaryFolder();
    const archive = path.join(parent, 'archive');
    await mkdir(archive);
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toFile(path.join(parent, 'outside.png'));
    await symlink(path.join(parent, 'outside.png'), path.join(archive, 'link.png'));
    await writeFile(path.join(archive, 'fake.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await assert.rejects(avatarOf(archive, '../outside.png'), /inside the archive/);
    await assert.rejects(avatarOf(archive, path.join(parent, 'outside.png')), /inside the archive/);
    await assert.rejects(avatarOf(archive, 'link.png'), /inside the archive/);
    await assert.rejects(avatarOf(archive, 'fake.png'), /not a raster image/);
    const people = parsePeople('Ana:\n  avatar: fake.png\n', 'people.yaml');
    const { cards, warnings } = await personCards(archive, people, 'private');
    assert.equal(cards[0]!.avatar, undefined);
    assert.match(warnings[0]!, /^people: Ana: avatar fake\.png: is not a raster image/);
  });

  it('addresses only in the private build, and no one the audience may not see', async () => {
    const people = parsePeople(
      'Ana:\n  email: ana@example.org\n  twitter: ana_k\nSam:\n  publish: [friends]\nQuinn:\n  publish: false\n',
      'people.yaml',
    );
    const names = async (audience: 'private' | 'friends' | 'public') =>
      (await personCards(temporaryFolder(), people, audience)).cards;
    assert.deepEqual(
      (await names('private')).map((card) => card.name),
      ['Ana', 'Sam', 'Quinn'],
    );
    assert.deepEqual(
      (await names('friends')).map((card) => card.name),
      ['Ana', 'Sam'],
    );
    const [ana] = await names('public');
    assert.deepEqual([ana!.name, ana!.emails, ana!.handles], ['Ana', [], [['twitter', 'ana_k']]]);
  });
});
