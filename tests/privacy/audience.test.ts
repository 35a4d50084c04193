import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { archiveWithSecrets, CANARY, everyByte, found, FRIENDS_CANARY } from '../helpers/canary.ts';
import { temporaryFolder } from '../helpers/paths.ts';

/** The published images, videos and sounds of a built site. */
const mediaFiles = (site: { file: string }[]) =>
  site.map(({ file }) => file).filter((file) => file.startsWith(`media${path.sep}`));

/** The pages of one day (`2024/05/05`) in a built site. */
const filesOfDay = (site: { file: string }[], day: string) =>
  site.map(({ file }) => file).filter((file) => file.startsWith(path.join(...day.split('/'))));

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
    const reply = await readFile(path.join(out, '2024', '05', '03', 'public-reply.html'), 'utf8');
    assert.match(reply, /In reply to a post that is not in this site/);
    const shared = await readFile(path.join(out, 'tags', 'shared', 'index.html'), 'utf8');
    assert.match(shared, /1 entry/);
    const walk = await readFile(path.join(out, '2024', '05', '01', 'public-walk.html'), 'utf8');
    assert.match(
      walk,
      /\(51\.400, -2\.600\)/,
      'places are blurred to a city outside the private build',
    );
    assert.deepEqual(mediaFiles(bytes), [], 'the private photo is not published');
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
    assert.deepEqual(filesOfDay(bytes, '2024/05/05'), [], 'the mail marked public is left out');
  });

  it('the private build has everything (so the searches above can fail)', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'private');
    const { summary, site } = await buildSite(archive, out);
    await site.close();
    assert.equal(summary.entries, 6, 'five here and the first entry inhale init writes');
    const bytes = await everyByte(out);
    assert.ok(found(bytes, CANARY).length > 0);
    assert.notDeepEqual(mediaFiles(bytes), [], 'the private photo is published');
    assert.notDeepEqual(filesOfDay(bytes, '2024/05/05'), [], 'the mail is published');
    const page = await readFile(path.join(out, '2024', '05', '01', 'public-walk.html'), 'utf8');
    assert.match(page, /\(51\.449, -2\.598\)/);
  });
});
