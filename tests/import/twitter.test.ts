import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { parseTwitterDate } from '../../src/import/twitter.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries as entriesOf, newArchive, snapshot as snapshotOf } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { filesIn, REPO, temporaryFolder } from '../helpers/paths.ts';
import { makeZip } from '../helpers/zip.ts';

const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'twitter');
const X_2026 = path.join(SHARED_FIXTURES, 'twitter', 'x-archive-2026');
const snapshot = (archive: string) => snapshotOf(archive, 'twitter');
const entries = (archive: string) => entriesOf(archive, 'twitter');

/** Zips a folder with the test zip writer, as Twitter's download does. */
async function zipOf(folder: string): Promise<string> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((item) =>
    item.isFile(),
  );
  const zip = makeZip(
    await Promise.all(
      files.map(async (item) => ({
        name: path.relative(folder, path.join(item.parentPath, item.name)),
        data: await readFile(path.join(item.parentPath, item.name)),
        deflate: true,
      })),
    ),
  );
  const file = path.join(temporaryFolder(), 'twitter-archive.zip');
  await writeFile(file, zip);
  return file;
}

describe('the Twitter/X importer', () => {
  it('reads both date formats', () => {
    assert.equal(parseTwitterDate('Wed Oct 10 20:19:24 +0000 2018'), '2018-10-10T20:19:24+00:00');
    assert.equal(parseTwitterDate('2012-01-31 23:30:00 +0000'), '2012-01-31T23:30:00+00:00');
    assert.equal(parseTwitterDate('yesterday'), undefined);
  });

  it(
    'imports the real 2026 X archive: one entry per tweet, and a second import changes nothing',
    { skip: sharedFixturesMissing() },
    async () => {
      // Counted independently of the importer: every object in tweets.js has a "tweet" key.
      // Community tweets (community-tweet.js) are tweets too: 60 + 3.
      const count = async (file: string) =>
        ((await readFile(path.join(X_2026, 'data', file), 'utf8')).match(/"tweet" :/g) ?? [])
          .length;
      const expected = (await count('tweets.js')) + (await count('community-tweet.js'));
      assert.equal(expected, 63);
      const archive = await newArchive('Europe/Berlin');
      const first = await runImport(archive, X_2026);
      assert.equal(first.added, expected);
      assert.equal((await entries(archive)).length, expected);
      const before = await snapshot(archive);
      const second = await runImport(archive, X_2026, { source: 'twitter' });
      assert.deepEqual([second.added, second.updated, second.unchanged], [0, 0, expected]);
      assert.deepEqual(await snapshot(archive), before, 'byte for byte the same');

      const all = await entries(archive);
      // Counted with grep: 10 full_text values start with "RT @"; 47 tweets of tweets.js and all
      // 3 community tweets have an in_reply_to_status_id_str.
      assert.equal(all.filter((entry) => entry.data.kind === 'repost').length, 10);
      assert.equal(
        all.filter((entry) => entry.data.kind === 'reply').length,
        47 + 3 - all.filter((entry) => entry.data.kind === 'repost' && entry.data.inReplyTo).length,
      );
      assert.ok(
        all.every(
          (entry) => entry.data.date.endsWith('+01:00') || entry.data.date.endsWith('+02:00'),
        ),
        'dates in the archive time zone',
      );
      // Retweets in the archive are cut at 140 characters, t.co link and all; every other link is expanded.
      assert.ok(
        all
          .filter((entry) => entry.data.kind !== 'repost')
          .every((entry) => !/https:\/\/t\.co\//.test(entry.body)),
        't.co links are expanded',
      );
      const withMedia = all.filter((entry) => (entry.data.media as unknown[] | undefined)?.length);
      assert.ok(withMedia.length >= 3, 'media in tweets_media/ is copied beside its entry');
      for (const entry of withMedia) {
        for (const item of entry.data.media as { path: string }[])
          assert.ok(existsSync(path.join(archive, path.dirname(entry.file), item.path)));
      }
      assert.ok(
        first.warnings.some((warning) => /2015875810125549978.*not in the export/.test(warning)),
        'the missing video is reported',
      );
    },
  );

  it(
    'imports likes and direct messages only when asked, messages always private',
    { skip: sharedFixturesMissing() },
    async () => {
      const data = path.join(X_2026, 'data');
      // Counted independently: the objects in like.js and the messages in direct-messages.js.
      const likes = ((await readFile(path.join(data, 'like.js'), 'utf8')).match(/"like" :/g) ?? [])
        .length;
      const messages = (
        (await readFile(path.join(data, 'direct-messages.js'), 'utf8')).match(
          /"messageCreate" :/g,
        ) ?? []
      ).length;
      assert.deepEqual([likes, messages], [40, 17]);
      const archive = await newArchive();
      const report = await runImport(archive, X_2026, { include: ['likes', 'dms'] });
      assert.equal(report.added, 63 + likes + messages);
      const all = await entries(archive);
      const dms = all.filter((entry) => entry.data.kind === 'message');
      assert.equal(dms.length, messages);
      assert.ok(dms.every((entry) => entry.data.visibility === 'private'));
      // Each message knows its side of the conversation, for its chat bubble.
      const sides = new Set(dms.map((entry) => entry.data['direction']));
      assert.deepEqual([...sides].sort(), ['received', 'sent']);
      assert.equal(all.filter((entry) => entry.data.kind === 'like').length, likes);
      const like = all.find((entry) => entry.data.id === 'twitter:like-2029894586810667242')!;
      assert.match(like.data.date, /^2026-03-06T/, 'the liked tweet’s time, from its snowflake id');
    },
  );

  it(
    'imports the same archive from a zip, read in place',
    { skip: sharedFixturesMissing() },
    async () => {
      const archive = await newArchive();
      const report = await runImport(archive, await zipOf(X_2026));
      assert.equal(report.added, 63);
    },
  );

  it('turns a synthetic 2023 archive into posts, replies, reposts, long posts, edits and media', async () => {
    const archive = await newArchive('Europe/London');
    const report = await runImport(archive, path.join(FIXTURES, 'synthetic-2023'));
    assert.equal(report.added, 6);
    assert.equal(report.skipped['earlier version of an edited tweet'], 1);
    const byId = new Map((await entries(archive)).map((entry) => [entry.data.id, entry]));
    const bread = byId.get('twitter:1600000000000000001')!;
    assert.equal(
      bread.body,
      'Flatbread & soup tonight, \\*hot\\* pan \\<3 #bread <https://example.org/recipes/flatbread>\n',
    );
    assert.deepEqual(bread.data.tags, ['bread']);
    assert.equal(bread.data.date, '2023-01-05T08:30:00+00:00');
    assert.equal(bread.data.url, 'https://x.com/robin_ashby/status/1600000000000000001');
    assert.equal(
      byId.get('twitter:1600000000000000002')!.data.inReplyTo,
      'twitter:1600000000000000001',
    );
    assert.equal(byId.get('twitter:1610000000000000001')!.data.kind, 'repost');
    assert.deepEqual(byId.get('twitter:1610000000000000001')!.data.people, ['@priya_nair']);
    assert.ok(
      !byId.has('twitter:1620000000000000001'),
      'the earlier version of an edit is left out',
    );
    assert.match(byId.get('twitter:1620000000000000002')!.body, /beans planted\./);
    assert.match(
      byId.get('twitter:1650000000000000001')!.body,
      /The end of the long post is here\.$/m,
    );
    const photo = byId.get('twitter:1660000000000000001')!;
    assert.deepEqual(
      photo.data.media,
      [{ path: '0d6e7b0fa2c5a6f0.png', alt: 'Bean plants on a fence', type: 'image' }].map(
        (item) => ({ ...item, path: (photo.data.media as { path: string }[])[0]!.path }),
      ),
    );
    assert.equal(photo.body.trim(), 'The beans reached the top');
  });

  it('imports the older Grailbird layout', async () => {
    const archive = await newArchive('America/New_York');
    const report = await runImport(archive, path.join(FIXTURES, 'grailbird-2012'));
    assert.equal(report.added, 2);
    const reply = (await entries(archive)).find(
      (entry) => entry.data.id === 'twitter:163000000000000002',
    )!;
    assert.equal(reply.data.date, '2012-01-31T18:30:00-05:00');
    assert.equal(reply.body.trim(), '@sam\\_example yes, the new place does good #coffee & cake');
    assert.deepEqual(reply.data.people, ['@sam_example']);
  });

  it('keeps a hand-edited entry when the same tweet is imported again', async () => {
    const archive = await newArchive();
    await runImport(archive, path.join(FIXTURES, 'synthetic-2023'));
    const entry = (await entries(archive)).find(
      (item) => item.data.id === 'twitter:1600000000000000002',
    )!;
    const file = path.join(archive, entry.file);
    const edited = (await readFile(file, 'utf8')).replace('lentil', 'lentil (and very good)');
    await writeFile(file, edited);
    const report = await runImport(archive, path.join(FIXTURES, 'synthetic-2023'));
    assert.deepEqual(report.keptEdited, [entry.file]);
    assert.equal(await readFile(file, 'utf8'), edited);
  });

  it('writes nothing on a dry run', async () => {
    const archive = await newArchive();
    const report = await runImport(archive, path.join(FIXTURES, 'synthetic-2023'), {
      dryRun: true,
    });
    assert.equal(report.added, 6);
    assert.equal((await snapshot(archive)).size, 0);
    assert.deepEqual(await filesIn(path.join(archive, '.inhale-cache')), []);
  });

  const refused: [string, () => Promise<string>, RegExp, string?][] = [
    [
      'a tweets.js whose payload is code',
      async () => path.join(FIXTURES, 'tweets-js-payload-is-code'),
      /not JSON after the "="/,
    ],
    [
      'a truncated tweets.js',
      async () => path.join(FIXTURES, 'malformed-json'),
      /malformed-json\/data\/tweets\.js: not JSON/,
    ],
    [
      'a folder that is not an export',
      async () => path.join(REPO, 'layouts'),
      /not an export inhale knows/,
    ],
    [
      'a truncated zip',
      async () => {
        const zip = await readFile(await zipOf(path.join(FIXTURES, 'synthetic-2023')));
        const file = path.join(temporaryFolder(), 'cut.zip');
        await writeFile(file, zip.subarray(0, zip.length - 40));
        return file;
      },
      /not a readable zip file \(end of central directory record signature not found.*is the download complete\?/i,
    ],
    [
      'a zip entry that climbs out of its folder',
      async () => {
        const file = path.join(temporaryFolder(), 'slip.zip');
        await writeFile(
          file,
          makeZip([
            { name: 'data/tweets.js', data: 'window.YTD.tweets.part0 = []' },
            { name: '../../evil.txt', data: 'x' },
          ]),
        );
        return file;
      },
      /invalid relative path/,
    ],
    [
      'a zip bomb',
      async () => {
        const file = path.join(temporaryFolder(), 'bomb.zip');
        await writeFile(
          file,
          makeZip([{ name: 'data/tweets.js', data: Buffer.alloc(20 * 1024 ** 2), deflate: true }]),
        );
        return file;
      },
      /looks like a zip bomb/,
    ],
    [
      'a zip entry that inflates past its declared size',
      async () => {
        const file = path.join(temporaryFolder(), 'liar.zip');
        await writeFile(
          file,
          makeZip([
            {
              name: 'data/tweets.js',
              data: `window.YTD.tweets.part0 = [${' '.repeat(5000)}]`,
              deflate: true,
              declaredSize: 30,
            },
          ]),
        );
        return file;
      },
      /too many bytes in the stream/,
    ],
  ];
  for (const [name, input, message, source] of refused) {
    const skip = source ? sharedFixturesMissing() : undefined;
    it(
      `refuses ${name} with a clear message and leaves the archive as it was`,
      { skip },
      async () => {
        const archive = await newArchive();
        const before = await snapshot(archive);
        await assert.rejects(runImport(archive, await input(), { source }), message);
        assert.deepEqual(await snapshot(archive), before);
        assert.equal((globalThis as Record<string, unknown>).inhalePwned, undefined);
        assert.ok(
          !existsSync(path.join(archive, '.inhale-cache', 'import.lock')),
          'the lock is released',
        );
      },
    );
  }

  it(
    'accounts for every file of the real 2026 X archive, and its records add up',
    { skip: sharedFixturesMissing() },
    async () => {
      const archive = await newArchive();
      for (const include of [[], ['likes', 'dms']]) {
        const report = await runImport(archive, X_2026, { include, dryRun: true });
        const files = report.files ?? [];
        assert.deepEqual(unbalanced(files), []);
        // X's own files are all named; the only one it does not know is the sample's licence.
        assert.deepEqual(
          files.filter((file) => file.status === 'not-understood').map((file) => file.file),
          ['LICENSE.txt'],
        );
        const byName = new Map(files.map((file) => [file.file, file]));
        // Counted with grep: `"tweet" :` in tweets.js (60) and community-tweet.js (3).
        assert.equal(byName.get('data/tweets.js')?.records, 60);
        assert.equal(byName.get('data/community-tweet.js')?.records, 3);
        assert.match(byName.get('data/ip-audit.js')?.reason ?? '', /IP addresses/);
        assert.match(byName.get('data/ad-impressions.js')?.reason ?? '', /ads/);
        assert.equal(byName.get('data/deleted-tweets.js')?.status, 'not-imported');
        if (include.length === 0) {
          assert.equal(byName.get('data/like.js')?.include, 'likes');
          assert.equal(byName.get('data/direct-messages.js')?.include, 'dms');
        } else {
          // Counted independently: the like objects, and every message of every conversation.
          const data = path.join(X_2026, 'data');
          const likes = (await readFile(path.join(data, 'like.js'), 'utf8')).match(/"like" :/g);
          const conversations = JSON.parse(
            (await readFile(path.join(data, 'direct-messages.js'), 'utf8')).replace(/^[^=]*=/, ''),
          ) as { dmConversation: { messages: unknown[] } }[];
          assert.equal(byName.get('data/like.js')?.records, likes?.length);
          assert.equal(
            byName.get('data/direct-messages.js')?.records,
            conversations.reduce(
              (sum, { dmConversation }) => sum + dmConversation.messages.length,
              0,
            ),
          );
        }
      }
    },
  );

  it(
    'accounts for the files of a partial 2019 archive that holds no tweets',
    { skip: sharedFixturesMissing() },
    async () => {
      const archive = await newArchive();
      const input = path.join(SHARED_FIXTURES, 'twitter', 'twitter-archive-2019-partial');
      const report = await runImport(archive, input, { source: 'twitter' });
      assert.equal(report.added, 0);
      assert.ok(report.warnings.some((warning) => /no tweets in this archive/.test(warning)));
      // Six files, counted with ls: account, account-suspension, app, follower, following, saved-search.
      assert.deepEqual(
        (report.files ?? []).map((file) => [file.file, file.status]),
        ['account-suspension', 'account', 'app', 'follower', 'following', 'saved-search'].map(
          (name) => [`data/${name}.js`, 'not-imported'],
        ),
      );
    },
  );

  it('balances the coverage of every Twitter fixture in this repository', async () => {
    const inputs = [
      path.join(FIXTURES, 'synthetic-2023'),
      path.join(FIXTURES, 'grailbird-2012'),
      ...['likes', 'post-and-reply', 'grailbird-2007-day-dates'].map((name) =>
        path.join(REPO, 'tests', 'import', 'cases', 'twitter', name, 'input'),
      ),
    ];
    for (const input of inputs) {
      const report = await runImport(await newArchive(), input, {
        include: ['likes', 'dms'],
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

  it('files a date-only 2007 tweet on its own day in any time zone, and re-imports as a no-op', async () => {
    const input = path.join(
      REPO,
      'tests',
      'import',
      'cases',
      'twitter',
      'grailbird-2007-day-dates',
      'input',
    );
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const archive = await newArchive(zone);
      const report = await runImport(archive, input);
      assert.equal(report.added, 3);
      const first = (await entries(archive)).find((entry) => entry.data.id === 'twitter:810')!;
      assert.equal(first.data.date, '2007-03-01');
      assert.equal(first.data['dateSource'], 'day');
      assert.match(first.file, /^twitter\/2007\/03\/01-/);
      // The month tweet_index.js lists but the export lacks is named with its count.
      assert.ok(report.warnings.some((warning) => /2008-01 is listed with 5 tweet/.test(warning)));
      // A retweet's text is the original's, whole, not Grailbird's cut "…".
      const retweet = (await entries(archive)).find((entry) => entry.data.id === 'twitter:5100')!;
      assert.match(
        retweet.body,
        /can hold in its own text: here <https:\/\/example\.org\/long_read\/ovens>/,
      );
      const before = await snapshot(archive);
      const again = await runImport(archive, input);
      assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 3]);
      assert.deepEqual(await snapshot(archive), before);
    }
  });

  it(
    'keeps the original link and description of a media file the export lacks',
    { skip: sharedFixturesMissing() },
    async () => {
      const archive = await newArchive();
      await runImport(archive, X_2026);
      const video = (await entries(archive)).find(
        (entry) => entry.data.id === 'twitter:2015875810125549978',
      )!;
      assert.equal(video.data.media, undefined);
      assert.match(video.body, /\[Video\]\(https:\/\/video\.twimg\.com\/[^)]+\.mp4[^)]*\)/);
    },
  );

  it(
    "imports tweets saved from Twitter's API (a JSON list), a retweet's text whole",
    { skip: sharedFixturesMissing() },
    async () => {
      const input = path.join(SHARED_FIXTURES, 'twitter', 'api-json');
      // Counted independently: the objects of the JSON list.
      const list = JSON.parse(
        await readFile(path.join(input, 'tweets-v1.1-hydrated.json'), 'utf8'),
      ) as unknown[];
      assert.equal(list.length, 3);
      const archive = await newArchive();
      const report = await runImport(archive, input);
      assert.equal(report.source, 'twitter');
      assert.equal(report.added, list.length);
      assert.deepEqual(unbalanced(report.files ?? []), []);
      const retweet = (await entries(archive)).find(
        (entry) => entry.data.id === 'twitter:1169246717864136705',
      )!;
      assert.equal(retweet.data.kind, 'repost');
      assert.match(retweet.body, /Could CCU help the carbon capture industry scale up\? <https:/);
      assert.doesNotMatch(retweet.body, /…/);
      assert.equal(retweet.data.url, 'https://x.com/simonw/status/1169246717864136705');
    },
  );

  it('never follows a symbolic link stored in a zip', async () => {
    const archive = await newArchive();
    const tweets = await readFile(path.join(FIXTURES, 'synthetic-2023', 'data', 'tweets.js'));
    const file = path.join(temporaryFolder(), 'link.zip');
    await writeFile(
      file,
      makeZip([
        { name: 'data/tweets.js', data: tweets },
        {
          name: 'data/tweets_media/1660000000000000001-FwXyZ1234.png',
          data: '/etc/passwd',
          mode: 0o120777,
        },
      ]),
    );
    const report = await runImport(archive, file);
    assert.equal(report.added, 6);
    assert.ok(
      report.warnings.some((warning) => /FwXyZ1234\.png is not in the export/.test(warning)),
    );
  });
});
