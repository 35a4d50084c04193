import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { dayOneOffset, takeMoments, unescapeDayOne } from '../../src/import/dayone-text.ts';
import { runImport } from '../../src/import/run-import.ts';
import { kindFacts } from '../../src/site/kind-facts/index.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const SAMPLE = path.join(SHARED_FIXTURES, 'dayone', 'dayone-to-obsidian');
// Synthetic, after Day One's documented JSON export (tests/fixtures/dayone/make-synthetic.py).
const CASES = path.join(REPO, 'tests', 'import', 'cases', 'dayone');
const ZIP = path.join(REPO, 'tests', 'fixtures', 'dayone', 'synthetic-export.zip');

describe("Day One's text", () => {
  it('drops the escapes Markdown does not need and keeps those that mean something', () => {
    assert.equal(
      unescapeDayOne(
        'Done\\. \\(Mostly\\)\\! 2\\-3\n\\- not a list\n1\\. not ordered\n\\*stars\\*',
      ),
      'Done. (Mostly)! 2-3\n\\- not a list\n1\\. not ordered\n\\*stars\\*',
    );
  });

  it('takes photo references out of the text, in order', () => {
    assert.deepEqual(
      takeMoments('A ![](dayone-moment://abc1)\n\n\n![](dayone-moment:/video/DEF2) b'),
      { text: 'A \n\n b', identifiers: ['ABC1', 'DEF2'] },
    );
  });

  it('reads time zones of every generation: IANA names, old aliases, fixed GMT offsets', () => {
    const july = Date.parse('2023-07-01T00:00:00Z');
    assert.equal(dayOneOffset('Europe/London', july), 60);
    assert.equal(dayOneOffset('Asia/Calcutta', july), 330);
    assert.equal(dayOneOffset('GMT+0530', july), 330);
    assert.equal(dayOneOffset('GMT-08:00', july), -480);
    assert.equal(dayOneOffset('UTC', july), 0);
    assert.equal(dayOneOffset('Mars/Olympus_Mons', july), undefined);
  });

  it('shows the weather and the star as facts of a note', () => {
    const facts = kindFacts({
      id: 'dayone:x',
      source: 'dayone',
      kind: 'note',
      date: '2023-07-01T10:00:00Z',
      weather: { temperature: 18.5, conditions: 'Clear' },
      starred: true,
    });
    assert.deepEqual(
      facts?.map((fact) => [fact.label, fact.value]),
      [
        ['Weather', '18.5 °C, Clear'],
        ['Starred', '★'],
      ],
    );
  });
});

