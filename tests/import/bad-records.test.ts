/**
 * One bad record never costs the rest: for each importer that reads a JSON list of records,
 * each kind of bad record is skipped and named (file and record), and the good records on
 * either side of it are imported.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive } from '../helpers/archives.ts';
import { exportFolder, metaJson, type ExportFiles } from '../helpers/meta-exports.ts';

/** 100,000 nested arrays: JSON.parse copes, anything that walks it recursively overflows. */
const DEEP = '__100,000 nested arrays__';
/** JSON text of `value`, each DEEP in it written as 100,000 nested arrays. */
const withDeep = (json: string): string =>
  json.replaceAll(`"${DEEP}"`, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);

interface Source {
  name: string;
  /** The export file the records are in, as the report names it. */
  file: string;
  /** A good record numbered `n`. */
  good(n: number): unknown;
  /** A record whose date is `date` (in the form the export writes dates). */
  dated(date: string | number): unknown;
  /** Impossible dates as this export writes them. */
  impossible: (string | number)[];
  /** An export holding these records. */
  files(records: unknown[]): ExportFiles;
  /** Optional parts to import (`--include`). */
  include?: string[];
}

const PUBLIC = ['https://www.w3.org/ns/activitystreams#Public'];
const note = (n: number, published: string) => ({
  type: 'Create',
  published,
  object: {
    type: 'Note',
    id: `https://social.example/users/ana/statuses/${n}`,
    published,
    content: `<p>toot ${n}</p>`,
    to: PUBLIC,
  },
});

const SOURCES: Source[] = [
  {
    name: 'twitter',
    file: 'data/tweets.js',
    good: (n) => ({
      tweet: {
        id_str: String(n),
        created_at: 'Wed Oct 10 20:19:24 +0000 2018',
        full_text: `tweet ${n}`,
      },
    }),
    dated: (date) => ({ tweet: { id_str: '99', created_at: date, full_text: 'bad date' } }),
    impossible: [
      'Thu Feb 31 10:00:00 +0000 2019',
      'Mon Jan 01 10:00:00 +0000 0000',
      'Feb 31 2019',
      'NaN',
    ],
    files: (records) => ({
      'data/tweets.js': `window.YTD.tweets.part0 = ${withDeep(JSON.stringify(records))}`,
    }),
  },
  {
    name: 'mastodon',
    file: 'outbox.json',
    good: (n) => note(n, '2019-01-01T10:00:00Z'),
    dated: (date) => note(99, String(date)),
    impossible: [
      '2019-02-31T10:00:00Z',
      '0000-01-01T10:00:00Z',
      'NaN',
      '+275760-09-13T00:00:00Z',
      'Feb 31 2019',
    ],
    files: (records) => ({
      'actor.json': JSON.stringify({ type: 'Person', preferredUsername: 'ana' }),
      'outbox.json': withDeep(JSON.stringify({ orderedItems: records })),
    }),
  },
  {
    name: 'facebook',
    file: 'posts/your_posts_1.json',
    good: (n) => ({ timestamp: 1562000000 + n, data: [{ post: `post ${n}` }] }),
    dated: (timestamp) => ({ timestamp, data: [{ post: 'bad date' }] }),
    // Year 10000, and past the end of JavaScript's dates (year 275760).
    impossible: [253402300800, 1e16],
    files: (records) => ({ 'posts/your_posts_1.json': withDeep(metaJson(records)) }),
  },
  {
    name: 'facebook',
    file: 'comments/comments.json',
    good: (n) => ({ timestamp: 1562000000 + n, data: [{ comment: { comment: `comment ${n}` } }] }),
    dated: (timestamp) => ({ timestamp, data: [{ comment: { comment: 'bad date' } }] }),
    impossible: [253402300800, 1e16],
    files: (records) => ({
      'comments/comments.json': withDeep(metaJson({ comments_v2: records })),
    }),
  },
  {
    name: 'facebook',
    file: 'messages/inbox/sam_1/message_1.json',
    include: ['messages'],
    good: (n) => ({ sender_name: 'Sam', timestamp_ms: 1562000000000 + n, content: `message ${n}` }),
    dated: (timestamp_ms) => ({ sender_name: 'Sam', timestamp_ms, content: 'bad date' }),
    impossible: [253402300800000, 1e19],
    files: (records) => ({
      'posts/your_posts_1.json': '[]',
      'messages/inbox/sam_1/message_1.json': withDeep(
        metaJson({ participants: [{ name: 'Sam' }], messages: records, title: 'Sam' }),
      ),
    }),
  },
  {
    name: 'instagram',
    file: 'content/posts_1.json',
    good: (n) => ({
      media: [
        { uri: `media/posts/${n}.jpg`, creation_timestamp: 1562000000 + n, title: `photo ${n}` },
      ],
    }),
    dated: (creation_timestamp) => ({
      media: [{ uri: 'media/posts/99.jpg', creation_timestamp, title: 'bad' }],
    }),
    impossible: [253402300800, 1e16],
    files: (records) => ({
      'content/posts_1.json': withDeep(metaJson(records)),
      ...Object.fromEntries([1, 2, 99].map((n) => [`media/posts/${n}.jpg`, `photo ${n}`])),
    }),
  },
  {
    name: 'feed',
    file: 'feed.json',
    good: (n) => ({
      id: String(n),
      content_text: `item ${n}`,
      date_published: '2019-01-01T10:00:00Z',
    }),
    dated: (date) => ({ id: '99', content_text: 'bad date', date_published: date }),
    impossible: ['2019-02-31T10:00:00Z', '0000-01-01T10:00:00Z', '+275760-09-13T00:00:00Z'],
    files: (records) => ({
      'feed.json': withDeep(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'A feed',
          items: records,
        }),
      ),
    }),
  },
];

