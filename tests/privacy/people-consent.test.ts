import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { everyByte, found } from '../helpers/canary.ts';
import { peopleArchive, WITHHELD } from '../helpers/people-archive.ts';
import { temporaryFolder } from '../helpers/paths.ts';

/** The withheld person's name, handle and address, and the words of the comment they wrote. */
const CANARIES = ['zqxwithheld', WITHHELD.handle, WITHHELD.address, 'zqxwords'];

async function build(audience: 'private' | 'friends' | 'public') {
  const archive = await peopleArchive();
  const out = path.join(temporaryFolder(), audience);
  const { site } = await buildSite(archive, out, { audience });
  await site.close();
  return { out, bytes: await everyByte(out) };
}

describe('consent: a person marked publish: false', () => {
  for (const audience of ['friends', 'public'] as const)
    it(`is in no file of a ${audience} build: not their name, handle, address or words, search index included`, async () => {
      const { out, bytes } = await build(audience);
      for (const canary of CANARIES) assert.deepEqual(found(bytes, canary), [], canary);
      assert.ok(
        bytes.some(({ file }) => file.startsWith(`search${path.sep}`)),
        'the build has a search index to look in',
      );
      assert.equal(existsSync(path.join(out, 'people', 'quinn-zqxwithheld')), false);
      const hike = await readFile(path.join(out, '2020', '07', '10', 'reply.html'), 'utf8');
      assert.match(hike, /Hiking next week with @ANA_K and someone, who knows the way\./);
      const walk = await readFile(
        path.join(out, '2022', '02', '02', 'walk-with-someone.html'),
        'utf8',
      );
      assert.match(walk, /Out with someone \(someone\), a good day\./);
      assert.equal(
        existsSync(path.join(out, '2022', '03', '01')),
        false,
        'the comment they wrote is left out',
      );
      // Ana said yes: her page is there.
      assert.ok(existsSync(path.join(out, 'people', 'ana-kovac', 'index.html')));
    });

  it('is all there in the private build (so the searches above can fail)', async () => {
    const { out, bytes } = await build('private');
    for (const canary of CANARIES) assert.notDeepEqual(found(bytes, canary), [], canary);
    assert.ok(existsSync(path.join(out, 'people', 'quinn-zqxwithheld', 'index.html')));
    assert.match(
      await readFile(path.join(out, 'people', 'quinn-zqxwithheld', 'index.html'), 'utf8'),
      new RegExp(WITHHELD.address),
    );
  });
});
