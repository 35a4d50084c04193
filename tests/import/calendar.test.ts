import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { calendarImporter, MAX_OCCURRENCES } from '../../src/import/calendar.ts';
import { unbalanced, CoverageTally } from '../../src/import/coverage.ts';
import { BufferView, openView, type FileView } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import type { ImportItem } from '../../src/import/types.ts';
import { eventFacts, eventWhen } from '../../src/site/kind-facts/event.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const SAMPLES = path.join(SHARED_FIXTURES, 'icalendar');
const SERIES = path.join(REPO, 'tests/import/cases/calendar/series-with-exceptions/input/work.ics');

async function read(view: FileView, timeZone = 'Europe/Berlin'): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of calendarImporter.read(view, {
    config: ArchiveConfigSchema.parse({ timeZone }),
    include: new Set(),
    people: new Map(),
  }))
    items.push(item);
  return items;
}

/** Synthetic calendars, written here from RFC 5545's grammar. */
const calendar = (...lines: string[]) =>
  new BufferView(
    'test.ics',
    'test.ics',
    Buffer.from(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//inhale tests//synthetic//EN',
        ...lines,
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    ),
  );

/**
 * Each real sample: its VEVENTs, and what they give in a folder import (the newest event of the
 * folder, in 2024, sets how far a series without end goes). VEVENTs counted independently of
 * the importer, as `grep -c '^BEGIN:VEVENT' *.ics` does, by the regular expression below.
 * Entries beyond the VEVENTs are a series' occurrences: the weekly one with five EXDATEs gives
 * 10 of its 15 Tuesdays; x_location's weekdays without end stop at MAX_OCCURRENCES.
 */
const SAMPLE_COUNTS: [file: string, vevents: number, entries: number, skips: number][] = [
  ['alarm_etar_future.ics', 1, 1, 0],
  ['alarm_google_future.ics', 1, 1, 0],
  ['alarm_thunderbird_future.ics', 1, 1, 0],
  ['america_new_york.ics', 1, 1, 0],
  ['bom_calendar.ics', 0, 0, 0],
  ['broken_dtstart.ics', 1, 0, 1],
  ['broken_ical.ics', 1, 1, 0],
  ['calendar_with_unicode.ics', 0, 0, 0],
  ['empty.ics', 0, 0, 0],
  ['event_with_recurrence_exdates_on_different_lines.ics', 1, 10, 0],
  ['event_with_unicode_fields.ics', 1, 1, 0],
  ['fuzz_testcase_vtimezone_lone_cr.ics', 0, 0, 0],
  ['issue_101_icalendar_chokes_on_umlauts_in_organizer.ics', 1, 1, 0],
  ['issue_1050_multiple_calendars.ics', 2, 0, 2],
  ['issue_218_bad_tzid.ics', 1, 1, 0],
  ['issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics', 1, 1, 0],
  ['issue_348_exception_parsing_value.ics', 1, 1, 0],
  ['issue_355_url_escaping.ics', 1, 1, 0],
  ['issue_722_missing_timezones.ics', 3, 2, 2],
  ['multiple_timezones.ics', 3, 3, 0],
  ['pacific_fiji.ics', 1, 1, 0],
  ['rfc_6868.ics', 1, 0, 1],
  ['x_location.ics', 1, MAX_OCCURRENCES, 0],
];

