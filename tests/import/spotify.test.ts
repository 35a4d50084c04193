import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { BufferView } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { spotifyImporter } from '../../src/import/spotify.ts';
import { kindFacts } from '../../src/site/kind-facts/index.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/paths.ts';

const SAMPLES = path.join(SHARED_FIXTURES, 'spotify', 'listenbrainz');
const BASIC = path.join(REPO, 'tests', 'import', 'cases', 'spotify', 'basic-history', 'input');

describe('the Spotify importer', () => {
  it('makes one entry per day of both extended samples, each play once', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    // Counted without the importer, as `jq '[.[] | select(.ms_played >= 30000)] | length'` and
    // `jq -r '.[] | select(.ms_played >= 30000) | .ts[0:10]' | sort -u` do: 4 + 4 plays of
    // 30 seconds or more, on 1 + 4 days (no play of these crosses midnight).
    const counted = ['spotify_streaming_2023.json', 'spotify_streaming_endsong_0.json'].map(
      (name) => {
        const plays = (
          JSON.parse(readFileSync(path.join(SAMPLES, name), 'utf8')) as {
            ts: string;
            ms_played: number;
          }[]
        ).filter((play) => play.ms_played >= 30000);
        return { plays: plays.length, days: new Set(plays.map((p) => p.ts.slice(0, 10))).size };
      },
    );
    assert.deepEqual(counted, [
      { plays: 4, days: 1 },
      { plays: 4, days: 4 },
    ]);
    const archive = await newArchive('UTC');
    const report = await runImport(archive, SAMPLES);
    assert.equal(report.source, 'spotify');
    assert.equal(report.added, 5);
    assert.deepEqual(unbalanced(report.files), []);
    const written = await entries(archive, 'spotify');
    const plays = written.reduce((sum, entry) => sum + Number(entry.data.plays), 0);
    assert.equal(plays, 8);
    const day = written.find((entry) => entry.data.id === 'spotify:listening-2023-03-19')!;
    assert.equal(day.data.plays, 4);
    assert.equal(day.data.kind, 'listening');
    // The export's network fields are never written.
    for (const entry of written) assert.doesNotMatch(JSON.stringify(entry), /ip_addr|conn_country/);
  });

  it('re-imports byte for byte, keeps a hand edit, and shows plays, minutes and top artist', async () => {
    const archive = await newArchive('Europe/Berlin');
    const first = await runImport(archive, BASIC, { source: 'spotify' });
    assert.equal(first.added, 1);
    const before = await snapshot(archive, 'spotify');
    const again = await runImport(archive, BASIC, { source: 'spotify' });
    assert.equal(again.unchanged, 1);
    assert.deepEqual(await snapshot(archive, 'spotify'), before);
    const written = await entries(archive, 'spotify');
    // Berlin is an hour ahead: the 23:49 UTC play of 1 March starts on 2 March, with the rest.
    assert.equal(written.length, 1);
    const day = written.find((entry) => entry.data.id === 'spotify:listening-2024-03-02')!;
    assert.deepEqual(kindFacts(day.data as never), [
      { label: 'Plays', value: '4', card: true },
      { label: 'Minutes', value: '47', card: true },
      { label: 'Top artist', value: 'A Show', card: true },
    ]);
    const file = path.join(archive, day.file);
    await writeFile(file, `${await readFile(file, 'utf8')}\nA good day.\n`);
    const third = await runImport(archive, BASIC, { source: 'spotify' });
    assert.deepEqual(third.keptEdited, [day.file]);
  });

  it('names a damaged history file', async () => {
    const view = new BufferView(
      '/d/Streaming_History_Audio_2024.json',
      'Streaming_History_Audio_2024.json',
      Buffer.from('[{"ts": "2024-01-01T10:00:00Z", "ms_played": 100000'),
    );
    await assert.rejects(async () => {
      for await (const _ of spotifyImporter.read(view, {
        config: ArchiveConfigSchema.parse({}),
        include: new Set(),
        people: new Map(),
      }));
    }, /Streaming_History_Audio_2024\.json: not valid JSON/);
  });
});