/** Imports the records as `source`'s export; returns the report. */
async function importRecords(source: Source, records: unknown[]) {
  const folder = await exportFolder(source.files(records));
  const input = source.name === 'feed' ? `${folder}/feed.json` : folder;
  return runImport(await newArchive(), input, { source: source.name, include: source.include });
}

/** Imports good record 1, the bad record, good record 2; returns the report. */
const importAround = (source: Source, bad: unknown) =>
  importRecords(source, [source.good(1), bad, source.good(2)]);

function assertSkippedAndNamed(report: Awaited<ReturnType<typeof runImport>>, source: Source) {
  assert.equal(report.added, 2, JSON.stringify(report));
  assert.ok(Object.values(report.skipped).reduce((a, b) => a + b, 0) >= 1, JSON.stringify(report));
  assert.ok(
    report.warnings.some((warning) => warning.includes(source.file) && /record 2\b/.test(warning)),
    report.warnings.join('\n'),
  );
}

const CASES: [string, (source: Source) => unknown][] = [
  ['a null item', () => null],
  ['a number instead of a record', () => 42],
  ['a string instead of a record', () => 'not a record'],
  ['100,000 nested arrays as a record', () => DEEP],
  ['a record missing its required fields', () => ({})],
];

describe('one bad record never costs the rest', () => {
  for (const source of SOURCES) {
    for (const [name, bad] of CASES)
      it(`skips ${name} in ${source.file} (${source.name}) with its file and index, and imports the rest`, async () => {
        assertSkippedAndNamed(await importAround(source, bad(source)), source);
      });
    it(`imports a record of ${source.file} (${source.name}) holding 100,000 nested arrays in a field it does not know, and the rest`, async () => {
      const record = source.good(3) as { tweet?: object; object?: object };
      Object.assign(record.tweet ?? record.object ?? record, { deep: DEEP });
      const report = await importAround(source, record);
      assert.equal(report.added, 3, JSON.stringify(report));
    });
    for (const date of source.impossible)
      it(`skips a record of ${source.file} (${source.name}) with the impossible date ${date} and imports the rest`, async () => {
        assertSkippedAndNamed(await importAround(source, source.dated(date)), source);
      });
  }
});

