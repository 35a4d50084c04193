import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { emojiPath } from '../../src/import/mastodon-emoji.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

// Synthetic: Mastodon's archive never holds custom emoji images (app/services/backup_service.rb
// writes media attachments, avatar and header only), so this export adds them at the path
// Mastodon stores them under. :blob_cat: is a PNG, :party: an SVG named .png, and
// :blob_cat_coffee: is missing.
const EXPORT = path.join(REPO, 'tests', 'import', 'cases', 'mastodon', 'custom-emoji', 'input');

async function htmlFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(folder, file));
}

describe('Mastodon custom emoji', () => {
  it('finds an emoji image at the path Mastodon keeps it under, never outside the export', () => {
    assert.equal(
      emojiPath('https://files.example/custom_emojis/images/000/001/original/a.png', 'x/'),
      'x/custom_emojis/images/000/001/original/a.png',
    );
    assert.equal(
      emojiPath('https://social.example/system/custom_emojis/images/1/a.png', ''),
      'custom_emojis/images/1/a.png',
    );
    // The URL parser resolves `..` itself; an escaped slash must not bring it back.
    assert.equal(emojiPath('https://e.example/a/%2e%2e/%2e%2e/b.png', 'x/'), 'x/b.png');
    assert.equal(emojiPath('https://e.example/a%2F..%2F..%2Fb.png', 'x/'), undefined);
    assert.equal(emojiPath('not a url', ''), undefined);
  });

  it('shows an emoji the export holds as an inline image, keeps the others as their shortcode, and loads nothing remote', async () => {
    const archive = await newArchive('UTC');
    const report = await runImport(archive, EXPORT, { source: 'mastodon' });
    assert.equal(report.added, 2);
    assert.ok(
      report.warnings.some((line) => /:blob_cat_coffee: \(2 posts\).*not in the export/.test(line)),
      'the missing emoji is named once, with its posts',
    );
    assert.ok(report.warnings.some((line) => /:party:.*not a raster image/.test(line)));
    const first = (await entries(archive, 'mastodon')).find((entry) =>
      /0011$/.test(entry.data.id),
    )!;
    const media = first.data.media as { path: string; type: string; emoji?: string }[];
    assert.equal(media.length, 1);
    assert.equal(media[0]!.emoji, ':blob_cat:');
    assert.match(media[0]!.path, /^[0-9a-f]{16}\.png$/);

    const before = await snapshot(archive, 'mastodon');
    const again = await runImport(archive, EXPORT, { source: 'mastodon' });
    assert.equal(again.unchanged, 2);
    assert.deepEqual(await snapshot(archive, 'mastodon'), before);

    const out = path.join(temporaryFolder(), 'dist');
    const { site } = await buildSite(archive, out);
    await site.close();
    const page = await readFile(
      (await htmlFiles(path.join(out, '2024', '03', '02'))).find((file) =>
        file.includes('coffee-first'),
      )!,
      'utf8',
    );
    const image = /<img class="emoji" src="([^"]+)" alt=":blob_cat:" title=":blob_cat:">/.exec(
      page,
    );
    assert.ok(image, 'the emoji is an inline image');
    assert.ok(
      existsSync(path.join(path.dirname(path.join(out, '2024', '03', '02', 'x')), image[1]!)),
    );
    assert.match(page, /then :blob_cat_coffee: and :party:/, 'the others stay text');
    assert.doesNotMatch(page, /class="gallery/, 'an emoji is not a picture of the entry');
    for (const file of await htmlFiles(out))
      assert.doesNotMatch(await readFile(file, 'utf8'), /files\.social\.example|custom_emojis/);
  });
});
