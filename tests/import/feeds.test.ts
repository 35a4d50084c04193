import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { describe, it } from 'node:test';

import { unbalanced } from '../../src/import/coverage.ts';
import { decodeFeed } from '../../src/import/feeds.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const FEEDS = path.join(SHARED_FIXTURES, 'feeds');
const OWN = path.join(REPO, 'tests', 'fixtures', 'feeds');

/** Items counted independently of the importer: <item>/<entry> elements, or JSON Feed ids. */
async function itemsIn(file: string): Promise<number> {
  const raw = (await readFile(file)).toString('latin1');
  return file.endsWith('.json')
    ? (raw.match(/"id"\s*:/g) ?? []).length
    : (raw.match(/<(item|entry)[\s>]/g) ?? []).length;
}

describe('the feed importer', () => {
  // [file, items in it, entries it must give]; the difference is items without a date.
  const samples: [string, number, number][] = [
    ['atom/rsparser__4fsodonline.atom', 25, 25],
    ['atom/rsparser__OneFootTsunami.atom', 25, 25],
    ['atom/rsparser__expertopinionent.atom', 43, 43],
    ['atom/rss-parser__gulp-atom.atom', 10, 10],
    ['atom/rss-parser__heise.atom', 15, 15],
    ['atom/rss-parser__missing-fields.atom', 1, 0],
    ['encodings/rsparser__kc0011-gb2312.rss', 20, 20],
    ['jsonfeed/rsparser__DaringFireball.json', 48, 48],
    ['jsonfeed/rsparser__inessential.json', 20, 20],
    ['jsonfeed/rsparser__jsonfeed-extension.json', 3, 3],
    ['jsonfeed/rsparser__authors.json', 4, 0],
    ['rdf/rsparser__bio.rdf', 30, 30],
    ['rdf/rss-parser__craigslist.rss', 25, 25],
    ['rss/rsparser__489.rss', 10, 10],
    ['rss/rsparser__EMarley.rss', 10, 10],
    ['rss/rsparser__aktuality.rss', 30, 30],
    ['rss/rsparser__donthitsave.xml', 10, 10],
    ['rss/rsparser__livemint.xml', 25, 25],
    ['rss/rsparser__manton.rss', 10, 10],
    ['rss/rsparser__natasha.xml', 10, 10],
    ['rss/rsparser__phpxml.rss', 20, 20],
    ['rss/rsparser__rubenerd.rss', 10, 10],
    ['rss/rss-parser__content-encoded.rss', 7, 7],
    ['rss/rss-parser__encoding.rss', 40, 40],
    ['rss/rss-parser__heraldsun.rss', 2, 0],
    ['rss/rss-parser__instant-article.rss', 1, 1],
    ['rss/rss-parser__itunes-href.rss', 10, 10],
    ['rss/rss-parser__narro.rss', 1, 1],
    ['rss/rss-parser__reddit-atom.rss', 24, 24],
    ['rss/rss-parser__uolNoticias.rss', 15, 15],
  ];
  for (const [file, items, expected] of samples) {
    it(
      `imports ${file}: ${expected} of ${items} items, and again changes nothing`,
      { skip: sharedFixturesMissing() },
      async () => {
        assert.equal(await itemsIn(path.join(FEEDS, file)), items);
        const archive = await newArchive();
        const first = await runImport(archive, path.join(FEEDS, file));
        assert.equal(first.added, expected);
        const before = await snapshot(archive, 'feed');
        const second = await runImport(archive, path.join(FEEDS, file), { source: 'feed' });
        assert.equal(second.unchanged, expected);
        assert.deepEqual(await snapshot(archive, 'feed'), before);
      },
    );
  }

  const refused: [string, RegExp][] = [
    [
      'rss/rss-parser__unrecognized.rss',
      /not a feed \(no <rss>, <feed> or <rdf:RDF> element\); is it an HTML page\?/,
    ],
    ['jsonfeed/rsparser__allthis-partial.json', /not valid JSON .*the feed may be cut off/],
    ['jsonfeed/rsparser__ScriptingNews.json', /JSON, but not a JSON Feed/],
  ];
  for (const [file, message] of refused) {
    it(`refuses ${file} with a clear message`, { skip: sharedFixturesMissing() }, async () => {
      await assert.rejects(
        runImport(await newArchive(), path.join(FEEDS, file), { source: 'feed' }),
        message,
      );
    });
  }

  it(
    'reads legacy encodings: declared, guessed and Latin-1 without a declaration',
    { skip: sharedFixturesMissing() },
    async () => {
      const archive = await newArchive();
      await runImport(archive, path.join(FEEDS, 'encodings', 'rsparser__kc0011-gb2312.rss'));
      assert.ok(
        (await entries(archive, 'feed')).some((entry) =>
          String(entry.data.title).includes('建国35周年纪念'),
        ),
      );
      const koi8 = decodeFeed(
        await readFile(path.join(FEEDS, 'encodings', 'feedparser__chardet-koi8r.xml')),
      );
      assert.match(koi8.text, /Как пережить новогоднюю ночь/);
      const uol = await newArchive();
      const report = await runImport(uol, path.join(FEEDS, 'rss', 'rss-parser__uolNoticias.rss'));
      assert.ok(report.warnings.some((warning) => /no encoding declared/.test(warning)));
      assert.ok(
        (await entries(uol, 'feed')).every((entry) => !String(entry.data.title).includes('\uFFFD')),
      );
    },
  );

  it('never resolves an external entity', async () => {
    const archive = await newArchive();
    await runImport(archive, path.join(OWN, 'external-entity.rss'));
    const [entry] = await entries(archive, 'feed');
    assert.doesNotMatch(JSON.stringify(entry), /root:|\/bin\/(ba)?sh/);
    assert.equal(entry!.data.date, '2024-01-01T09:00:00+00:00');
  });

  it('does not expand an entity bomb', async () => {
    const archive = await newArchive();
    const started = performance.now();
    await runImport(archive, path.join(OWN, 'entity-bomb.rss'));
    assert.ok(performance.now() - started < 5000);
    const [entry] = await entries(archive, 'feed');
    assert.ok(JSON.stringify(entry).length < 10_000);
  });

  it('resolves relative links against xml:base, keeps the offset, sanitizes the body', async () => {
    const archive = await newArchive('America/New_York');
    await runImport(archive, path.join(OWN, 'relative-links.atom'));
    const [entry] = await entries(archive, 'feed');
    assert.equal(entry!.data.url, 'https://robin.example/blog/posts/bread.html');
    assert.equal(entry!.data.title, 'Bread & butter');
    assert.equal(entry!.data.date, '2024-05-01T22:30:00-04:00');
    assert.deepEqual(entry!.data.tags, ['food']);
    assert.match(
      entry!.body,
      /\[the loaf\]\(https:\/\/robin\.example\/blog\/recipes\/loaf\.html\)/,
    );
    assert.match(
      entry!.body,
      /\[crumb\]\(https:\/\/robin\.example\/blog\/posts\/img\/crumb\.jpg\)/,
    );
    assert.match(
      entry!.body,
      /Enclosure: <https:\/\/robin\.example\/blog\/audio\/bread\.mp3> \(audio\/mpeg\)/,
    );
    assert.doesNotMatch(entry!.body, /script|alert/);
  });

  it('fetches a feed over HTTP with a conditional GET, so a refresh of an unchanged feed writes nothing', async () => {
    const body = await readFile(path.join(OWN, 'relative-links.atom'));
    const seen: (string | undefined)[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers['if-none-match']);
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"v1"' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.atom`;
    try {
      const archive = await newArchive();
      await writeFile(path.join(archive, 'inhale.yaml'), `timeZone: UTC\nfeeds:\n  - ${url}\n`);
      assert.equal((await runImport(archive, url, { source: 'feed' })).added, 1);
      const second = await runImport(archive, url, { source: 'feed' });
      assert.equal(second.added + second.unchanged, 0);
      assert.deepEqual(seen, [undefined, '"v1"']);
    } finally {
      server.close();
    }
  });
});

describe('a folder of feeds', () => {
  it('names a feed that is not one as damaged and imports the others', async () => {
    const folder = temporaryFolder();
    // Synthetic RSS 2.0 (the RSS Advisory Board's specification) beside an HTML page saved as .rss.
    await writeFile(
      path.join(folder, 'blog.rss'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><item><guid>a</guid><title>One</title><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate></item></channel></rss>',
    );
    await writeFile(path.join(folder, 'moved.rss'), '<html><body>Document Moved</body></html>');
    const report = await runImport(await newArchive(), folder, { source: 'feed' });
    assert.equal(report.added, 1);
    assert.equal(report.damaged.length, 1);
    assert.match(report.damaged[0]!, /^moved\.rss: not a feed/);
    assert.deepEqual(unbalanced(report.files), []);
  });
});