describe('the calendar importer', () => {
  it('reads every sample in ../shared/fixtures/icalendar, broken ones as named skips', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    const view = await openView(SAMPLES);
    const items = await read(view);
    await view.close();
    const tally = new CoverageTally();
    for (const item of items)
      if (item.type === 'entry') tally.entry(item.entry.file);
      else if (item.type === 'skip') tally.skip(item.file);
      else if (item.type === 'file') tally.account(item.account);
    const files = tally.finish([]);
    assert.deepEqual(unbalanced(files), []);
    for (const [file, vevents, imported, skipped] of SAMPLE_COUNTS) {
      const text = readFileSync(path.join(SAMPLES, file), 'utf8');
      assert.equal(text.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0, vevents, `${file}: VEVENTs`);
      const coverage = files.find((each) => each.file === file);
      assert.deepEqual([coverage?.imported, coverage?.skipped], [imported, skipped], file);
    }
    assert.equal(files.length, SAMPLE_COUNTS.length, 'every sample is accounted for');
    const skips = items.filter((item) => item.type === 'skip');
    for (const skip of skips) assert.match(skip.detail ?? '', /^[\w-]+\.ics: event \d+/);
  });

  it('reads TZIDs through IANA names, VTIMEZONEs and X-LIC-LOCATION', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    const startOf = async (file: string) => {
      const view = await openView(path.join(SAMPLES, file));
      const entry = (await read(view)).find((item) => item.type === 'entry');
      await view.close();
      return entry?.type === 'entry' ? [entry.entry.data.start, entry.entry.data.end] : [];
    };
    // A VTIMEZONE named custom_America/New_York, read through its own rules: EDT in August.
    assert.deepEqual(await startOf('america_new_york.ics'), [
      '2014-08-29T08:00:00-04:00',
      '2014-08-29T10:00:00-04:00',
    ]);
    // X-LIC-LOCATION names Pacific/Fiji; the second DTSTART is ignored.
    assert.deepEqual(await startOf('pacific_fiji.ics'), ['2014-08-29T08:00:00+12:00', undefined]);
    // A TZID that is no IANA name (UTC+11), defined by its VTIMEZONE.
    assert.deepEqual(await startOf('issue_218_bad_tzid.ics'), [
      '2017-02-28T23:00:00+11:00',
      '2017-02-28T23:30:00+11:00',
    ]);
    // A TZID with non-ASCII letters, defined by its VTIMEZONE: -03:00 in May.
    assert.deepEqual(await startOf('issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics'), [
      '2017-05-11T13:30:00-03:00',
      '2017-05-11T14:00:00-03:00',
    ]);
    // An IANA TZID without a VTIMEZONE, and a DTEND in another zone.
    assert.deepEqual(await startOf('issue_722_missing_timezones.ics'), [
      '2014-08-29T08:00:00-04:00',
      '2014-08-29T08:00:00-07:00',
    ]);
  });

  it('expands a series within its UNTIL in its own zone, EXDATEs left out', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    const view = await openView(
      path.join(SAMPLES, 'event_with_recurrence_exdates_on_different_lines.ics'),
    );
    const starts = (await read(view)).flatMap((item) =>
      item.type === 'entry' ? [item.entry.data.start!.slice(0, 10)] : [],
    );
    await view.close();
    // UNTIL=20120703T080000Z is 10:00 in Vienna: the last Tuesday is in.
    assert.equal(starts.at(-1), '2012-07-03');
    for (const excluded of ['2012-04-03', '2012-04-10', '2012-04-17', '2012-05-01', '2012-05-29'])
      assert.ok(!starts.includes(excluded), excluded);
  });

  it(`stops a series without end at ${MAX_OCCURRENCES} occurrences, and says so`, async () => {
    const items = await read(
      calendar(
        'BEGIN:VEVENT',
        'UID:daily@example.org',
        'DTSTART:20200101T080000Z',
        'RRULE:FREQ=DAILY',
        'SUMMARY:Daily',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:later@example.org',
        'DTSTART:20250101T080000Z',
        'SUMMARY:Later',
        'END:VEVENT',
      ),
    );
    const daily = items.filter(
      (item) => item.type === 'entry' && item.entry.data.id.startsWith('calendar:daily@'),
    );
    assert.equal(daily.length, MAX_OCCURRENCES);
    assert.ok(
      items.some((item) => item.type === 'warning' && /repeats further/.test(item.message)),
    );
  });

  it('reads a file ical.js refuses component by component: one bad event costs itself', async () => {
    const items = await read(
      calendar(
        'BEGIN:VEVENT',
        'UID:bad@example.org',
        'DTSTART:20200101T080000Z',
        'ORGANIZER;CN=No value',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:good@example.org',
        'DTSTART:20200102T080000Z',
        'SUMMARY:Good',
        'END:VEVENT',
      ),
    );
    const entries = items.filter((item) => item.type === 'entry');
    assert.equal(entries.length, 1);
    const skip = items.find((item) => item.type === 'skip');
    assert.equal(skip?.type === 'skip' && skip.file, 'test.ics');
    assert.match(skip?.type === 'skip' ? skip.detail! : '', /^test\.ics: event 1: /);
  });

  it('drops a description’s script and event handlers (case all-day-floating-and-bad-zone)', async () => {
    const view = await openView(
      path.join(REPO, 'tests/import/cases/calendar/all-day-floating-and-bad-zone/input'),
    );
    const dinner = (await read(view)).find(
      (item) => item.type === 'entry' && item.entry.data.id === 'calendar:dinner@example.org',
    );
    await view.close();
    assert.ok(dinner?.type === 'entry');
    assert.doesNotMatch(dinner.entry.body, /script|onerror|alert/);
    assert.equal(dinner.entry.data.visibility, 'private', 'CLASS:PRIVATE');
  });

  it('names attendees by the people file, else by their name, never with an address beside it', async () => {
    const items: ImportItem[] = [];
    for await (const item of calendarImporter.read(await openView(SERIES), {
      config: ArchiveConfigSchema.parse({ mail: { addresses: ['robin@example.org'] } }),
      include: new Set(),
      people: new Map([['lena@example.org', 'Lena F.']]),
    }))
      items.push(item);
    const first = items.find((item) => item.type === 'entry');
    assert.deepEqual(first?.type === 'entry' && first.entry.data.people, [
      'Lena F.',
      'Tom T Ashby',
    ]);
  });

  it('names a file that is not a calendar', async () => {
    const file = path.join(temporaryFolder(), 'notes.ics');
    await writeFile(file, 'Shopping: bread, wine\n');
    const archive = await newArchive();
    await assert.rejects(runImport(archive, file, { source: 'calendar' }), (error: Error) => {
      assert.match(error.message, /notes\.ics: not an iCalendar file/);
      return true;
    });
  });

  it('imports through the writer; a second import changes nothing and keeps an edit', async () => {
    const archive = await newArchive('Europe/London');
    const first = await runImport(archive, SERIES);
    assert.equal(first.source, 'calendar', 'detected from the .ics');
    // Counted by hand from work.ics: COUNT=6 Mondays, one EXDATE, one occurrence cancelled.
    assert.equal(first.added, 4);
    assert.deepEqual(first.skipped, { 'cancelled event': 1 });
    const before = await snapshot(archive, 'calendar');
    const again = await runImport(archive, SERIES, { source: 'calendar' });
    assert.equal(again.unchanged, 4);
    assert.deepEqual(await snapshot(archive, 'calendar'), before);

    const [edited] = await entries(archive, 'calendar');
    await appendFile(path.join(archive, edited!.file), '\nMy own note.\n');
    const third = await runImport(archive, SERIES, { source: 'calendar' });
    assert.deepEqual(third.keptEdited, [edited!.file]);
    assert.match(readFileSync(path.join(archive, edited!.file), 'utf8'), /My own note/);
  });
});

