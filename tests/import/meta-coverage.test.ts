// Nothing a person had is silently dropped (issue 19), on Facebook and Instagram exports: every
// file of each case is read (its records adding up), left out on purpose with the reason and the
// --include that imports it, or named as not understood; the entries of each kind are counted.
//
// There is no real Meta export in ../shared/fixtures: the cases are synthetic, each file written
// the way Meta writes it (mojibake, \u escapes) in a layout documented by other parsers:
// NorseKode/Waultar-App documents/parser/{content,activity,interactions}_examples.md (posts with
// event, note, external_context {name, source, url} and place attachments; your_event_responses
// {events_joined, events_declined, events_interested}; event_invitations {events_invited_v2};
// polls_you_voted_on {poll_votes_v2}; Instagram's likes_media_likes) and its test data
// test/objectbox/data/Facebook/comments_and_reactions/comments_and_reactions.json (comments_v2,
// some records only Facebook's line); group_posts_v2 / group_comments_v2 as read by parsers of
// groups/your_posts_in_groups.json, group_posts_and_comments.json and your_comments_in_groups.json;
// saved_saved_media with string_map_data["Saved on"] as parsers of saved_posts.json read it;
// Instagram's direct messages in Messenger's message_1.json format. The data is made up.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { CoverageTally, unbalanced, type FileCoverage } from '../../src/import/coverage.ts';
import { openView } from '../../src/import/file-view.ts';
import { findSource } from '../../src/import/registry.ts';
import { runImport } from '../../src/import/run-import.ts';
import { kindFacts } from '../../src/site/kind-facts/index.ts';
import { renderMarkdown } from '../../src/site/markdown.ts';
import { forAudience } from '../../src/site/audience.ts';
import type { EntryRecord } from '../../src/shared/entry-types.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { exportFolder, metaJson } from '../helpers/meta-exports.ts';
import { CLI, temporaryFolder } from '../helpers/paths.ts';

const CASES = 'tests/import/cases';

/** What the importer yields for a case, tallied as the import does (run-import.ts). */
async function readCase(source: string, name: string) {
  const folder = path.join(CASES, source, name);
  const optionsFile = path.join(folder, 'options.json');
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { include?: string[] })
    : {};
  const view = await openView(path.join(folder, 'input'));
  const tally = new CoverageTally();
  const kinds: Record<string, number> = {};
  let skipped = 0;
  try {
    for await (const item of findSource(source).importer.read(view, {
      config: ArchiveConfigSchema.parse({}),
      include: new Set(options.include ?? []),
      people: new Map(),
    })) {
      if (item.type === 'entry') {
        tally.entry(
          item.entry.file,
          item.entry.media.map((media) => media.from),
        );
        kinds[item.entry.data.kind] = (kinds[item.entry.data.kind] ?? 0) + 1;
      } else if (item.type === 'skip') {
        assert.ok(item.file, `a skip names its file: ${item.reason}`);
        tally.skip(item.file);
        skipped++;
      } else if (item.type === 'unknown-record') tally.unknown(item.file);
      else if (item.type === 'file') tally.account(item.account);
    }
    return { files: tally.finish(await view.list()), kinds, skipped };
  } finally {
    await view.close();
  }
}

