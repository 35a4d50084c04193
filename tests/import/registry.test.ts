import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { openView } from '../../src/import/file-view.ts';
import { detectSource, REGISTRY, validateInclude } from '../../src/import/registry.ts';
import { describeSources, SOURCES, sourceTitle } from '../../src/archive/sources.ts';

const SHARED = path.resolve('../shared/fixtures');
const files = (folder: string) => readdirSync(folder).map((name) => path.join(folder, name));

const NOT_FEEDS = [
  'rss-parser__unrecognized.rss',
  'rsparser__ScriptingNews.json',
  'rsparser__allthis-partial.json',
];

/** Each real or synthetic export, and the importer that must win it. */
const EXPORTS: [string, string | undefined][] = [
  ['tests/fixtures/twitter/grailbird-2012', 'twitter'],
  ['tests/fixtures/twitter/synthetic-2023', 'twitter'],
  ['tests/fixtures/twitter/malformed-json', 'twitter'],
  [`${SHARED}/twitter/x-archive-2026`, 'twitter'],
  ['scripts/demo-exports/twitter', 'twitter'],
  ['tests/fixtures/mastodon/synthetic-2024', 'mastodon'],
  [`${SHARED}/mastodon/lmorchard-mastodon-social-2022`, 'mastodon'],
  [`${SHARED}/mastodon/lmorchard-toot-2023`, 'mastodon'],
  [`${SHARED}/mastodon/lmorchard-toot-2023.zip`, 'mastodon'],
  ['scripts/demo-exports/mastodon', 'mastodon'],
  ...files('tests/fixtures/feeds').map((file): [string, string] => [file, 'feed']),
  ...['atom', 'rss', 'rdf', 'jsonfeed'].flatMap((kind) =>
    files(`${SHARED}/feeds/${kind}`)
      .filter((file) => !NOT_FEEDS.includes(path.basename(file)))
      .map((file): [string, string] => [file, 'feed']),
  ),
  ['scripts/demo-exports/feed/robin-blog.rss', 'feed'],
  [`${SHARED}/email/eml`, 'mail'],
  [`${SHARED}/email/mbox`, 'mail'],
  [`${SHARED}/flickr/myles-flickr-export`, 'flickr'],
  [`${SHARED}/photos-exif/exifr`, 'photos'],
  [`${SHARED}/photos-exif/recurser-orientation`, 'photos'],
  [`${SHARED}/icalendar`, 'calendar'],
  [`${SHARED}/icalendar/x_location.ics`, 'calendar'],
  [`${SHARED}/vcard`, 'contacts'],
  [`${SHARED}/vcard/rfc6350-example.vcf`, 'contacts'],
  ['scripts/demo-exports/calendar', 'calendar'],
  ['scripts/demo-exports/contacts/robin-contacts.vcf', 'contacts'],
  [`${SHARED}/whatsapp/timelinize`, 'whatsapp'],
  [`${SHARED}/spotify/listenbrainz`, 'spotify'],
  ['scripts/demo-exports/whatsapp', 'whatsapp'],
  [`${SHARED}/facebook-messenger/chat-analytics`, 'messenger'],
  [`${SHARED}/facebook-messenger/chat-analytics/2A_7M.json`, 'messenger'],
  ['scripts/demo-exports/spotify', 'spotify'],
  [`${SHARED}/telegram/chat-history-manager/telegram_2020-01`, 'telegram'],
  [`${SHARED}/telegram/chat-history-manager/telegram_2025-12`, 'telegram'],
  [`${SHARED}/telegram/chat-analytics/DM_2A_7M.json`, 'telegram'],
  [`${SHARED}/spotify/listenbrainz/spotify_streaming_endsong_0.json`, 'spotify'],
  [`${SHARED}/whatsapp/whats_json/android`, 'whatsapp'],
  [`${SHARED}/whatsapp/chat-analytics/4A_11M.zip`, 'whatsapp'],
  [`${SHARED}/whatsapp/chat-history-manager/WhatsApp Chat with +123 45 6789.txt`, 'whatsapp'],
  ...files(`${SHARED}/bluesky-car`).map((file): [string, string] => [file, 'bluesky']),
  ['scripts/demo-exports/bluesky/repo.car', 'bluesky'],
  [`${SHARED}/dayone/dayone-to-obsidian`, 'dayone'],
  ['tests/fixtures/dayone/synthetic-export.zip', 'dayone'],
  ['scripts/demo-exports/dayone', 'dayone'],
  ...files(`${SHARED}/bookmarks/netscape`)
    .filter((file) => !file.endsWith('empty.htm'))
    .map((file): [string, string] => [file, 'bookmarks']),
  [`${SHARED}/read-later/wallabag/shaarli-bookmarks.html`, 'bookmarks'],
  [`${SHARED}/pocket/wallabag`, 'pocket'],
  [`${SHARED}/pocket/wallabag/ril_export.html`, 'pocket'],
  [`${SHARED}/pocket/wallabag/pocket.csv`, 'pocket'],
  [`${SHARED}/goodreads`, 'books'],
  ['scripts/demo-exports/books', 'books'],
  ['scripts/demo-exports/letterboxd', 'letterboxd'],
  ['tests/import/cases/youtube/takeout-json/input', 'youtube'],
  ['tests/import/cases/youtube/takeout-html/input', 'youtube'],
  ['tests/import/cases/youtube/localized-html/input', 'youtube'],
  ['tests/import/cases/reddit/export/input', 'reddit'],
  ['tests/import/cases/reddit/opt-in/input', 'reddit'],
  ['scripts/demo-exports/pocket', 'pocket'],
  ...['dawarich', 'hossain-khan-takeout', 'reitti'].map((name): [string, string] => [
    `${SHARED}/google-location-history/${name}`,
    'location',
  ]),
  // The older Takeout's Location History.json is a Records.json by another name.
  [`${SHARED}/google-takeout/dogsheep-takeout`, 'location'],
  [`${SHARED}/gpx-tcx/dawarich`, 'tracks'],
  [`${SHARED}/gpx-tcx/reitti`, 'tracks'],
  ['scripts/demo-exports/location', 'location'],
  ['scripts/demo-exports/tracks', 'tracks'],
  ...(existsSync('tests/import/cases') ? readdirSync('tests/import/cases') : []).flatMap((source) =>
    readdirSync(`tests/import/cases/${source}`).map((name): [string, string] => [
      `tests/import/cases/${source}/${name}/input`,
      source,
    ]),
  ),
  // Not exports of a known source: an archive without tweets, a web page, RSS as JSON.
  [`${SHARED}/twitter/twitter-archive-2019-partial`, undefined],
  ...NOT_FEEDS.map((name): [string, undefined] => [
    `${SHARED}/feeds/${name.endsWith('.rss') ? 'rss' : 'jsonfeed'}/${name}`,
    undefined,
  ]),
];