describe('the Day One importer', () => {
  it(
    'imports the real sample with its place, weather and media, and names the damaged journal',
    { skip: sharedFixturesMissing() },
    async () => {
      // Counted independently: MyJournal.json's entries list, parsed here (1 entry, 1 photo,
      // 1 video, 1 audio, 1 PDF); invalid.json is cut short after "entries":.
      const journal = JSON.parse(await readFile(path.join(SAMPLE, 'MyJournal.json'), 'utf8')) as {
        entries: { photos: unknown[]; videos: unknown[]; audios: unknown[]; pdfAttachments: [] }[];
      };
      assert.equal(journal.entries.length, 1);
      const archive = await newArchive();
      const report = await runImport(archive, SAMPLE);
      assert.equal(report.source, 'dayone');
      assert.equal(report.added, journal.entries.length);
      assert.deepEqual(unbalanced(report.files), []);
      const invalid = report.files.find((file) => file.file === 'invalid.json')!;
      assert.equal(invalid.status, 'not-understood');
      assert.match(invalid.reason!, /not valid JSON/);
      const [entry] = await entries(archive, 'dayone');
      assert.equal(entry!.data.date, '2018-04-21T18:57:04+01:00', 'in the entry’s Europe/London');
      assert.equal(entry!.data.visibility, 'private');
      assert.deepEqual(entry!.data.place, {
        name: '221B Baker Street, London',
        country: 'UK',
        lat: 51.523788,
        lon: -0.158611,
      });
      assert.deepEqual(entry!.data.weather, { temperature: 11, conditions: 'Mostly Cloudy' });
      const first = journal.entries[0]!;
      assert.equal(
        (entry!.data.media as unknown[]).length,
        first.photos.length +
          first.videos.length +
          first.audios.length +
          first.pdfAttachments.length,
      );
      assert.equal(entry!.body.trim(), 'test text');

      const before = await snapshot(archive, 'dayone');
      const again = await runImport(archive, SAMPLE);
      assert.equal(again.unchanged, 1);
      assert.deepEqual(await snapshot(archive, 'dayone'), before);
    },
  );

  it(
    'refuses a journal that is cut short, naming it',
    { skip: sharedFixturesMissing() },
    async () => {
      await assert.rejects(
        runImport(await newArchive(), path.join(SAMPLE, 'invalid.json'), { source: 'dayone' }),
        /no Day One journal here \(not valid JSON/,
      );
    },
  );

  it('imports entries with photos found by identifier and md5, in their own time zones', async () => {
    const archive = await newArchive();
    const input = path.join(CASES, 'entries-photos-zones', 'input');
    const report = await runImport(archive, input);
    assert.equal(report.source, 'dayone');
    // The journal's 7 records: 5 entries, one without a date, one null (Journal.json).
    assert.equal(report.added, 4);
    assert.deepEqual(unbalanced(report.files), []);
    const walk = (await entries(archive, 'dayone')).find((entry) => entry.data.title)!;
    assert.equal(walk.data.title, 'A walk up Mount Tam');
    assert.equal(walk.data.date, '2023-07-13T20:30:00-07:00');
    assert.equal(walk.data.starred, true);
    assert.deepEqual(walk.data.tags, ['walking', 'hills']);
    assert.equal((walk.data.media as unknown[]).length, 2);
    assert.match(walk.body, /^Up the hill again\. It was \(mostly\) fine! 2-3 hours\./);
    assert.match(
      report.warnings.join('\n'),
      /photo 22222222222222222222222222222222 .* is not in the export/,
    );

    const file = path.join(archive, walk.file);
    const edited = (await readFile(file, 'utf8')).replace('Up the hill', 'Up the big hill');
    await writeFile(file, edited);
    const again = await runImport(archive, input);
    assert.deepEqual(again.keptEdited, [walk.file]);
    assert.equal(await readFile(file, 'utf8'), edited);
  });

  it('reads the export as a zip, in place', async () => {
    const archive = await newArchive();
    const report = await runImport(archive, ZIP);
    assert.equal(report.source, 'dayone');
    assert.equal(report.added, 1);
    const [entry] = await entries(archive, 'dayone');
    assert.equal(entry!.data.date, '2024-01-02T09:00:00+01:00');
    assert.equal((entry!.data.media as unknown[]).length, 1);
  });

  it('a photo whose md5 climbs out of the export finds no file', async () => {
    const folder = temporaryFolder();
    const photos = [{ identifier: 'AB', md5: '../../../../etc/passwd', type: 'jpeg' }];
    const journal = {
      metadata: { version: '1.0' },
      entries: [{ uuid: 'C1', creationDate: '2024-01-01T10:00:00Z', text: 'x', photos }],
    };
    await writeFile(path.join(folder, 'Journal.json'), JSON.stringify(journal));
    const archive = await newArchive();
    const report = await runImport(archive, folder);
    assert.equal(report.added, 1);
    assert.match(
      report.warnings.join('\n'),
      /photo AB \(\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd\) is not in the export/,
    );
    const [entry] = await entries(archive, 'dayone');
    assert.equal(entry!.data.media, undefined);
  });

  it('refuses a folder with no journal, naming it', async () => {
    const folder = temporaryFolder();
    await writeFile(path.join(folder, 'notes.txt'), 'hello');
    await assert.rejects(
      runImport(await newArchive(), folder, { source: 'dayone' }),
      /no Day One journal here/,
    );
  });
});

describe('Day One and Bluesky entries on the site', () => {
  it('shows a note’s weather and star on its card, and a Bluesky thread whole', async () => {
    const archive = await newArchive('Europe/London');
    await runImport(archive, path.join(CASES, 'entries-photos-zones', 'input'));
    await runImport(
      archive,
      path.join(REPO, 'tests', 'import', 'cases', 'bluesky', 'posts-facets-embeds', 'input'),
    );
    const out = path.join(temporaryFolder(), 'site');
    const { site } = await buildSite(archive, out);
    await site.close();
    const page = async (day: string, start: string) => {
      const folder = path.join(out, ...day.split('-'));
      const name = (await readdir(folder)).find((file) => file.startsWith(start))!;
      return readFile(path.join(folder, name), 'utf8');
    };
    const walk = await page('2023-07-13', 'a-walk-up-mount-tam');
    assert.match(walk, /<dt>Weather<\/dt><dd>18\.5 °C, Clear<\/dd>/);
    assert.match(walk, /<dt>Starred<\/dt><dd>★<\/dd>/);
    assert.match(await page('2024-05-01', 'a-reply-to-myself'), /Conversation · 3 entries/);
    const day = await readFile(path.join(out, '2024', '05', '01', 'index.html'), 'utf8');
    assert.match(day, /href="https:\/\/example\.org\/a"/, 'the facet link');
    assert.doesNotMatch(day, /javascript:/);
  });
});
