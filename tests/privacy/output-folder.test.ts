import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildEncryptedSite, encryptionCache } from '../../src/cli/build-encrypted.ts';
import { checkKeysFile, opaqueName, openSiteKeys } from '../../src/encrypt/format.ts';
import { archiveWithSecrets, CANARY, everyByte, found, FRIENDS_CANARY } from '../helpers/canary.ts';
import { build, siteFiles } from '../helpers/output.ts';
import { filesIn, temporaryFolder } from '../helpers/paths.ts';

const PASSWORD = 'tidal-moss-lantern-42';
const PHOTO_ENTRY = `journal/2024/05/02-${CANARY}.md`;

/** The files of `media/`; none when the build removed the folder. */
const mediaOf = async (out: string) => new Set(await filesIn(path.join(out, 'media')));

/** Turns the private photo entry of archiveWithSecrets public, or back. */
async function setPhotoVisibility(archive: string, visibility: 'public' | 'private') {
  const file = path.join(archive, PHOTO_ENTRY);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^visibility: \w+$/m, `visibility: ${visibility}`));
}

describe('the output folder after a build for another audience', () => {
  it('holds no file of a private entry when a public build follows a private one', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'site');
    await build(archive, out, { audience: 'private' });
    assert.ok(found(await everyByte(out), CANARY).length > 0, 'the private build shows it');
    const privateMedia = await mediaOf(out);

    await build(archive, out, { audience: 'public' });
    const site = await everyByte(out);
    assert.deepEqual(found(site, CANARY), []);
    assert.deepEqual(found(site, FRIENDS_CANARY), []);
    const clean = path.join(temporaryFolder(), 'clean');
    await build(archive, clean, { audience: 'public' });
    assert.deepEqual(await siteFiles(out), await siteFiles(clean));
    const cleanMedia = await mediaOf(clean);
    assert.ok(
      [...privateMedia].some((file) => !cleanMedia.has(file)),
      'the photo was private',
    );
  });

  it("removes a photo's images when its entry is made private", async () => {
    const archive = await archiveWithSecrets();
    await setPhotoVisibility(archive, 'public');
    const out = path.join(temporaryFolder(), 'site');
    await build(archive, out, { audience: 'public' });
    const withPhoto = await mediaOf(out);
    assert.ok(withPhoto.size > 0, 'the public photo is published');

    await setPhotoVisibility(archive, 'private');
    await build(archive, out, { audience: 'public' });
    assert.deepEqual([...(await mediaOf(out))], []);
    const clean = path.join(temporaryFolder(), 'clean');
    await build(archive, clean, { audience: 'public' });
    assert.deepEqual(await siteFiles(out), await siteFiles(clean));
  });

  it("removes the ciphertexts of a private build's files when an encrypted public build follows", async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    await buildEncryptedSite(archive, out, { password: PASSWORD });
    const plain = path.join(encryptionCache(archive, out), 'plain');
    const privateFiles = [...(await siteFiles(plain)).keys()].filter(
      (file) => file !== 'robots.txt',
    );
    const keys = await openSiteKeys(
      checkKeysFile(JSON.parse(await readFile(path.join(out, 'keys.json'), 'utf8'))),
      PASSWORD,
    );
    const cipherOf = async (file: string) => (await opaqueName(keys, file)).slice(2);
    const ciphers = async () =>
      new Set(
        [...(await siteFiles(path.join(out, 'c'))).keys()].map((file) =>
          file.split(path.sep).join('/'),
        ),
      );
    const before = await ciphers();
    for (const file of privateFiles) assert.ok(before.has(await cipherOf(file)), file);

    await buildEncryptedSite(archive, out, { password: PASSWORD, audience: 'public' });
    assert.deepEqual(found(await everyByte(plain), CANARY), []);
    const publicFiles = [...(await siteFiles(plain)).keys()].filter(
      (file) => file !== 'robots.txt',
    );
    const expected = new Set(await Promise.all(publicFiles.map(cipherOf)));
    assert.deepEqual([...(await ciphers())].sort(), [...expected].sort());
    const gone = privateFiles.filter((file) => !publicFiles.includes(file));
    assert.ok(
      gone.some((file) => file.startsWith('media/')),
      gone.join(', '),
    );
  });

  it('an encrypted build refuses a folder of plaintext files, and --force removes them', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    await mkdir(path.join(out, '2024'), { recursive: true });
    await writeFile(path.join(out, '2024', 'index.html'), `<p>${CANARY}</p>`);
    await assert.rejects(
      buildEncryptedSite(archive, out, { password: PASSWORD }),
      (error: Error) => {
        assert.match(
          error.message,
          /holds files that are not part of an encrypted site \(2024\/index\.html\).*--force/,
        );
        return true;
      },
    );
    await buildEncryptedSite(archive, out, { password: PASSWORD, force: true });
    assert.deepEqual(found(await everyByte(out), CANARY), []);
  });
});
