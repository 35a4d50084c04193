/**
 * On a full build of an archive large enough for shards in worker threads, the shards write the
 * costliest kinds of site page (maps, tags, sources) from their own copy of the summaries: the
 * pages must be the ones the main thread would write, and a rebuild must find them unchanged.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/site/archive-site.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

async function build(archive: string, out: string) {
  const site = new ArchiveSite(archive, out);
  try {
    return await site.build();
  } finally {
    await site.close();
  }
}

const CITIES = [
  { name: 'Bristol', lat: 51.45, lon: -2.59 },
  { name: 'Lyon', lat: 45.76, lon: 4.84 },
  { name: 'Porto', lat: 41.15, lon: -8.61 },
];

describe('site pages written by the shards', () => {
  it('are the same pages, and a rebuild writes none of them again', async () => {
    const archive = await newArchive();
    // 3,000 files make the build use a shard per core.
    for (let year = 2010; year < 2020; year++) {
      const folder = path.join(archive, 'notes', String(year), '03');
      await mkdir(folder, { recursive: true });
      for (let index = 0; index < 301; index++) {
        const city = CITIES[index % CITIES.length]!;
        await writeFile(
          path.join(folder, `${String(index).padStart(3, '0')}.md`),
          [
            '---',
            `id: notes:${year}-${index}`,
            'source: notes',
            'kind: note',
            `date: ${year}-03-${String((index % 28) + 1).padStart(2, '0')}T10:00:00Z`,
            `tags: [walk, tag-${index % 7}]`,
            `place: { name: ${city.name}, lat: ${city.lat}, lon: ${city.lon} }`,
            '---',
            `Note ${index} of ${year} in ${city.name}.`,
            '',
          ].join('\n'),
        );
      }
    }
    const out = path.join(temporaryFolder(), 'dist');
    const first = await build(archive, out);
    assert.equal(first.entries, 3010);
    const tag = await readFile(path.join(out, 'tags', 'tag-3', 'index.html'), 'utf8');
    assert.match(tag, /Note 3 of 2019 in Bristol\./);
    const places = await readFile(path.join(out, 'places', 'index.html'), 'utf8');
    assert.match(places, /3 places/);
    const source = await readFile(path.join(out, 'sources', 'notes', 'index.html'), 'utf8');
    assert.match(source, /Note \d+ of 2019/);
    const again = await build(archive, out);
    assert.equal(again.written, 0, 'an unchanged rebuild writes no page');
    assert.equal(again.pages, first.pages);
  });
});
