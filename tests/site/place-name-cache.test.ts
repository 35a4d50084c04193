/**
 * The parse cache keeps what the bundled data named each entry's coordinates, so a build of
 * unchanged files loads no gazetteer (docs/performance.md, "The demo build").
 */
import assert from 'node:assert/strict';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deserialize, serialize } from 'node:v8';

import { ArchiveSite } from '../../src/site/archive-site.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { placesArchive } from '../helpers/places-archive.ts';

const KEHL = 'notes/2021/06/13-kehl-bridge.md';

async function placeNameOf(archive: string, file: string): Promise<unknown> {
  const site = new ArchiveSite(archive, path.join(temporaryFolder(), 'dist'));
  try {
    const { summaries } = await site.loadAll();
    return summaries.find((summary) => summary.file === file)?.place?.name;
  } finally {
    await site.close();
  }
}

describe('the names of places in the parse cache', () => {
  it('names an unchanged file from the cache, and a changed file from the data again', async () => {
    const archive = await placesArchive();
    assert.equal(await placeNameOf(archive, KEHL), 'Kehl');
    const cacheFile = path.join(archive, '.inhale-cache', 'entries-2021.v8');
    const stored = deserialize(readFileSync(cacheFile)) as {
      files: Map<string, { placeName?: { city?: string } }>;
    };
    assert.equal(stored.files.get(KEHL)?.placeName?.city, 'Kehl');
    // What the cache says is what the build uses while the file is unchanged.
    stored.files.get(KEHL)!.placeName!.city = 'Cached Kehl';
    writeFileSync(cacheFile, serialize(stored));
    assert.equal(await placeNameOf(archive, KEHL), 'Cached Kehl');
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(archive, KEHL), later, later);
    assert.equal(await placeNameOf(archive, KEHL), 'Kehl');
  });

  it('leaves the parse cache without names for inhale check, and names on the next build', async () => {
    const archive = await placesArchive();
    const check = new ArchiveSite(archive, path.join(temporaryFolder(), 'dist'), 'private', {
      parseOnly: true,
    });
    await check.loadAll();
    await check.close();
    const cacheFile = path.join(archive, '.inhale-cache', 'entries-2021.v8');
    const read = () =>
      (deserialize(readFileSync(cacheFile)) as { files: Map<string, { placeName?: object }> })
        .files;
    assert.equal(read().get(KEHL)?.placeName, undefined);
    assert.equal(await placeNameOf(archive, KEHL), 'Kehl');
    assert.deepEqual(read().get(KEHL)?.placeName, {
      city: 'Kehl',
      country: 'Germany',
      countryCode: 'DE',
      territoryNumber: '276',
    });
  });
});
