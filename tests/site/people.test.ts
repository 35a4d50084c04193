import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { peopleArchive } from '../helpers/people-archive.ts';
import { temporaryFolder } from '../helpers/paths.ts';

describe('person pages', () => {
  const out = path.join(temporaryFolder(), 'dist');
  let summary: Awaited<ReturnType<typeof buildSite>>['summary'];
  /** A page with its white space collapsed, as a reader sees its text. */
  const page = async (file: string) =>
    (await readFile(path.join(out, file), 'utf8')).replace(/\s+/g, ' ');

  before(async () => {
    const archive = await peopleArchive({ months: 3 });
    const build = await buildSite(archive, out);
    summary = build.summary;
    await build.site.close();
  });

  it('@ana_k on Twitter, ana@example.org in mail and "Ana Kovač" on Facebook are one page', async () => {
    const people = (await readdir(path.join(out, 'people'))).sort();
    assert.deepEqual(
      people.filter((name) => !name.startsWith('avatar-')),
      ['ana-kovac', 'bo', 'index.html', 'quinn-zqxwithheld'],
    );
    const ana = await page('people/ana-kovac/index.html');
    assert.match(ana, /<h1>Ana Kovač<\/h1>/);
    // Eleven tweets naming or mentioning her, two mails, one Facebook post.
    assert.match(ana, /14 entries over 7 years, 2015–2021: 11 Twitter\/X, 2 Mail, 1 Facebook\./);
    for (const title of [
      'Coffee with @ana_k',
      'Plans for spring',
      'Re: Plans for spring',
      'At the lake',
    ])
      assert.ok(ana.includes(title), title);
    assert.match(ana, /@ana_k on Twitter\/X/);
    assert.match(ana, /ana@example\.org/, 'her address, in the private build');
    assert.doesNotMatch(
      await page('people/index.html'),
      /A\. K\./,
      'the name in her header is hers',
    );
  });

  it('shows when you were in touch, conversations, photos and her avatar', async () => {
    const ana = await page('people/ana-kovac/index.html');
    assert.match(ana, /<svg viewBox="0 0 \d+ \d+"[^>]*role="img"/);
    assert.match(ana, /<title id="strip-title">Entries with Ana Kovač per month, 2015 to 2021: /);
    assert.match(ana, /<title>3 entries in February 2015<\/title>/);
    assert.match(ana, /<title>No entries in February 2019<\/title>/);
    assert.match(
      ana,
      /<h2 id="conversations">Conversations<\/h2>[\s\S]*Plans for spring[\s\S]*2 messages/,
    );
    assert.match(ana, /<h2 id="photos">Photos together<\/h2>/);
    assert.match(
      ana,
      /<img class="avatar avatar-large" src="\.\.\/\.\.\/people\/avatar-[0-9a-f]{16}\.webp"/,
    );
  });

  it('publishes each avatar once as a file that her page and the index link to, not inline', async () => {
    const avatars = (await readdir(path.join(out, 'people'))).filter((name) =>
      name.startsWith('avatar-'),
    );
    assert.equal(avatars.length, 1, 'Ana’s, once');
    const bytes = await readFile(path.join(out, 'people', avatars[0]!));
    assert.equal(bytes.subarray(8, 12).toString('latin1'), 'WEBP');
    const index = await page('people/index.html');
    assert.ok(index.includes(`<img class="avatar avatar-small" src="../people/${avatars[0]}"`));
    for (const file of ['people/index.html', 'people/ana-kovac/index.html'])
      assert.doesNotMatch(await page(file), /data:image/, file);
  });

  it('the index puts whoever is most in your life first, with counts and years', async () => {
    const index = await page('people/index.html');
    const order = [...index.matchAll(/<a href="(?:\.\.\/)?people\/([^/]+)\/">/g)].map(
      (match) => match[1],
    );
    assert.deepEqual(order.slice(0, 1), ['ana-kovac']);
    assert.match(index, /14 entries · 2015–2021/);
    assert.match(index, /<span class="avatar avatar-small initial" aria-hidden="true">B<\/span>/);
    assert.ok(summary.entries > 0);
  });

  it('entry pages link their people to the person’s page', async () => {
    const mail = await page('2020/01/03/re-plans.html');
    assert.match(mail, /href="[./]*people\/ana-kovac\/">Ana Kovač<\/a>/);
  });
});
