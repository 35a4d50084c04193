import assert from 'node:assert/strict';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

// The layout follows Mastodon's archive export (app/services/backup_service.rb): outbox.json
// as an ActivityStreams OrderedCollection of Create/Announce activities, actor.json, and
// media_attachments/files/… referenced by each attachment's url.
const EXPORT = path.join(REPO, 'tests', 'fixtures', 'mastodon', 'synthetic-2024');

describe('the Mastodon importer', () => {
  it('imports every post, reply, poll and boost; a second import changes nothing', async () => {
    // Counted independently of the importer: the activities in outbox.json.
    const expected = (
      JSON.parse(await readFile(path.join(EXPORT, 'outbox.json'), 'utf8')) as {
        orderedItems: unknown[];
      }
    ).orderedItems.length;
    const archive = await newArchive('Europe/London');
    const report = await runImport(archive, EXPORT);
    assert.equal(report.source, 'mastodon');
    assert.equal(report.added, expected);
    const before = await snapshot(archive, 'mastodon');
    const again = await runImport(archive, EXPORT, { source: 'mastodon' });
    assert.equal(again.unchanged, expected);
    assert.deepEqual(await snapshot(archive, 'mastodon'), before);

    const byNumber = new Map(
      (await entries(archive, 'mastodon')).map((entry) => [entry.data.id.slice(-1), entry]),
    );
    assert.deepEqual(byNumber.get('1')!.data.tags, ['bread']);
    assert.deepEqual(byNumber.get('1')!.data.people, ['@sam@other.example']);
    assert.match(
      byNumber.get('1')!.body,
      /\[example\.org\/recipes\/sourdou\]\(https:\/\/example\.org\/recipes\/sourdough-loaf\)/,
    );
    assert.equal(byNumber.get('2')!.data.contentWarning, 'film spoilers');
    assert.equal(byNumber.get('3')!.data.inReplyTo, byNumber.get('2')!.data.id);
    assert.equal(byNumber.get('4')!.data.visibility, 'private', 'followers-only is private');
    assert.equal(byNumber.get('5')!.data.visibility, 'private', 'direct is private');
    assert.equal(byNumber.get('1')!.data.visibility, undefined, 'public keeps the default');
    assert.deepEqual(byNumber.get('6')!.data.media, [
      {
        path: (byNumber.get('6')!.data.media as { path: string }[])[0]!.path,
        alt: 'Bean seedlings in a tray',
        type: 'image',
      },
    ]);
    assert.equal(byNumber.get('8')!.data.kind, 'poll');
    assert.match(byNumber.get('8')!.body, /- Sourdough \(12 votes\)\n- Rye \(5 votes\)/);
    assert.equal(byNumber.get('9')!.data.kind, 'repost');
    assert.doesNotMatch(byNumber.get('7')!.body, /script|onerror|javascript/);
  });

  it('shows content warnings folded, replies linked and media on the site', async () => {
    const archive = await newArchive('Europe/London');
    await runImport(archive, EXPORT);
    const out = path.join(temporaryFolder(), 'site');
    const { site } = await buildSite(archive, out);
    await site.close();
    const filmPage = await readFile(
      path.join(out, '2024', '01', '06', 'the-ending-of-that-film-i-have-thoughts-004652.html'),
      'utf8',
    );
    assert.match(
      filmPage,
      /<details class="content-warning"><summary>Content warning: film spoilers<\/summary>/,
    );
    assert.match(
      filmPage,
      /Conversation · 2 entries[\s\S]*aria-current="page"[\s\S]*and-more-thoughts-replying-to-myself/,
      'the thread, in order',
    );
    const reply = await readFile(
      path.join(out, '2024', '01', '06', 'and-more-thoughts-replying-to-myself-0d5d53.html'),
      'utf8',
    );
    assert.match(
      reply,
      /class="thread"[\s\S]*href="..\/..\/..\/2024\/01\/06\/the-ending-of-that-film-i-have-thoughts-004652\.html"[\s\S]*Content warning: film spoilers[\s\S]*aria-current="page"/,
      'the reply page shows what it answers, folded behind its warning, above it',
    );
    const beans = await readFile(
      path.join(out, '2024', '03', '01', 'the-beans-are-up-751dc8.html'),
      'utf8',
    );
    assert.match(
      beans,
      /<source type="image\/webp" srcset="..\/..\/..\/media\/[0-9a-f]+-large\.webp"[\s\S]*?<img\s+src="..\/..\/..\/media\/[0-9a-f]+-large\.jpg"[^>]*alt="Bean seedlings in a tray"/,
    );
  });

  const real: [string, { outbox: number; likes: number; bookmarks: number; media: number }][] = [
    // Counted independently with JSON.parse below; the numbers are also what SOURCES.md says:
    // 61 activities (48 Create, 13 Announce), 147 likes, no bookmarks, 1 of 8 media files kept.
    ['lmorchard-mastodon-social-2022', { outbox: 61, likes: 147, bookmarks: 0, media: 1 }],
    // 18 activities, 3 likes, no bookmarks, its one media file dropped from the sample.
    ['lmorchard-toot-2023', { outbox: 18, likes: 3, bookmarks: 0, media: 0 }],
    ['lmorchard-toot-2023.zip', { outbox: 18, likes: 3, bookmarks: 0, media: 0 }],
  ];
  for (const [name, counts] of real) {
    it(
      `imports the real archive ${name} with its likes, every file accounted for, re-import a no-op`,
      { skip: sharedFixturesMissing() },
      async () => {
        const input = path.join(SHARED_FIXTURES, 'mastodon', name);
        if (!name.endsWith('.zip')) {
          const items = async (file: string) =>
            (
              JSON.parse(await readFile(path.join(input, file), 'utf8')) as {
                orderedItems: unknown[];
              }
            ).orderedItems.length;
          assert.deepEqual(
            [await items('outbox.json'), await items('likes.json'), await items('bookmarks.json')],
            [counts.outbox, counts.likes, counts.bookmarks],
          );
        }
        const archive = await newArchive();
        const include = ['likes', 'bookmarks'];
        const report = await runImport(archive, input, { include });
        assert.equal(report.added, counts.outbox + counts.likes + counts.bookmarks);
        const files = report.files ?? [];
        assert.deepEqual(unbalanced(files), []);
        assert.deepEqual(
          files.filter((file) => file.status === 'not-understood'),
          [],
          'every file named',
        );
        assert.equal(files.filter((file) => file.status === 'media').length, counts.media);
        const all = await entries(archive, 'mastodon');
        assert.equal(all.filter((entry) => entry.data.kind === 'like').length, counts.likes);
        // A media file the sample lacks keeps its place in the text.
        if (name === 'lmorchard-mastodon-social-2022')
          assert.equal(all.filter((entry) => /Video not in the export/.test(entry.body)).length, 1);
        const before = await snapshot(archive, 'mastodon');
        const again = await runImport(archive, input, { include });
        assert.deepEqual([again.added, again.updated], [0, 0]);
        assert.deepEqual(await snapshot(archive, 'mastodon'), before, 'byte for byte the same');
        // Without --include, likes and bookmarks are named with the part that imports them.
        const plain = await runImport(await newArchive(), input, { dryRun: true });
        assert.equal(plain.files?.find((file) => file.file === 'likes.json')?.include, 'likes');
      },
    );
  }

  it('balances the coverage of every Mastodon fixture in this repository', async () => {
    const cases = path.join(REPO, 'tests', 'import', 'cases', 'mastodon');
    const inputs = [
      EXPORT,
      ...['note-reply-boost', 'poll', 'edited-missing-media-likes'].map((name) =>
        path.join(cases, name, 'input'),
      ),
    ];
    for (const input of inputs) {
      const report = await runImport(await newArchive(), input, {
        include: ['likes', 'bookmarks'],
        dryRun: true,
      });
      assert.deepEqual(unbalanced(report.files ?? []), [], input);
      assert.deepEqual(
        (report.files ?? []).filter((file) => file.status === 'not-understood'),
        [],
        input,
      );
    }
  });

  it('dates a like whose post id tells no time by the file, and says so', async () => {
    const folder = temporaryFolder();
    for (const file of ['outbox.json', 'actor.json'])
      await writeFile(path.join(folder, file), await readFile(path.join(EXPORT, file)));
    await writeFile(
      path.join(folder, 'likes.json'),
      JSON.stringify({ orderedItems: ['https://old.example/users/sam/statuses/55864'] }),
    );
    await utimes(
      path.join(folder, 'likes.json'),
      new Date('2022-12-18T19:56:00Z'),
      new Date('2022-12-18T19:56:00Z'),
    );
    const archive = await newArchive('Europe/London');
    await runImport(archive, folder, { include: ['likes'] });
    const like = (await entries(archive, 'mastodon')).find((entry) => entry.data.kind === 'like')!;
    assert.equal(like.data.date, '2022-12-18T19:56:00+00:00');
    assert.equal(like.data['dateSource'], 'file-time');
  });

  it('refuses --include parts Mastodon does not have, naming the ones it has', async () => {
    await assert.rejects(
      runImport(await newArchive(), EXPORT, { include: ['dms'] }),
      /--include dms: Mastodon has the parts likes, bookmarks/,
    );
  });

  it('refuses an outbox that is not JSON, naming the file', async () => {
    const archive = await newArchive();
    const broken = temporaryFolder();
    await writeFile(path.join(broken, 'outbox.json'), '{"orderedItems": [');
    await writeFile(path.join(broken, 'actor.json'), '{}');
    await assert.rejects(runImport(archive, broken), /outbox\.json: not valid JSON/);
  });
});
