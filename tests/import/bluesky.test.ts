import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { fromUint8Array } from '@atcute/car';
import { decode } from '@atcute/cbor';

import { richText } from '../../src/import/bluesky-text.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';
import { blobRef, carOf } from '../../scripts/demo/bluesky-export.ts';
import { DID, PNG, postsCase } from './bluesky-cases.ts';

const CARS = path.join(SHARED_FIXTURES, 'bluesky-car');
const PAUL = path.join(CARS, 'paul_staging.repo.car');
const SLICE = path.join(CARS, 'repo_slice.car');
const CASES = path.join(REPO, 'tests', 'import', 'cases', 'bluesky');

/**
 * Counted independently of the importer's walk of the tree: every block of the CAR decoded with
 * @atcute/cbor directly, by its `$type`. (In these samples every post, repost, like and profile
 * block is one the latest commit's tree reaches; older commits' blocks are other types.)
 */
async function blockTypes(file: string): Promise<Map<string, number>> {
  const types = new Map<string, number>();
  for (const entry of fromUint8Array(await readFile(file))) {
    const value = decode(entry.bytes) as { $type?: unknown };
    if (typeof value?.$type === 'string') types.set(value.$type, (types.get(value.$type) ?? 0) + 1);
  }
  return types;
}

describe('Bluesky rich text', () => {
  it('reads facets in UTF-8 bytes: an emoji before a link moves it by 4, not 2', () => {
    const text = '😍 https://a.example and @ana.bsky.social #tea';
    const bytes = (part: string) => Buffer.byteLength(text.slice(0, text.indexOf(part)));
    const rich = richText(text, [
      {
        index: { byteStart: bytes('https'), byteEnd: bytes(' and') },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://a.example' }],
      },
      {
        index: { byteStart: bytes('@ana'), byteEnd: bytes(' #tea') },
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:ana' }],
      },
      {
        index: { byteStart: bytes('#tea'), byteEnd: Buffer.byteLength(text) },
        features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'tea' }],
      },
    ]);
    assert.equal(
      rich.markdown,
      '😍 [https://a.example](https://a.example/) and @ana.bsky.social #tea',
    );
    assert.deepEqual(rich.people, ['@ana.bsky.social']);
    assert.deepEqual(rich.tags, ['tea']);
  });

  it('reads 2022 entities in UTF-16 units', () => {
    const rich = richText('😍 https://a.example', undefined, [
      { type: 'link', index: { start: 3, end: 20 }, value: 'https://a.example' },
    ]);
    assert.equal(rich.markdown, '😍 [https://a.example](https://a.example/)');
  });

  it('a javascript: link facet stays plain text', () => {
    const rich = richText('click', [
      {
        index: { byteStart: 0, byteEnd: 5 },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'javascript:alert(1)' }],
      },
    ]);
    assert.equal(rich.markdown, 'click');
  });

  it('leaves out facets that cut a character, overlap or run past the text', () => {
    const link = (byteStart: number, byteEnd: number) => ({
      index: { byteStart, byteEnd },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://x.example' }],
    });
    const rich = richText('😍 ab *c*', [link(1, 4), link(5, 7), link(6, 8), link(8, 99)]);
    assert.equal(rich.markdown, '😍 [ab](https://x.example/) \\*c\\*');
  });
});