describe('the importer registry', () => {
  for (const [input, expected] of EXPORTS) {
    it(`gives ${path.relative('.', input)} to ${expected ?? 'no importer'}`, async () => {
      const view = await openView(input);
      try {
        assert.equal((await detectSource(view))?.definition.name, expected);
      } finally {
        await view.close();
      }
    });
  }

  it('registers every source once, with a title, a description and fixtures', () => {
    assert.deepEqual(
      REGISTRY.map((source) => source.definition),
      [...SOURCES],
    );
    for (const source of SOURCES) {
      assert.ok(source.title.trim(), `${source.name} has a title`);
      assert.ok(source.description.trim(), `${source.name} has a description`);
      assert.ok(source.fixtures.length > 0, `${source.name} has fixtures`);
    }
  });

  it('names each source by its title, and a folder of ones own with a capital letter', () => {
    assert.equal(sourceTitle('google-photos'), 'Google Photos');
    assert.equal(sourceTitle('twitter'), 'Twitter/X');
    assert.equal(sourceTitle('feed'), 'Feeds');
    assert.equal(sourceTitle('journal'), 'Journal');
    assert.equal(sourceTitle('dreams'), 'Dreams');
  });

  it('refuses an --include part the source does not have, listing the ones it has', () => {
    validateInclude('twitter', ['likes', 'dms']);
    assert.throws(() => validateInclude('twitter', ['likez']), {
      message: '--include likez: Twitter/X has the parts likes, dms',
    });
    validateInclude('mastodon', ['likes', 'bookmarks']);
    assert.throws(() => validateInclude('feed', ['likes']), {
      message: '--include likes: Feeds has no optional parts',
    });
  });

  it('describes every source and its parts for the help', () => {
    const help = describeSources();
    for (const source of SOURCES) assert.ok(help.includes(`${source.name} (${source.title}): `));
    assert.match(help, /\n {6}dms: direct messages/);
  });
});
