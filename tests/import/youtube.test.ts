import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { BufferView } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { ActivityHtmlReader } from '../../src/import/youtube/activity.ts';
import { commentText } from '../../src/import/youtube/comments.ts';
import { parseActivityDate } from '../../src/import/youtube/html-date.ts';
import { youtubeImporter } from '../../src/import/youtube/index.ts';
import type { ImportItem } from '../../src/import/types.ts';
import { kindFacts } from '../../src/site/kind-facts/index.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { REPO } from '../helpers/paths.ts';

const CASES = path.join(REPO, 'tests', 'import', 'cases', 'youtube');
const JSON_EXPORT = path.join(CASES, 'takeout-json', 'input');
const HISTORY = path.join(JSON_EXPORT, 'Takeout', 'YouTube and YouTube Music', 'history');

async function read(view: BufferView, timeZone = 'UTC'): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of youtubeImporter.read(view, {
    config: ArchiveConfigSchema.parse({ timeZone }),
    include: new Set(),
    people: new Map(),
  }))
    items.push(item);
  return items;
}

describe('the YouTube importer', () => {
  it('makes one entry per day of watching, each video once, counted without the importer', async () => {
    // Counted from the file itself: records with a time that are not ads and not community
    // posts, on their day in Berlin (the case's zone).
    const records = JSON.parse(readFileSync(path.join(HISTORY, 'watch-history.json'), 'utf8')) as ({
      time?: string;
      details?: unknown;
      titleUrl?: string;
    } | null)[];
    const watched = records.filter(
      (record) => record?.time && !record.details && !record.titleUrl?.includes('/post/'),
    );
    const days = new Set(
      watched.map((record) =>
        new Date(Date.parse(record!.time!) + 3600_000).toISOString().slice(0, 10),
      ),
    );
    assert.deepEqual([watched.length, days.size], [7, 2]);

    const archive = await newArchive('Europe/Berlin');
    const report = await runImport(archive, JSON_EXPORT);
    assert.equal(report.source, 'youtube');
    assert.deepEqual(unbalanced(report.files), []);
    const written = await entries(archive, 'youtube');
    const watching = written.filter((entry) => entry.data.kind === 'watching');
    assert.equal(watching.length, days.size);
    assert.equal(
      watching.reduce((sum, entry) => sum + Number(entry.data.videos), 0),
      watched.length,
    );
    assert.equal(written.filter((entry) => entry.data.kind === 'comment').length, 4);
    const searches = written.find((entry) => entry.data.kind === 'search')!;
    assert.equal(searches.data.visibility, 'private');
    const day = watching.find((entry) => entry.data.id === 'youtube:watched-2024-02-28')!;
    assert.deepEqual(kindFacts(day.data as never), [
      { label: 'Videos', value: '2', card: true },
      { label: 'Top channel', value: 'Fireship', card: true },
    ]);
    const comment = written.find(
      (entry) => entry.data.id === 'youtube:comment-UgytHqobEtqoKm_-pYB4AaABAg',
    )!;
    assert.equal(comment.data.video, 'Rust in 100 Seconds');
  });

  it('re-imports byte for byte and keeps a hand-edited day', async () => {
    const archive = await newArchive('Europe/Berlin');
    const first = await runImport(archive, JSON_EXPORT, { source: 'youtube' });
    const before = await snapshot(archive, 'youtube');
    const again = await runImport(archive, JSON_EXPORT, { source: 'youtube' });
    assert.equal(again.added, 0);
    assert.equal(again.unchanged, first.added);
    assert.deepEqual(await snapshot(archive, 'youtube'), before);
    const day = (await entries(archive, 'youtube')).find(
      (entry) => entry.data.id === 'youtube:watched-2024-03-02',
    )!;
    const file = path.join(archive, day.file);
    await writeFile(file, `${await readFile(file, 'utf8')}\nA rainy Saturday.\n`);
    const third = await runImport(archive, JSON_EXPORT, { source: 'youtube' });
    assert.deepEqual(third.keptEdited, [day.file]);
  });

  it('names a damaged history file and imports the rest of the export', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'inhale-youtube-'));
    const history = path.join(folder, 'history');
    await mkdir(history);
    await writeFile(
      path.join(history, 'watch-history.json'),
      '[{"header": "YouTube", "title": "Watched a', // cut off
    );
    await writeFile(
      path.join(history, 'search-history.json'),
      readFileSync(path.join(HISTORY, 'search-history.json')),
    );
    const archive = await newArchive('UTC');
    const report = await runImport(archive, folder, { source: 'youtube' });
    assert.equal(report.damaged.length, 1);
    assert.match(report.damaged[0]!, /^history\/watch-history\.json: .*not valid JSON/);
    assert.equal(report.added, 1);
  });

  it('refuses a folder that holds no YouTube history, saying what it expected', async () => {
    const view = new BufferView('/d/notes.txt', 'notes.txt', Buffer.from('hello'));
    await assert.rejects(read(view), /no YouTube history or comments here/);
  });

  it('never writes a javascript: link from the HTML history', async () => {
    const html = `<div class="outer-cell"><div class="mdl-grid"><div class="header-cell"><p class="mdl-typography--title">YouTube<br></p></div><div class="content-cell mdl-typography--body-1">Watched <a href="javascript:alert(1)">x</a><br><a href="javascript:alert(2)">ch</a><br>Jan 1, 2024, 6:10:00 PM PST</div></div></div>
<div class="outer-cell"><div class="mdl-grid"><div class="content-cell mdl-typography--body-1">Watched <a href="https://www.youtube.com/watch?v=abc">ok</a><br><a href="javascript:alert(3)">Channel</a><br>Jan 1, 2024, 6:11:00 PM PST</div></div></div>`;
    const items = await read(
      new BufferView('/d/watch-history.html', 'watch-history.html', Buffer.from(html)),
    );
    assert.doesNotMatch(JSON.stringify(items), /javascript:/);
    const entry = items.find((item) => item.type === 'entry');
    assert.equal(
      entry?.type === 'entry' && entry.entry.body,
      '- 02:11 · [ok](https://www.youtube.com/watch?v=abc) · Channel',
    );
  });

  it('reads a history HTML in chunks split anywhere, as a stream arrives', () => {
    const html = readFileSync(
      path.join(
        CASES,
        'takeout-html',
        'input',
        'Takeout',
        'YouTube and YouTube Music',
        'history',
        'watch-history.html',
      ),
      'utf8',
    );
    const whole = new ActivityHtmlReader();
    const expected = [...whole.write(html), ...whole.end()];
    const chunked = new ActivityHtmlReader();
    const cells = [];
    for (let start = 0; start < html.length; start += 7)
      cells.push(...chunked.write(html.slice(start, start + 7)));
    cells.push(...chunked.end());
    assert.equal(expected.length, 8);
    assert.deepEqual(cells, expected);
  });
});

