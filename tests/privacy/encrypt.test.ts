import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildEncryptedSite, changeSitePassword } from '../../src/cli/build-encrypted.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { encryptSite } from '../../src/encrypt/encrypt-site.ts';
import {
  checkKeysFile,
  openFile,
  openSiteKeys,
  opaqueName,
  sealFile,
  WrongPasswordError,
  type SiteKeys,
} from '../../src/encrypt/format.ts';
import { openOrCreateKeys } from '../../src/encrypt/keys.ts';
import { passwordWeakness } from '../../src/encrypt/password.ts';
import { archiveWithSecrets, CANARY, everyByte, found } from '../helpers/canary.ts';
import { CLI, REPO, temporaryFolder } from '../helpers/paths.ts';

const PASSWORD = 'tidal-moss-lantern-42';

async function keysOf(out: string, password = PASSWORD): Promise<SiteKeys> {
  const file = checkKeysFile(JSON.parse(await readFile(path.join(out, 'keys.json'), 'utf8')));
  return openSiteKeys(file, password);
}

async function decryptPage(out: string, keys: SiteKeys, sitePath: string): Promise<string> {
  const sealed = await readFile(path.join(out, await opaqueName(keys, sitePath)));
  return Buffer.from(await openFile(keys, sitePath, sealed)).toString('utf8');
}

async function hashes(dir: string): Promise<Map<string, string>> {
  return new Map(
    (await everyByte(dir)).map(({ file, bytes }) => [
      file,
      createHash('sha256').update(bytes).digest('hex'),
    ]),
  );
}