/**
 * Entries per kind, and records skipped, in each case: counted with jq on the case's input, not
 * with the importer. activity-2022: `jq length posts/your_posts_1.json` = 9 posts, of which
 * `select(any(.attachments[]?.data[]?; has("event")))` 1 event share, 1 link-only share (an
 * external_context url and no data[].post), `has("note")` 1 note, `has("place")` 2 (a
 * recommendation and a check-in), 2 with neither attachments nor words (skipped), 2 posts left;
 * `.event_responses_v2.events_joined|length` 2 + `.your_events_v2|length` 1 events (+ the share:
 * 4), `(.events_declined+.events_interested)|length` 2 skipped; comments_and_reactions.json 3
 * comments, 2 with words or an attachment (1 skipped), + `.group_comments_v2|length` 1;
 * `.group_posts_v2|length` 2, 1 with a poll; `.notes_v2|length` 1 (+1 in the posts: 2 notes);
 * `.poll_votes_v2|length` 1; 1 album; `.other_photos_v2|length` 2, one of them the album's photo
 * (`jq -r '.photos[].uri' photos_and_videos/album/0.json`, skipped), `.videos_v2|length` 1. damaged-part: `jq length posts/your_posts_1.json` 2 posts,
 * `.comments_v2|length` 1; your_posts_2.json does not parse (`jq . ` fails). messages-likes-saved:
 * 1 post, 1 reel, `.likes_media_likes|length` 1, `.saved_saved_media|length` 1, `.messages|length`
 * 4 of which 3 have content or photos (1 skipped). status-and-photo and carousel: 2 posts, 1 post.
 */
const EXPECTED: Record<string, { kinds: Record<string, number>; skipped: number }> = {
  'facebook/activity-2022': {
    kinds: {
      event: 4,
      bookmark: 1,
      post: 3,
      note: 2,
      checkin: 2,
      comment: 3,
      poll: 1,
      vote: 1,
      album: 1,
      photo: 1,
      video: 1,
    },
    skipped: 6,
  },
  'facebook/damaged-part': { kinds: { post: 2, comment: 1 }, skipped: 0 },
  'facebook/status-and-photo': { kinds: { post: 2 }, skipped: 0 },
  'instagram/carousel': { kinds: { post: 1 }, skipped: 0 },
  'instagram/messages-likes-saved': {
    kinds: { post: 1, reel: 1, like: 1, bookmark: 1, message: 3 },
    skipped: 1,
  },
};

/** Files of a case that nothing in inhale knows, on purpose: a folder Meta may add one day. */
const NOT_UNDERSTOOD: Record<string, string[]> = {
  'facebook/activity-2022': ['your_new_feature/mystery.json'],
  'facebook/damaged-part': ['posts/your_posts_2.json'],
};

describe('Facebook and Instagram: every file of the export is accounted for', () => {
  for (const source of ['facebook', 'instagram'])
    for (const name of readdirSync(path.join(CASES, source))) {
      const key = `${source}/${name}`;
      it(`adds up on the case ${key}: every record imported or skipped, every file named`, async () => {
        const { files, kinds, skipped } = await readCase(source, name);
        assert.deepEqual(unbalanced(files), [], 'imported + skipped + unknown = records');
        assert.ok(EXPECTED[key], `${key}: state its counts in EXPECTED`);
        assert.deepEqual(kinds, EXPECTED[key]!.kinds);
        assert.equal(skipped, EXPECTED[key]!.skipped);
        const silent = files.filter(
          (file) =>
            file.status === 'not-understood' && !(NOT_UNDERSTOOD[key] ?? []).includes(file.file),
        );
        assert.deepEqual(silent, [], 'no file of a known area falls through');
      });
    }

  it('says why each area of a Facebook export is left out, and which --include imports it', async () => {
    const { files } = await readCase('facebook', 'activity-2022');
    const of = (file: string) => files.find((item) => item.file === file) as FileCoverage;
    assert.deepEqual(
      [
        of('messages/inbox/samortega_x7k2/message_1.json').include,
        of('comments_and_reactions/posts_and_comments.json').include,
      ],
      ['messages', 'reactions'],
    );
    assert.equal(
      of('ads_information/advertisers_using_your_activity_or_information.json').reason,
      'ads and activity off Facebook',
    );
    assert.equal(of('security_and_login_information/account_activity.json').status, 'not-imported');
    assert.equal(of('comments_and_reactions/comments_and_reactions.json').status, 'read');
    assert.equal(of('groups/your_posts_in_groups.json').records, 2);
    assert.equal(of('your_new_feature/mystery.json').reason, 'inhale does not read this file');
  });
});