describe('a bad Google Photos sidecar never costs the other photos', () => {
  const YEAR = 'Takeout/Google Photos/Photos from 2019';
  const sidecar = (timestamp: string) =>
    JSON.stringify({ title: 'x.jpg', photoTakenTime: { timestamp, formatted: '' } });
  const takeout = (bad: string) =>
    exportFolder({
      ...Object.fromEntries(
        [1, 2, 3].flatMap((n) => [
          [`${YEAR}/IMG_000${n}.jpg`, `photo ${n}`],
          [`${YEAR}/IMG_000${n}.jpg.json`, n === 2 ? bad : sidecar(String(1562000000 + n))],
        ]),
      ),
    });
  const run = async (bad: string) =>
    runImport(await newArchive(), await takeout(bad), { source: 'google-photos' });

  const sidecars: [string, string][] = [
    ['null', 'null'],
    ['a number', '42'],
    ['a list', '[1, 2]'],
    ['100,000 nested arrays', withDeep(`"${DEEP}"`)],
  ];
  for (const [name, bad] of sidecars)
    it(`imports a photo whose sidecar is ${name} with its own date, naming the sidecar`, async () => {
      const report = await run(bad);
      assert.equal(report.added, 3, JSON.stringify(report));
      assert.ok(report.warnings.some((warning) => warning.includes(`IMG_0002.jpg.json`)));
    });

  for (const timestamp of ['253402300800', '8.7e12', '1e16'])
    it(`skips a photo whose sidecar has the impossible date ${timestamp}, naming the sidecar, and imports the rest`, async () => {
      const report = await run(sidecar(timestamp));
      assert.equal(report.added, 2, JSON.stringify(report));
      assert.ok(
        report.warnings.some((warning) => warning.startsWith(`skipped: ${YEAR}/IMG_0002.jpg.json`)),
        report.warnings.join('\n'),
      );
    });
});

describe('a bad record in an export of one file per record', () => {
  const photo = (id: number) =>
    JSON.stringify({
      id: String(id),
      name: `Photo ${id}`,
      date_taken: '2019-07-14 09:30:00',
      privacy: 'public',
    });
  for (const [name, bad] of [
    ['null', 'null'],
    ['a number', '42'],
    ['100,000 nested arrays', withDeep(`"${DEEP}"`)],
    [
      'a photo taken on 31 February',
      JSON.stringify({ id: '2', date_taken: '2019-02-31 09:30:00' }),
    ],
  ] as const)
    it(`skips a Flickr photo_<id>.json that is ${name}, naming it, and imports the other photos`, async () => {
      const folder = await exportFolder({
        'photo_1.json': photo(1),
        'photo_2.json': bad,
        'photo_3.json': photo(3),
      });
      const report = await runImport(await newArchive(), folder, { source: 'flickr' });
      assert.equal(report.added, 2, JSON.stringify(report));
      assert.ok(
        report.warnings.some((warning) => warning.includes('photo_2.json')),
        report.warnings.join('\n'),
      );
    });

  it('keeps a mail dated 31 February with no other date, dated by its file, and imports the rest', async () => {
    const mail = (n: number, date: string) =>
      `From: ana@example.org\r\nMessage-ID: <${n}@example.org>\r\nSubject: mail ${n}\r\nDate: ${date}\r\n\r\nbody ${n}\r\n`;
    const folder = await exportFolder({
      '1.eml': mail(1, 'Mon, 1 Jan 2024 10:00:00 +0000'),
      '2.eml': mail(2, 'Thu, 31 Feb 2019 10:00:00 +0000'),
      '3.eml': mail(3, 'Tue, 2 Jan 2024 10:00:00 +0000'),
    });
    const archive = await newArchive();
    const report = await runImport(archive, folder, { source: 'mail' });
    // Issue #19: no mail is dropped for its date; the file's time is the last clue.
    assert.equal(report.added, 3, JSON.stringify(report));
    const second = (await entries(archive, 'mail')).find((entry) => entry.data.title === 'mail 2');
    assert.equal(second?.data.dateSource, 'file-time');
  });
});