describe('an encrypted build', () => {
  it('holds no byte of a private entry, yet decrypts to it with the password', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    const { encryption, isNewKey } = await buildEncryptedSite(archive, out, { password: PASSWORD });
    assert.ok(isNewKey);
    assert.ok(encryption.files > 20 && encryption.encrypted === encryption.files);
    const bytes = await everyByte(out);
    assert.deepEqual(found(bytes, CANARY), []);
    for (const word of ['journal', 'walk', 'Bristol', 'Alice', 'harbour'])
      assert.deepEqual(found(bytes, word), [], word);
    const plain = bytes
      .map(({ file }) => file)
      .filter((file) => !file.startsWith('c/'))
      .sort();
    assert.deepEqual(plain, [
      'index.html',
      'keys.json',
      'robots.txt',
      'sw.js',
      'unlock.css',
      'unlock.js',
    ]);
    const keys = await keysOf(out);
    const home = await decryptPage(out, keys, 'index.html');
    assert.match(home, /Lock<\/a>/, 'pages get a Lock link');
    const entryPage = await decryptPage(out, keys, `2024/05/02/${CANARY}.html`);
    assert.match(entryPage, new RegExp(`Body ${CANARY}`));
  });

  it('re-encrypts nothing when nothing changed, and only what changed after an edit', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    await buildEncryptedSite(archive, out, { password: PASSWORD });
    const before = await hashes(out);
    const again = await buildEncryptedSite(archive, out, { password: PASSWORD });
    assert.equal(again.encryption.encrypted, 0);
    assert.deepEqual(await hashes(out), before, 'byte-identical output');

    const file = path.join(archive, 'journal', '2024', '05', '04-for-friends.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('Only friends', 'Only close friends'),
    );
    const edited = await buildEncryptedSite(archive, out, { password: PASSWORD });
    const after = await hashes(out);
    const changed = [...after].filter(([name, hash]) => before.get(name) !== hash);
    assert.equal(changed.length, edited.encryption.encrypted);
    assert.ok(changed.length > 0 && changed.length < before.size / 3, `${changed.length} changed`);
  });

  it('keeps its ciphertext byte for byte when the output folder is emptied or a file in it is changed', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    await buildEncryptedSite(archive, out, { password: PASSWORD });
    const before = await hashes(out);
    await rm(out, { recursive: true });
    const again = await buildEncryptedSite(archive, out, { password: PASSWORD });
    assert.equal(again.encryption.encrypted, 0);
    assert.deepEqual(await hashes(out), before);
    const damaged = [...before.keys()].find((file) => file.startsWith('c/'))!;
    await writeFile(path.join(out, damaged), 'changed in place');
    await buildEncryptedSite(archive, out, { password: PASSWORD });
    assert.deepEqual(await hashes(out), before, 'an output file changed by hand is put back');
  });

  it('refuses a wrong password, a weak new password, a folder holding a plaintext site, and a plaintext build over an encrypted one', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    await assert.rejects(buildEncryptedSite(archive, out, { password: 'short' }), /too weak/);
    await buildEncryptedSite(archive, out, { password: PASSWORD });
    await assert.rejects(
      buildEncryptedSite(archive, out, { password: 'another-long-password' }),
      /does not open/,
    );
    await writeFile(path.join(out, 'stray.html'), '<p>plaintext</p>');
    await assert.rejects(
      buildEncryptedSite(archive, out, { password: PASSWORD }),
      /not part of an encrypted site \(stray\.html\)/,
    );
    await rm(path.join(out, 'stray.html'));
    await assert.rejects(buildSite(archive, out), /holds an encrypted site/);
    const weak = path.join(temporaryFolder(), 'weak');
    await buildEncryptedSite(archive, weak, { password: 'aaaaaaaaaaaa', forceWeakPassword: true });
  });

  it('changes the password by rewrapping the key alone: no file is re-encrypted', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    await buildEncryptedSite(archive, out, { password: PASSWORD });
    const before = await hashes(out);
    const next = 'a-different-long-passphrase';
    await assert.rejects(
      changeSitePassword(archive, out, { current: 'not-the-password!', next }),
      /current password does not open/,
    );
    await changeSitePassword(archive, out, { current: PASSWORD, next });
    const after = await hashes(out);
    assert.deepEqual(
      [...after].filter(([name, hash]) => before.get(name) !== hash).map(([name]) => name),
      ['keys.json'],
    );
    await assert.rejects(keysOf(out), WrongPasswordError);
    assert.match(await decryptPage(out, await keysOf(out, next), 'index.html'), /<html/);
    const rebuilt = await buildEncryptedSite(archive, out, { password: next });
    assert.equal(rebuilt.encryption.encrypted, 0);
  });
});

describe('inhale build --encrypt and inhale password', () => {
  const run = (args: string[], environment: Record<string, string>) =>
    spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, INHALE_PASSWORD: '', INHALE_NEW_PASSWORD: '', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('take the password from the environment, never an argument, and change it by rewrapping', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'encrypted');
    const common = ['--archive', archive, '--out', out];
    const noPassword = run(['build', '--encrypt', ...common], {});
    assert.equal(noPassword.status, 1);
    assert.match(noPassword.stderr, /No password: set INHALE_PASSWORD/);
    const built = run(['build', '--encrypt', ...common], { INHALE_PASSWORD: PASSWORD });
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, /encrypted \d+ files .* a new site key/);
    const changed = run(['password', ...common], {
      INHALE_PASSWORD: PASSWORD,
      INHALE_NEW_PASSWORD: 'aaaaaaaaaaaaaaaa',
    });
    assert.match(changed.stderr, /too weak/);
    const next = 'a-different-long-passphrase';
    const rewrapped = run(['password', ...common], {
      INHALE_PASSWORD: PASSWORD,
      INHALE_NEW_PASSWORD: next,
    });
    assert.equal(rewrapped.status, 0, rewrapped.stderr);
    const again = run(['build', '--encrypt', ...common], { INHALE_PASSWORD: next });
    assert.match(again.stdout, /\(0 encrypted, \d+ unchanged/);
    const search = run(['search', CANARY, ...common], {});
    assert.match(
      search.stdout,
      new RegExp(`Title ${CANARY}`),
      'search reads the cached plaintext index',
    );
  });
});

