import assert from 'node:assert/strict';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import lunr from 'lunr';

import { loadConfig } from '../../src/archive/config.ts';
import { ArchiveSite } from '../../src/site/archive-site.ts';
import { forAudience } from '../../src/site/audience.ts';
import { byTime } from '../../src/site/entry-record.ts';
import { type EntryRecord } from '../../src/shared/entry-types.ts';
import { listEntryFiles } from '../../src/site/entry-files.ts';
import { readRecordSync } from '../../src/site/read-record.ts';
import {
  analyzeRecord,
  buildSearchIndex,
  postingsOf,
  termsOf,
  unwrap,
  type IndexFiles,
} from '../../src/search/build-index.ts';
import { termOf } from '../../src/search/analysis.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import {
  BOOSTS,
  FIELDS,
  partOf,
  type IndexReader,
  type Manifest,
} from '../../src/search/index-format.ts';
import { folderReader } from '../../src/search/read-index.ts';
import { newArchive } from '../helpers/archives.ts';
import { DEMO, temporaryFolder } from '../helpers/paths.ts';
import { demoRecords, indexOf, memoryReader } from '../helpers/search-index.ts';

describe('the search index of the demo archive', () => {
  let records: EntryRecord[];
  let engine: SearchEngine;
  before(async () => {
    records = await demoRecords();
    engine = new SearchEngine(memoryReader(indexOf(records)));
  });

  it('ranks known queries as expected', async () => {
    const first = async (query: string) =>
      (await engine.search(query, { limit: 1 })).hits[0]?.stored;
    assert.equal((await first('walking notes'))?.title, 'Walking notes');
    assert.match((await first('"isle of skye"'))?.title ?? '', /Isle of Skye/);
    assert.equal((await first('skye plan'))?.title, 'Skye: the plan');
    assert.equal((await first('gardening ten steps'))?.title, 'No-dig gardening in ten steps');
  });

  it('scores exactly as lunr does', async () => {
    const inhaleTerms: lunr.PipelineFunction = (token) => {
      const term = termOf(token.toString());
      return term ? token.update(() => term) : null;
    };
    // Registered, as lunr warns on the console about a pipeline function it does not know.
    lunr.Pipeline.registerFunction(inhaleTerms, 'inhaleTerms');
    // The same fields, boosts and analysis in one real lunr index.
    const index = lunr(function () {
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.pipeline.add(inhaleTerms);
      this.ref('id');
      FIELDS.forEach((field, at) => this.field(field, { boost: BOOSTS[at] }));
      for (const record of records)
        this.add({
          id: record.id,
          title: record.title ?? '',
          text: record.text,
          tags: record.tags.join(' . '),
          people: record.people.join(' . '),
          place: record.place?.name ?? '',
        });
    });
    for (const query of ['walk', 'bridge inspection', 'lisbon tram', 'lisbon', 'music']) {
      const terms = query.split(' ').map(termOf);
      const expected = index.query((q) => {
        for (const term of terms)
          q.term(term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
      });
      const actual = await engine.search(query, { limit: 1000 });
      assert.ok(expected.length > 2, `${query}: lunr finds several entries (${expected.length})`);
      assert.equal(actual.total, expected.length, `${query}: as many matches as lunr`);
      const scores = new Map(actual.hits.map((hit) => [hit.stored.id, hit.score]));
      for (const result of expected)
        assert.ok(
          Math.abs(scores.get(result.ref)! - result.score) < 0.0015,
          `${query}: ${result.ref} scores ${scores.get(result.ref)}, lunr ${result.score}`,
        );
    }
  });

  it('filters and counts facets as the entries say', async () => {
    const twitter = records.filter((record) => record.source === 'twitter');
    const results = await engine.search('from:twitter', { facets: true, limit: 5 });
    assert.equal(results.total, twitter.length);
    const perYear = new Map<string, number>();
    for (const record of twitter)
      perYear.set(record.date.slice(0, 4), (perYear.get(record.date.slice(0, 4)) ?? 0) + 1);
    assert.deepEqual(
      Object.fromEntries(results.facets!.year.map((facet) => [facet.value, facet.count])),
      Object.fromEntries(perYear),
    );
    // Newest first when nothing is ranked.
    assert.equal(results.hits[0]!.stored.id, twitter.at(-1)!.id);

    const lena = records.filter((record) => record.people.includes('Lena Fischer'));
    assert.ok(lena.length > 0);
    assert.equal((await engine.search('person:"lena fischer"')).total, lena.length);
    // Tom has no handle that could match too: his first name finds exactly his entries.
    const tom = records.filter((record) => record.people.includes('Tom Ashby'));
    assert.ok(tom.length > 0);
    assert.equal((await engine.search('person:tom')).total, tom.length);

    const in2024 = records.filter((record) => record.date.startsWith('2024'));
    assert.equal((await engine.search('year:2024')).total, in2024.length);
    const notMail2024 = in2024.filter((record) => record.source !== 'mail');
    assert.equal((await engine.search('year:2024 -from:mail')).total, notMail2024.length);
    const spring = records.filter(
      (record) =>
        record.date.slice(0, 10) >= '2024-03-01' && record.date.slice(0, 10) < '2024-06-01',
    );
    assert.equal((await engine.search('after:2024-03 before:2024-06')).total, spring.length);

    const tagged = records.filter((record) => record.tags.includes('travel'));
    const travelWalk = await engine.search('tag:travel walk', { facets: true });
    assert.ok(travelWalk.total > 0 && travelWalk.total < tagged.length);
    assert.equal(
      travelWalk.facets!.tag.find((facet) => facet.value === 'travel')!.count,
      travelWalk.total,
    );
  });

  it('excludes words and checks phrases word by word', async () => {
    const walk = await engine.search('walk', { limit: 1000 });
    const withoutHarbour = await engine.search('walk -harbour', { limit: 1000 });
    const harbour = new Set(
      (await engine.search('harbour', { limit: 1000 })).hits.map((hit) => hit.stored.id),
    );
    assert.equal(
      withoutHarbour.total,
      walk.hits.filter((hit) => !harbour.has(hit.stored.id)).length,
    );
    assert.ok(withoutHarbour.total < walk.total);
    const phrase = await engine.search('"the long way round"', { limit: 1000 });
    const reversed = await engine.search('"round the long way"', { limit: 1000 });
    assert.ok(phrase.total > 0);
    assert.equal(reversed.total, 0);
    for (const hit of phrase.hits) {
      const record = records.find((item) => item.id === hit.stored.id)!;
      assert.match(record.text.toLowerCase(), /long way round/);
    }
  });

  it('finds words as they are typed, and marks them in the snippet', async () => {
    const typing = await engine.search('harbo', { typing: true, limit: 1000 });
    const whole = await engine.search('harbour', { limit: 1000 });
    const found = new Set(typing.hits.map((hit) => hit.stored.id));
    assert.ok(whole.total > 0 && whole.hits.every((hit) => found.has(hit.stored.id)));
    assert.ok(typing.total > whole.total, 'harbourside too');
    const marked = typing.hits.flatMap((hit) =>
      hit.snippet.filter((piece) => piece.mark).map((piece) => piece.text),
    );
    assert.ok(marked.length > 5, String(marked));
    for (const text of marked) assert.match(text, /^harbo/i);
  });

  it('splits into parts when told to, and answers the same from them', async () => {
    const whole = indexOf(records, Infinity);
    const split = indexOf(records, 2000);
    const manifest = unwrap(split.get('search/manifest.js')!) as Manifest;
    assert.equal((unwrap(whole.get('search/manifest.js')!) as Manifest).parts.length, 1);
    assert.ok(manifest.parts.length > 20, `${manifest.parts.length} parts`);
    for (const [file, text] of split)
      if (file.startsWith('search/terms/')) assert.ok(text.length < 2000 + 2000, file);
    // An edit changes the parts of the terms it touched, its document chunk and the manifest.
    const edited = records.map((record, index) =>
      index === 100 ? { ...record, text: `${record.text} zanzibarish` } : record,
    );
    const after = indexOf(edited, 2000);
    const changed = [...after].filter(([file, text]) => split.get(file) !== text);
    assert.ok(changed.length >= 3 && changed.length < split.size / 10, `${changed.length}`);
    const splitEngine = new SearchEngine(memoryReader(split));
    for (const query of ['walk', 'harbour boats', '"isle of skye"', 'trav', 'from:mastodon music'])
      for (const typing of [false, true]) {
        const [a, b] = await Promise.all([
          engine.search(query, { typing, limit: 50 }),
          splitEngine.search(query, { typing, limit: 50 }),
        ]);
        assert.deepEqual(
          b.hits.map((hit) => [hit.stored.id, hit.score]),
          a.hits.map((hit) => [hit.stored.id, hit.score]),
          query,
        );
      }
  });
});

describe('the search index of a build', () => {
  it('finds words of scripts written without spaces', async () => {
    const archive = await newArchive();
    const write = (name: string, text: string) =>
      writeFile(
        path.join(archive, 'journal', '2024', '01', name),
        `---\nid: journal:${name}\nsource: journal\nkind: note\ndate: 2024-01-0${name[0]}T10:00:00Z\n---\n${text}\n`,
      );
    await mkdir(path.join(archive, 'journal', '2024', '01'), { recursive: true });
    await write('1-a.md', '今天我们庆祝建国35周年纪念，天气很好。');
    await write('2-b.md', '東京大学の図書館で本を読んだ。');
    await write('3-c.md', '周年 and 纪念 apart, not the phrase.');
    const out = path.join(temporaryFolder(), 'out');
    const site = new ArchiveSite(archive, out);
    await site.build();
    await site.close();
    const engine = new SearchEngine(folderReader(out));
    const ids = async (query: string, typing = false) =>
      (await engine.search(query, { typing })).hits.map((hit) => hit.stored.id).sort();
    assert.deepEqual(await ids('建国35周年纪念'), ['journal:1-a.md']);
    assert.deepEqual(await ids('周年'), ['journal:1-a.md', 'journal:3-c.md']);
    assert.deepEqual(await ids('図書館'), ['journal:2-b.md']);
    assert.deepEqual(await ids('東', true), ['journal:2-b.md']);
    const hit = (await engine.search('図書館')).hits[0]!;
    assert.deepEqual(
      hit.snippet.filter((piece) => piece.mark).map((piece) => piece.text),
      ['図書', '書館'],
    );
  });

  it('holds only what the build includes, and an edit rewrites only its parts', async () => {
    const root = temporaryFolder();
    const archive = path.join(root, 'archive');
    await cp(DEMO, archive, {
      recursive: true,
      filter: (source) => !source.includes('.inhale-cache'),
    });
    const config = await loadConfig(archive);
    const files = await listEntryFiles(archive);
    const records = files.map((file) => readRecordSync(archive, file, config).record!);
    const mail = records.find((record) => record.source === 'mail' && record.title)!;
    const word = mail.title!.split(/\s+/).find((item) => termOf(item).length > 3)!;

    const publicOut = path.join(root, 'public');
    const publicSite = new ArchiveSite(archive, publicOut, 'public');
    await publicSite.build();
    await publicSite.close();
    const publicEngine = new SearchEngine(folderReader(publicOut));
    const publicCount = records.filter((record) => forAudience(record, 'public', config)).length;
    assert.equal((await publicEngine.manifest()).docs, publicCount);
    assert.ok(publicCount < records.length);
    assert.ok(
      (await publicEngine.search(`"${mail.title}"`)).hits.every(
        (hit) => hit.stored.source !== 'mail',
      ),
    );

    const out = path.join(root, 'private');
    const site = new ArchiveSite(archive, out);
    await site.build();
    const engine = new SearchEngine(folderReader(out));
    assert.equal((await engine.manifest()).docs, records.length);
    assert.ok((await engine.search(`from:mail ${word}`)).total > 0);

    const before = await searchFiles(out);
    const target = records.find((record) => record.source === 'journal')!;
    const text = await readFile(path.join(archive, target.file), 'utf8');
    await writeFile(path.join(archive, target.file), `${text.trimEnd()}\n\nA zanzibarish word.\n`);
    await site.update([target.file]);
    await site.close();
    const after = await searchFiles(out);
    const changed = [...after]
      .filter(([file, bytes]) => before.get(file) !== bytes)
      .map(([file]) => file);
    const hits = await new SearchEngine(folderReader(out)).search('zanzibarish');
    assert.deepEqual(
      hits.hits.map((hit) => hit.stored.id),
      [target.id],
    );
    // Only the parts of the terms the entry had or has, its document chunk and the manifest.
    const manifest = await new SearchEngine(folderReader(out)).manifest();
    const edited = readRecordSync(archive, target.file, config).record!;
    const allowed = new Set(['manifest.js', 'docs/0.js']);
    for (const term of [...termsOf(target.analysis), ...termsOf(edited.analysis)])
      for (const folder of ['terms', 'positions'])
        allowed.add(`${folder}/${manifest.files[partOf(manifest.parts, term)!]}.js`);
    assert.deepEqual(
      changed.filter((file) => !allowed.has(file)),
      [],
    );
    assert.ok(
      changed.includes(`terms/${manifest.files[partOf(manifest.parts, 'zanzibarish')!]}.js`),
    );
    assert.ok(after.size > 5);
  });
});

async function searchFiles(out: string): Promise<Map<string, string>> {
  const folder = path.join(out, 'search');
  const names = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.js'));
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(folder, name), 'utf8')] as const),
    ),
  );
}
