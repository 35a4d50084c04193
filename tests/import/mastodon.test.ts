import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
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

  it('refuses an outbox that is not JSON, naming the file', async () => {
    const archive = await newArchive();
    const broken = temporaryFolder();
    await writeFile(path.join(broken, 'outbox.json'), '{"orderedItems": [');
    await writeFile(path.join(broken, 'actor.json'), '{}');
    await assert.rejects(runImport(archive, broken), /outbox\.json: not valid JSON/);
  });
});
