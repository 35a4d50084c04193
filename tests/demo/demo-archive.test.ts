/**
 * The demo archive (content/, written by scripts/make-demo.ts) shows a life, not a list: several
 * sources every year, sources through their importers, threads and conversations, photo days,
 * places in several countries, people across sources, and a calendar mostly filled.
 */
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { parse } from 'yaml';

import { loadPeople } from '../../src/archive/people.ts';
import { listEntryFiles } from '../../src/site/entry-files.ts';
import { DEMO } from '../helpers/paths.ts';

interface Front {
  id: string;
  source: string;
  kind: string;
  date: string;
  title?: string;
  people?: string[];
  place?: { name?: string; lat?: number; lon?: number };
  media?: { path: string; alt?: string }[];
  inReplyTo?: string;
  thread?: string;
  conversation?: string;
  url?: string;
  provenance?: { importer: string };
}

interface Entry extends Front {
  file: string;
  body: string;
}

async function readDemo(): Promise<Entry[]> {
  const files = await listEntryFiles(DEMO);
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(DEMO, file), 'utf8');
      const [, front, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
      return { ...(parse(front!) as Front), file, body: body! };
    }),
  );
}

describe('the demo archive', () => {
  let entries: Entry[] = [];
  before(async () => {
    entries = await readDemo();
  });

  it('stays small enough to build in about a second: at most 500 entries and 8 MB', async () => {
    assert.ok(entries.length >= 300 && entries.length <= 500, `${entries.length} entries`);
    let bytes = 0;
    for (const entry of entries) {
      bytes += (await stat(path.join(DEMO, entry.file))).size;
      for (const item of entry.media ?? [])
        bytes += (await stat(path.join(DEMO, path.dirname(entry.file), item.path))).size;
    }
    assert.ok(bytes < 8 * 1024 ** 2, `${bytes} bytes`);
  });

  it('has at least five sources in every year from 2019 to 2026, and 2026 up to November', () => {
    for (let year = 2019; year <= 2026; year++) {
      const sources = new Set(
        entries.filter((entry) => entry.date.startsWith(String(year))).map((entry) => entry.source),
      );
      assert.ok(sources.size >= 5, `${year}: ${[...sources].join(', ')}`);
    }
    assert.ok(entries.some((entry) => entry.date.startsWith('2026-11')));
  });

  it('brings every source that has an importer through it', () => {
    const imported = new Map<string, Set<string>>();
    for (const entry of entries)
      (imported.get(entry.source) ?? imported.set(entry.source, new Set()).get(entry.source)!).add(
        entry.provenance?.importer ?? 'by hand',
      );
    for (const source of [
      'twitter',
      'mastodon',
      'feed',
      'mail',
      'facebook',
      'photos',
      'whatsapp',
      'spotify',
      'location',
      'tracks',
      'calendar',
      'bluesky',
      'dayone',
      'books',
      'letterboxd',
      'pocket',
      'bookmarks',
      'youtube',
      'reddit',
    ])
      assert.deepEqual([...(imported.get(source) ?? [])], [source], source);
    for (const source of ['journal', 'checkins'])
      assert.deepEqual([...(imported.get(source) ?? [])], ['by hand'], source);
  });

  it('has something on most calendar dates, for "on this day"', () => {
    const days = new Set(entries.map((entry) => entry.date.slice(5, 10)));
    assert.ok(days.size >= 0.75 * 366, `${days.size} of 366 dates`);
  });

  it('has self-threads, mail conversations and message threads whose replies are in the archive', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    for (const source of ['twitter', 'mastodon', 'mail', 'facebook']) {
      const answered = entries.filter(
        (entry) => entry.source === source && entry.inReplyTo && ids.has(entry.inReplyTo),
      );
      assert.ok(answered.length >= 5, `${source}: ${answered.length} replies in the archive`);
    }
    const threads = new Map<string, number>();
    for (const entry of entries.filter((entry) => entry.source === 'mail'))
      threads.set(entry.thread!, (threads.get(entry.thread!) ?? 0) + 1);
    assert.ok([...threads.values()].filter((count) => count >= 3).length >= 5);
    // A reply quotes the mail it answers and signs off.
    const reply = entries.find((entry) => entry.title === 'Re: Lisbon in May?')!;
    assert.match(reply.body, /wrote:/);
    assert.match(reply.body, /^-- /m);
  });

  it('has photo days with several described photos, from EXIF with a place', () => {
    const days = entries.filter((entry) => entry.source === 'photos');
    const several = days.filter((entry) => (entry.media?.length ?? 0) >= 3);
    assert.ok(several.length >= 10, `${several.length} photo days with 3 photos or more`);
    for (const day of days) {
      assert.ok(day.place?.lat !== undefined, `${day.file}: a place from GPS`);
      assert.ok(
        day.media!.every((item) => item.alt),
        `${day.file}: every photo described`,
      );
    }
  });

  it('has places in at least six countries', () => {
    // Rough boxes around the countries the demo visits; a place outside all of them fails.
    const countries: [string, (lat: number, lon: number) => boolean][] = [
      ['United Kingdom', (lat, lon) => lat > 49.8 && lat < 59 && lon > -8 && lon < 2],
      ['Portugal', (lat, lon) => lat > 36.9 && lat < 42.2 && lon > -9.6 && lon < -6.1],
      ['Germany', (lat, lon) => lat > 47.2 && lat < 55.1 && lon > 5.8 && lon < 15.1],
      ['Norway', (lat, lon) => lat > 57.9 && lat < 71.2 && lon > 4.5 && lon < 31.2],
      ['Japan', (lat, lon) => lat > 24 && lat < 46 && lon > 123 && lon < 146],
      ['Canada', (lat, lon) => lat > 42 && lat < 70 && lon > -141 && lon < -52],
      ['United States', (lat, lon) => lat > 24 && lat < 49 && lon > -125 && lon < -66],
    ];
    const seen = new Set<string>();
    for (const entry of entries) {
      const { lat, lon } = entry.place ?? {};
      if (lat === undefined || lon === undefined) continue;
      const country = countries.find(([, inside]) => inside(lat, lon));
      assert.ok(country, `${entry.file}: (${lat}, ${lon}) in no country of the demo`);
      seen.add(country[0]);
    }
    assert.ok(seen.size >= 6, [...seen].join(', '));
  });

  it('names the same friends across sources, through people.yaml', async () => {
    const people = await loadPeople(DEMO);
    const resolve = (name: string) => people.get(name.toLowerCase().replace(/^@/, '')) ?? name;
    const sourcesOf = (person: string) =>
      new Set(
        entries
          .filter((entry) => (entry.people ?? []).map(resolve).includes(person))
          .map((entry) => entry.source),
      );
    for (const person of ['Lena Fischer', 'Sam Ortega'])
      assert.ok(
        ['twitter', 'mastodon', 'mail', 'facebook', 'photos'].every((source) =>
          sourcesOf(person).has(source),
        ),
        `${person}: ${[...sourcesOf(person)].join(', ')}`,
      );
  });

  it('writes every text by hand: no two entries share a sentence', () => {
    const seen = new Map<string, string>();
    for (const entry of entries)
      for (const sentence of entry.body
        // Quoted mail repeats the mail it answers.
        .replace(/^\\?>.*$/gm, '')
        .split(/(?<=[.!?])\s+/)) {
        const words = sentence.replace(/\W+/g, ' ').trim();
        // Short sentences ("Say yes.") may repeat; long ones are written once.
        if (words.split(' ').length < 8) continue;
        const other = seen.get(words);
        assert.ok(!other || other === entry.id, `"${sentence}" in ${entry.file} and ${other}`);
        seen.set(words, entry.id);
      }
  });

  it('uses only example domains for people and links', () => {
    const allowed = /(^|\.)(example|example\.org|example\.com|example\.de)$/;
    for (const entry of entries) {
      const text = `${entry.body}\n${entry.url ?? ''}`;
      for (const match of text.matchAll(/https?:\/\/([^/\s)>\]]+)/g))
        // A post's own address on its service (x.com, bsky.app, boxd.it, a YouTube video, a
        // Reddit permalink) is what the importer writes.
        if (
          !['x.com', 'bsky.app', 'boxd.it', 'www.youtube.com', 'www.reddit.com'].includes(match[1]!)
        )
          assert.match(match[1]!, allowed, `${entry.file}: ${match[0]}`);
      for (const match of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g))
        assert.match(match[1]!, allowed, `${entry.file}: ${match[0]}`);
    }
  });
});