describe('Facebook: what a post holds is kept', () => {
  it('imports event shares, events joined and hosted with start and end, link shares, notes, polls, groups and comments; a re-import changes nothing', async () => {
    const archive = await newArchive('UTC');
    const input = path.join(CASES, 'facebook/activity-2022/input');
    const report = await runImport(archive, input);
    assert.equal(report.added, 20);
    assert.deepEqual(report.damaged, []);
    assert.equal(report.skipped['post with nothing in it'], 1);
    assert.equal(report.skipped['post with nothing in it but Facebook’s line about it'], 1);
    assert.equal(report.skipped['comment whose words the export does not hold'], 1);
    assert.equal(report.skipped['photo or video already in a post or an album'], 1);
    const all = await entries(archive, 'facebook');
    const titled = (title: string) => all.find((entry) => entry.data.title === title)!;

    const share = titled('Kampkunstshow i Holbæk');
    assert.equal(share.data.kind, 'event');
    assert.equal(share.data.start, '2022-04-15T10:20:00+00:00');
    assert.equal(share.data.end, '2022-04-15T13:20:00+00:00');
    const hosted = titled('Bread festival');
    assert.deepEqual(
      [hosted.data.start, hosted.data.end],
      ['2022-05-09T05:20:00+00:00', '2022-05-10T05:20:00+00:00'],
    );
    assert.equal(titled('Kanotur').data.end, undefined, 'Facebook writes 0 for no end');
    assert.deepEqual(kindFacts(titled('Poker night').data), [
      { label: 'When', value: 'Friday 6 May 2022, 05:20–10:20', card: true },
      { label: 'Where', value: 'Broløkkevej 54', card: true },
    ]);

    const link = titled('Er IT-selskaberne blevet uovervindelige?');
    assert.equal(link.data.kind, 'bookmark', 'a share of only a link is a link card');
    assert.equal(link.data.url, 'https://marketnews.example/opinion/blogs/view_17/3528');
    assert.ok(
      all.some((entry) =>
        entry.body.includes('[Rye, a field guide](<https://example.org/rye_guide>)'),
      ),
      'the name of a shared page is its link text',
    );
    assert.equal(titled('Bread diary').body.trim(), 'Day one: the starter bubbles.');
    assert.deepEqual(titled('Café Lune').data.place, {
      name: 'Café Lune',
      address: '4 Castle Street, Hay-on-Wye',
      lat: 52.0741,
      lon: -3.1272,
    });
    assert.equal(titled('Café Lune').data.kind, 'checkin', 'a place recommended');
    assert.equal(titled('Brecon Beacons').data.place?.address, 'Brecon, Wales');
    assert.ok(
      all.some((entry) => entry.body.trim() === 'Zimtstern'),
      'a name without a link',
    );
    const poll = all.find((entry) => entry.data.kind === 'poll')!;
    assert.match(poll.body, /Saturday \(your vote\)/);
    assert.equal(poll.data.title, 'Robin Ashby posted in Hay Bread Club.');
    assert.equal(
      all.find((entry) => entry.data.kind === 'vote')!.body.trim(),
      '- Kan ikke (your vote)',
    );
    assert.ok(
      all.some((entry) => entry.body.trim() === 'Saturday works for me'),
      'a group comment',
    );
    assert.ok(
      all.some((entry) => entry.body.includes('tenor.gif')),
      'a comment that is a GIF',
    );

    const before = await snapshot(archive, 'facebook');
    const again = await runImport(archive, input);
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 20]);
    assert.deepEqual(await snapshot(archive, 'facebook'), before, 'byte for byte the same');
  });

  it('keeps a hand edit of an imported event through a re-import', async () => {
    const archive = await newArchive('UTC');
    const input = path.join(CASES, 'facebook/activity-2022/input');
    await runImport(archive, input);
    const [file] = [...(await snapshot(archive, 'facebook')).keys()].filter((name) =>
      name.includes('bread-festival'),
    );
    assert.ok(file, 'the hosted event has its file');
    const edited = `${await readFile(path.join(archive, file), 'utf8')}\nWe sold out by noon.\n`;
    await writeFile(path.join(archive, file), edited);
    const again = await runImport(archive, input);
    assert.equal(again.keptEdited.length, 1);
    assert.equal(await readFile(path.join(archive, file), 'utf8'), edited);
  });

  it('skips one damaged part of a multi-file export, names it, imports the rest, and the command exits 1', async () => {
    const input = path.join(CASES, 'facebook/damaged-part/input');
    const report = await runImport(await newArchive(), input);
    assert.equal(report.added, 3);
    assert.equal(report.damaged.length, 1);
    assert.match(report.damaged[0]!, /^posts\/your_posts_2\.json: not valid JSON \(/);

    const archive = await newArchive();
    const result = spawnSync(
      process.execPath,
      [CLI, 'import', path.resolve(input), '--archive', archive],
      {
        cwd: temporaryFolder(),
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 1, result.stderr);
    assert.match(
      result.stdout,
      /1 damaged file\(s\) skipped, the rest imported.*posts\/your_posts_2\.json/,
    );
    assert.match(
      result.stdout,
      /not understood: posts\/your_posts_2\.json \(damaged: not valid JSON/,
    );
    assert.match(result.stdout, /3 added/);
  });
});

describe('Instagram: direct messages, likes and saved posts when asked', () => {
  it('imports direct messages as private messages with their direction, liked and saved posts as links, and a video’s place', async () => {
    const folder = path.join(temporaryFolder(), 'export');
    await cp(path.join(CASES, 'instagram/messages-likes-saved/input'), folder, { recursive: true });
    const archive = await newArchive('UTC');
    const without = await runImport(archive, folder, { dryRun: true });
    assert.equal(without.added, 2, 'only the post and the reel without --include');
    const left = without.files.filter((file) => file.include);
    assert.deepEqual(
      left.map((file) => [file.file.split('/').slice(-2).join('/'), file.include]),
      [
        ['likes/liked_posts.json', 'likes'],
        ['samortega_1234567/message_1.json', 'messages'],
        ['photos/777_n.jpg', 'messages'],
        ['saved/saved_posts.json', 'saved'],
      ],
    );

    const report = await runImport(archive, folder, { include: ['messages', 'likes', 'saved'] });
    assert.equal(report.added, 7);
    const all = await entries(archive, 'instagram');
    const messages = all
      .filter((entry) => entry.data.kind === 'message')
      .sort((a, b) => a.data.date.localeCompare(b.data.date));
    assert.equal(messages.length, 3);
    assert.ok(messages.every((entry) => entry.data.visibility === 'private'));
    assert.deepEqual(
      messages.map((entry) => [entry.data.from, entry.data.direction]),
      [
        ['Robin Ashby', 'sent'],
        ['Sam Ortega', 'received'],
        ['Sam Ortega', 'received'],
      ],
    );
    assert.equal(messages[1]!.body.trim(), 'Ça a l’air délicieux', 'mojibake repaired');
    assert.equal(messages[1]!.data.inReplyTo, messages[0]!.data.id);
    assert.deepEqual(messages[0]!.data.people, ['Sam Ortega'], 'the account owner is left out');
    assert.equal((messages[0]!.data.media as unknown[]).length, 1);
    assert.match(String(messages[0]!.data.conversation), /^instagram:thread-/);
    const like = all.find((entry) => entry.data.kind === 'like')!;
    assert.equal(like.data.url, 'https://www.instagram.com/p/B-kGwM4lIkX/');
    assert.equal(like.data.title, 'Liked @sam.ortega’s post');
    const saved = all.find((entry) => entry.data.kind === 'bookmark')!;
    assert.equal(saved.data.url, 'https://www.instagram.com/p/C1aBcD2eF3g/');
    assert.deepEqual(all.find((entry) => entry.data.kind === 'reel')!.data.place, {
      lat: 51.884,
      lon: -3.436,
    });

    const before = await snapshot(archive, 'instagram');
    const again = await runImport(archive, folder, { include: ['messages', 'likes', 'saved'] });
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 7]);
    assert.deepEqual(await snapshot(archive, 'instagram'), before, 'byte for byte the same');
  });

  it('refuses an --include part Instagram does not have, naming the ones it has', async () => {
    await assert.rejects(
      runImport(await newArchive(), path.join(CASES, 'instagram/carousel/input'), {
        include: ['bookmarks'],
      }),
      /messages.*likes.*saved|likes.*messages/,
    );
  });
});