describe('the dates of the My Activity HTML', () => {
  const cases: [string, string, string][] = [
    ['Apr 11, 2022, 9:15:24 PM BST', 'UTC', '2022-04-11T21:15:24+01:00'],
    ['Mar 10, 2024, 3:05:09\u202fAM PDT', 'UTC', '2024-03-10T03:05:09-07:00'],
    ['11 Jan 2021, 12:50:26 CET', 'UTC', '2021-01-11T12:50:26+01:00'],
    ['11 Sept 2023, 00:05:00 BST', 'UTC', '2023-09-11T00:05:00+01:00'],
    ['11.01.2021, 12:50:26 MEZ', 'UTC', '2021-01-11T12:50:26+01:00'],
    ['15 jun 2026, 20:30:41 CEST', 'UTC', '2026-06-15T20:30:41+02:00'],
    ['11 Mär 2021, 12:50:26 MEZ', 'UTC', '2021-03-11T12:50:26+01:00'],
    ['Jan 2, 2024, 12:00:00 AM GMT+05:45', 'UTC', '2024-01-02T00:00:00+05:45'],
    // The archive's own zone names its abbreviation first: IST is Ireland's in Dublin.
    ['Jul 1, 2024, 9:00:00 AM IST', 'Europe/Dublin', '2024-07-01T09:00:00+01:00'],
    ['Jul 1, 2024, 9:00:00 AM IST', 'UTC', '2024-07-01T09:00:00+05:30'],
  ];
  for (const [text, zone, expected] of cases)
    it(`reads "${text}" in ${zone} as ${expected}`, () => {
      assert.equal(parseActivityDate(text, zone), expected);
    });

  it('says why a date in words of another language is not read', () => {
    assert.deepEqual(parseActivityDate('11. Januar 2021 um 12:50', 'UTC'), {
      problem: 'a date written as "11. Januar 2021 um 12:50" is not understood',
    });
  });
});

describe('the text of a YouTube comment', () => {
  const cases: [string, string][] = [
    ['plain, old text', 'plain, old text'],
    ['{"takeoutSegments":[{"text":"coalowl the legend"}]}', 'coalowl the legend'],
    ['{"text":"a"},{"text":"\\n"},{"text":"@b","mention":{"channelId":"UC1"}}', 'a\n@b'],
    ['{"text": broken', '{"text": broken'],
  ];
  for (const [raw, expected] of cases)
    it(`reads ${JSON.stringify(raw)}`, () => assert.equal(commentText(raw), expected));
});