describe('the Bluesky importer', () => {
  it(
    'imports the real staging repository: posts, replies, reposts and likes; again changes nothing',
    { skip: sharedFixturesMissing() },
    async () => {
      const types = await blockTypes(PAUL);
      // As the blocks count them: 101 posts, 15 reposts, 60 likes, 1 profile.
      assert.deepEqual(
        ['app.bsky.feed.post', 'app.bsky.feed.repost', 'app.bsky.feed.like'].map((type) =>
          types.get(type),
        ),
        [101, 15, 60],
      );
      const archive = await newArchive();
      const report = await runImport(archive, PAUL, { include: ['likes'] });
      assert.equal(report.source, 'bluesky');
      assert.equal(report.added, 101 + 15 + 60);
      assert.equal(report.skipped['the account profile (not an entry)'], 1);
      assert.equal(report.skipped['record of app.bsky.graph.follow'], 8);
      assert.deepEqual(unbalanced(report.files), []);
      assert.deepEqual(
        report.files.map((file) => [file.file, file.status, file.records]),
        [['paul_staging.repo.car', 'read', 185]],
      );
      assert.match(report.warnings.join('\n'), /image\(s\) are not in the export/);
      const all = await entries(archive, 'bluesky');
      const kinds = new Map<string, number>();
      for (const entry of all) kinds.set(entry.data.kind, (kinds.get(entry.data.kind) ?? 0) + 1);
      assert.deepEqual(Object.fromEntries(kinds), { post: 82, reply: 19, repost: 15, like: 60 });
      const reply = all.find((entry) => entry.body.trim() === 'Replies working?')!;
      const parent = all.find((entry) => entry.data.id === reply.data.inReplyTo)!;
      assert.match(parent.body, /^Test @android-tesr\.staging\.bsky\.dev and stuff/);
      assert.deepEqual(parent.data.people, ['@android-tesr.staging.bsky.dev']);
      assert.equal(reply.data.thread, parent.data.id);
      const quote = all.find((entry) => entry.body.startsWith('Quote post test'))!;
      assert.match(quote.body, /Quoting <https:\/\/bsky\.app\/profile\/did:plc:[a-z0-9]+\/post\//);

      // Whose post each repost and like is of: counted from the CAR's blocks, every repost or
      // like whose subject is another account's (the CAR's mentions give no handles: their DIDs).
      const others = new Map<string, number>();
      for (const block of fromUint8Array(await readFile(PAUL))) {
        const value = decode(block.bytes) as { $type?: string; subject?: { uri?: string } };
        const uri = value?.subject?.uri;
        if (typeof uri === 'string' && /^app\.bsky\.feed\.(repost|like)$/.test(value.$type ?? ''))
          others.set(uri, (others.get(uri) ?? 0) + 1);
      }
      // The account's own DID, from the address of one of its posts.
      const own = /profile\/(did:[^/]+)\//.exec(
        String(all.find((entry) => entry.data.kind === 'post')!.data.url),
      )![1];
      const named = (kind: string) =>
        all
          .filter((entry) => entry.data.kind === kind && entry.data.from)
          .map((entry) => entry.data.from as string);
      const fromBlocks = [...others]
        .filter(([uri]) => !uri.startsWith(`at://${own}/`))
        .reduce((sum, [, n]) => sum + n, 0);
      assert.equal(named('repost').length + named('like').length, fromBlocks);
      assert.deepEqual([named('repost').length, named('like').length], [7, 38]);
      assert.ok(
        [...named('repost'), ...named('like')].every((from) => /^did:plc:[a-z0-9]+$/.test(from)),
      );

      const before = await snapshot(archive, 'bluesky');
      const again = await runImport(archive, PAUL, { include: ['likes'] });
      assert.equal(again.unchanged, 101 + 15 + 60);
      assert.deepEqual(await snapshot(archive, 'bluesky'), before);
    },
  );

  it(
    'imports every real CAR, a repo slice with missing blocks too, naming what it lacks',
    { skip: sharedFixturesMissing() },
    async () => {
      // The slice's blocks hold one post (decoded directly); its tree names four more records.
      assert.equal((await blockTypes(SLICE)).get('app.bsky.feed.post'), 1);
      const archive = await newArchive();
      const report = await runImport(archive, SLICE);
      assert.equal(report.source, 'bluesky');
      assert.equal(report.added, 1);
      assert.equal(report.skipped['record not in this CAR (a repo slice)'], 4);
      assert.match(
        report.warnings.join('\n'),
        /1 part\(s\) of the repository's tree are not in this CAR/,
      );
      assert.deepEqual(unbalanced(report.files), []);

      const named = path.join(
        CARS,
        'bafyreieovfuizojpw3zresz7sx3nk4trm2by23pt5rxbey3jme4uo5ogiu.car',
      );
      assert.equal((await blockTypes(named)).get('app.bsky.feed.post'), 5);
      assert.equal((await runImport(await newArchive(), named)).added, 5);
      // greenground: two follows and nothing else (both blocks decoded directly).
      assert.equal(
        (await blockTypes(path.join(CARS, 'greenground.repo.car'))).get('app.bsky.graph.follow'),
        2,
      );
      const empty = await runImport(await newArchive(), path.join(CARS, 'greenground.repo.car'));
      assert.equal(empty.added, 0);
      assert.equal(empty.skipped['record of app.bsky.graph.follow'], 2);
    },
  );

  it('writes an image whose blob is in the CAR, and keeps the description of one that is not', async () => {
    const archive = await newArchive();
    const report = await runImport(archive, path.join(CASES, 'posts-facets-embeds', 'input'));
    assert.deepEqual(unbalanced(report.files), []);
    assert.equal(report.skipped['record that could not be read'], 1, 'the impossible date');
    const quote = (await entries(archive, 'bluesky')).find((entry) =>
      entry.body.startsWith('Quote with a picture'),
    )!;
    assert.deepEqual(
      (quote.data.media as { alt: string; type: string }[]).map(({ alt, type }) => [alt, type]),
      [['A dot', 'image']],
    );
    assert.match(quote.body, /\\\[Image: Not in the export\\\]/);
  });

  it('finds an image blob in a file beside the CAR, named by its CID', async () => {
    const folder = temporaryFolder();
    const image = await blobRef(PNG, 'image/png');
    const car = await carOf(DID, [
      {
        key: 'app.bsky.feed.post/3kcccccccca22',
        value: {
          $type: 'app.bsky.feed.post',
          text: 'A dot',
          createdAt: '2024-05-01T09:00:00Z',
          embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'The dot', image }] },
        },
      },
    ]);
    await writeFile(path.join(folder, 'repo.car'), car);
    await mkdir(path.join(folder, 'blobs'));
    await writeFile(path.join(folder, 'blobs', `${image.ref.$link}.png`), PNG);
    const archive = await newArchive();
    const report = await runImport(archive, folder);
    assert.deepEqual(
      report.files.map((file) => [file.file, file.status]),
      [
        [`blobs/${image.ref.$link}.png`, 'media'],
        ['repo.car', 'read'],
      ],
    );
    const [entry] = await entries(archive, 'bluesky');
    assert.equal((entry!.data.media as { alt: string }[])[0]!.alt, 'The dot');
  });

  it('keeps a hand-edited post when the same repository is imported again', async () => {
    const archive = await newArchive();
    const input = path.join(CASES, 'repo-slice', 'input');
    await runImport(archive, input);
    const [entry] = await entries(archive, 'bluesky');
    const file = path.join(archive, entry!.file);
    const edited = (await readFile(file, 'utf8')).replace('Here', 'Here, and happy');
    await writeFile(file, edited);
    const report = await runImport(archive, input);
    assert.deepEqual(report.keptEdited, [entry!.file]);
    assert.equal(await readFile(file, 'utf8'), edited);
  });

  it('refuses a damaged CAR, naming the file', async () => {
    const folder = temporaryFolder();
    const car = await postsCase();
    await writeFile(path.join(folder, 'repo.car'), car.subarray(0, 200));
    await assert.rejects(
      runImport(await newArchive(), folder, { source: 'bluesky' }),
      /repo\.car: not a readable CAR file/,
    );
    await writeFile(path.join(folder, 'repo.car'), 'not a car at all');
    await assert.rejects(
      runImport(await newArchive(), folder, { source: 'bluesky' }),
      /repo\.car: not a readable CAR file/,
    );
    // Beside a good one, the damaged CAR is named and the good one imported.
    await writeFile(path.join(folder, 'good.car'), car);
    const report = await runImport(await newArchive(), folder, { source: 'bluesky' });
    assert.ok(report.added > 0);
    const damaged = report.files.find((file) => file.file === 'repo.car')!;
    assert.equal(damaged.status, 'not-understood');
    assert.match(damaged.reason!, /not a readable CAR file/);
  });
});