describe('the encrypted file format', () => {
  it('binds each file to its path: a ciphertext moved to another path does not open', async () => {
    const out = temporaryFolder();
    const keys = (await openOrCreateKeys(out, path.join(out, 'cache'), PASSWORD, () => {})).keys;
    const sealed = await sealFile(keys, 'a/index.html', new TextEncoder().encode('A'));
    assert.equal(new TextDecoder().decode(await openFile(keys, 'a/index.html', sealed)), 'A');
    await assert.rejects(openFile(keys, 'b/index.html', sealed), /changed, damaged or swapped/);
    const flipped = Uint8Array.from(sealed);
    flipped[20]! ^= 1;
    await assert.rejects(openFile(keys, 'a/index.html', flipped), /changed, damaged or swapped/);
    assert.equal(sealed.length % 512, 13 + 16, 'padded to 512 bytes, plus version, nonce and tag');
  });

  for (const [password, weak] of [
    ['short', true],
    ['aaaaaaaaaaaaaaaa', true],
    ['abcabcabcabcabc', true],
    ['password1234', true],
    ['Password 1234', true],
    ['correct horse battery staple', true],
    ['quiet otter pencil harbour', false],
    ['tidal-moss-lantern-42', false],
  ] as const) {
    it(`calls "${password}" ${weak ? 'weak' : 'acceptable'}`, () => {
      assert.equal(passwordWeakness(password) !== undefined, weak, passwordWeakness(password));
    });
  }
});

/** A tiny site encrypted once with format version 1; later code must still open it. */
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'encrypted-v1');
const FIXTURE_PASSWORD = 'fixture-password-v1';
const FIXTURE_FILES: Record<string, string> = {
  'index.html': '<!DOCTYPE html><title>Home</title><nav aria-label="Site"><ul></ul></nav>',
  '2024/05/02/a-walk/index.html': '<!DOCTYPE html><title>A walk</title><p>Out on the ridge.</p>',
  'media/0123456789abcdef0123-small.webp': 'RIFF not really an image',
  'search/manifest.js': 'inhaleSearchData("manifest", {"version":1});',
};

describe('the committed version 1 fixture (tests/fixtures/encrypted-v1)', () => {
  it('still decrypts with the current code', async () => {
    if (process.env.UPDATE === '1') {
      const plain = temporaryFolder();
      for (const [file, text] of Object.entries(FIXTURE_FILES)) {
        await mkdir(path.dirname(path.join(plain, file)), { recursive: true });
        await writeFile(path.join(plain, file), text);
      }
      await rm(FIXTURE, { recursive: true, force: true });
      const cache = temporaryFolder();
      const opened = await openOrCreateKeys(FIXTURE, cache, FIXTURE_PASSWORD, () => {});
      await encryptSite(plain, FIXTURE, cache, opened);
      // Only the keys and the ciphertexts are the fixture; the shell is rebuilt every time.
      for (const file of ['index.html', 'robots.txt', 'sw.js', 'unlock.css', 'unlock.js'])
        await rm(path.join(FIXTURE, file));
    }
    assert.deepEqual(await readdir(FIXTURE), ['c', 'keys.json']);
    const keys = await keysOf(FIXTURE, FIXTURE_PASSWORD);
    for (const [file, text] of Object.entries(FIXTURE_FILES)) {
      const expected = file.endsWith('.html')
        ? text.replace(
            '</ul>',
            `<li><a href="${'../'.repeat(file.split('/').length - 1) || './'}_inhale/lock">Lock</a></li></ul>`,
          )
        : text;
      assert.equal(await decryptPage(FIXTURE, keys, file), expected, file);
    }
    await assert.rejects(keysOf(FIXTURE, 'fixture-password-v2'), WrongPasswordError);
  });
});