describe('an event’s facts', () => {
  it('says when as people say it', () => {
    assert.equal(
      eventWhen('2024-10-05T13:00:00+01:00', '2024-10-05T14:30:00+01:00'),
      'Saturday 5 October 2024, 13:00–14:30',
    );
    assert.equal(eventWhen('2024-10-05', undefined), 'Saturday 5 October 2024, all day');
    assert.equal(eventWhen('2024-08-12', '2024-08-16'), '12–16 August 2024, all day');
    assert.equal(
      eventWhen('2024-08-30', '2024-09-02'),
      '30 August 2024 – 2 September 2024, all day',
    );
    assert.equal(
      eventWhen('2024-10-05T22:00:00+01:00', '2024-10-06T02:00:00+01:00'),
      'Saturday 5 October 2024, 22:00 – Sunday 6 October 2024, 02:00',
    );
  });

  it('lists when, where and with whom', () => {
    assert.deepEqual(
      eventFacts({
        id: 'calendar:x',
        source: 'calendar',
        kind: 'event',
        date: '2024-03-04T09:30:00+01:00',
        start: '2024-03-04T09:30:00+01:00',
        end: '2024-03-04T09:45:00+01:00',
        place: { name: 'Room 4' },
        people: ['Lena Fischer <lena@example.org>', 'tom@example.org'],
      }),
      [
        { label: 'When', value: 'Monday 4 March 2024, 09:30–09:45', card: true },
        { label: 'Where', value: 'Room 4', card: true },
        { label: 'With', value: 'Lena Fischer, tom@example.org' },
      ],
    );
  });
});