describe('Facebook: a shared link stays inert', () => {
  const read = async (post: object) => {
    const view = await openView(
      await exportFolder({ 'posts/your_posts_1.json': metaJson([post]) }),
    );
    try {
      for await (const item of findSource('facebook').importer.read(view, {
        config: ArchiveConfigSchema.parse({}),
        include: new Set(),
        people: new Map(),
      }))
        if (item.type === 'entry') return item.entry;
    } finally {
      await view.close();
    }
    return undefined;
  };

  it('a javascript: link shared is never a link, only its name as text', async () => {
    const entry = await read({
      timestamp: 1650000000,
      attachments: [
        { data: [{ external_context: { url: 'javascript:alert(1)', name: 'Click' } }] },
      ],
      data: [],
    });
    assert.ok(entry);
    assert.equal(entry.data.url, undefined);
    const { html } = renderMarkdown(entry.body, { file: 'facebook/x.md', images: [] });
    assert.doesNotMatch(html, /href="javascript/);
    assert.match(html, /Click/);
  });

  it('a page name written to close its link or add markup reads as written', async () => {
    const entry = await read({
      timestamp: 1650000000,
      attachments: [
        {
          data: [
            {
              external_context: {
                url: 'https://example.org/a_b',
                name: 'x](javascript:alert(1)) <img src=x onerror=alert(1)> *bold*',
              },
            },
          ],
        },
      ],
      data: [{ post: 'Look' }],
    });
    const { html } = renderMarkdown(entry!.body, { file: 'facebook/x.md', images: [] });
    assert.doesNotMatch(html, /href="javascript|<img|<em>/);
    assert.match(
      html,
      /<a href="https:\/\/example\.org\/a_b"[^>]*>x\]\(javascript:alert\(1\)\) &lt;img/,
    );
  });
});

describe('Facebook: a check-in’s street address stays private', () => {
  it('a street address is only in private builds, and not written with importedPlaces city', async () => {
    const record = {
      source: 'facebook',
      kind: 'checkin',
      visibility: 'public',
      place: {
        name: 'Café Lune',
        address: '4 Castle Street, Hay-on-Wye',
        lat: 52.0741,
        lon: -3.1272,
      },
    } as unknown as EntryRecord;
    const config = ArchiveConfigSchema.parse({});
    assert.equal(
      forAudience(record, 'private', config)!.place!.address,
      '4 Castle Street, Hay-on-Wye',
    );
    assert.deepEqual(forAudience(record, 'public', config)!.place, {
      name: 'Café Lune',
      lat: 52.1,
      lon: -3.1,
    });

    const archive = await newArchive('UTC');
    const yaml = path.join(archive, 'inhale.yaml');
    await writeFile(yaml, `${await readFile(yaml, 'utf8')}\nprivacy:\n  importedPlaces: city\n`);
    await runImport(archive, path.join(CASES, 'facebook/activity-2022/input'));
    const cafe = (await entries(archive, 'facebook')).find(
      (entry) => entry.data.title === 'Café Lune',
    )!;
    assert.deepEqual(cafe.data.place, { name: 'Café Lune', lat: 52.1, lon: -3.1 });
  });
});
