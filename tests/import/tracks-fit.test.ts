/**
 * FIT files (src/import/tracks-fit.ts, through src/import/tracks.ts): synthetic files written by
 * tests/helpers/fit-file.ts with fit-file-parser's encoder from the FIT profile's message
 * numbers; the committed ones under tests/import/cases/tracks/ are checked to be what the
 * helper writes (UPDATE=1 writes them again).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { unbalanced } from '../../src/import/coverage.ts';
import { openView } from '../../src/import/file-view.ts';
import { runImport } from '../../src/import/run-import.ts';
import { fitActivities } from '../../src/import/tracks-fit.ts';
import { tracksImporter } from '../../src/import/tracks.ts';
import type { ImportItem } from '../../src/import/types.ts';
import { entries, newArchive } from '../helpers/archives.ts';
import { FIT_FIXTURES, fitActivity, harbourLoop } from '../helpers/fit-file.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

const CASES = path.join(REPO, 'tests', 'import', 'cases', 'tracks');

async function readFiles(files: Record<string, Uint8Array>): Promise<ImportItem[]> {
  const folder = temporaryFolder();
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, name), bytes);
  const view = await openView(folder);
  const items: ImportItem[] = [];
  for await (const item of tracksImporter.read(view, {
    config: ArchiveConfigSchema.parse({ timeZone: 'Europe/London' }),
    include: new Set(),
    people: new Map(),
  }))
    items.push(item);
  await view.close();
  return items;
}

describe('FIT files', () => {
  it('keeps the committed FIT fixtures as the helper writes them', () => {
    for (const [name, options] of Object.entries(FIT_FIXTURES)) {
      const file = path.join(CASES, name);
      const bytes = Buffer.from(fitActivity(options));
      if (process.env.UPDATE) writeFileSync(file, name.endsWith('.gz') ? gzipSync(bytes) : bytes);
      assert.ok(existsSync(file), `${file} is missing; UPDATE=1 writes it`);
      const committed = readFileSync(file);
      assert.deepEqual(name.endsWith('.gz') ? gunzipSync(committed) : committed, bytes, name);
    }
  });

  it('reads a ride with its sport, distance, duration, points and the device offset', async () => {
    const [ride] = await fitActivities(
      Buffer.from(
        fitActivity({
          points: harbourLoop(new Date('2024-06-02T17:30:00Z')),
          sport: 2,
          offsetMinutes: 60,
        }),
      ),
    );
    assert.equal(ride?.type, 'cycling');
    assert.equal(ride?.points.length, 12);
    assert.equal(ride?.seconds, 660);
    assert.ok(ride!.distance! > 2000 && ride!.distance! < 3000, String(ride?.distance));
    assert.deepEqual(ride?.start, { ms: Date.parse('2024-06-02T17:30:00Z'), offset: 60 });
    assert.ok(Math.abs(ride!.points[0]!.lat - 51.4505) < 1e-6);
  });

  it('makes an activity entry like a GPX one, dated in the offset the device wrote', async () => {
    const items = await readFiles({
      'ride.fit': fitActivity({
        points: harbourLoop(new Date('2024-06-02T17:30:00Z')),
        sport: 2,
        offsetMinutes: 60,
      }),
    });
    const entry = items.find((item) => item.type === 'entry');
    assert.ok(entry?.type === 'entry');
    const { data, media } = entry.entry;
    assert.equal(data.kind, 'activity');
    assert.equal(data.date, '2024-06-02T18:30:00+01:00');
    assert.equal(data.activityType, 'cycling');
    assert.equal(data.duration, 660);
    assert.equal(data.points, 12);
    assert.equal(typeof data.route, 'string');
    assert.equal(data.visibility, 'private');
    assert.equal(media[0]?.from, `${Date.parse('2024-06-02T17:30:00Z')}.geojson`);
    assert.deepEqual(
      items.find((item) => item.type === 'file'),
      { type: 'file', account: { file: 'ride.fit', status: 'read', records: 1 } },
    );
  });

  it('reads a file without a session as one activity of its records, in the archive time zone', async () => {
    const items = await readFiles({
      'watch.fit': fitActivity({
        points: harbourLoop(new Date('2024-01-10T09:00:00Z'), 5),
        withoutSession: true,
      }),
    });
    const entry = items.find((item) => item.type === 'entry');
    assert.ok(entry?.type === 'entry');
    assert.equal(entry.entry.data.date, '2024-01-10T09:00:00+00:00');
    assert.equal(entry.entry.data.duration, 240);
  });

  it('skips a damaged FIT file with a reason naming it, and reads the other files', async () => {
    const good = fitActivity({ points: harbourLoop(new Date('2024-06-02T17:30:00Z'), 3) });
    const broken = Buffer.from(good);
    broken.writeUInt8(broken.readUInt8(broken.length - 5) ^ 0xff, broken.length - 5); // the CRC no longer matches
    const items = await readFiles({
      'a.fit': broken,
      'b.fit': good,
      'c.fit': Buffer.from('<gpx/>'),
    });
    const skips = items.filter((item) => item.type === 'skip');
    assert.deepEqual(
      skips.map((item) => item.type === 'skip' && [item.reason, item.file]),
      [
        ['damaged file', 'a.fit'],
        ['damaged file', 'c.fit'],
      ],
    );
    assert.match(JSON.stringify(skips), /a\.fit: not a FIT file/);
    assert.equal(items.filter((item) => item.type === 'entry').length, 1);
  });

  it('imports a FIT file through the writer, and again changes nothing', async () => {
    const archive = await newArchive();
    const input = path.join(CASES, 'fit-ride', 'input');
    const report = await runImport(archive, input, { source: 'tracks' });
    assert.equal(report.added, 1);
    assert.deepEqual(unbalanced(report.files), []);
    const [ride] = await entries(archive, 'tracks');
    assert.equal(ride?.data.kind, 'activity');
    assert.match((ride?.data.media as { path: string }[])[0]!.path, /\.geojson$/);
    const again = await runImport(archive, input, { source: 'tracks' });
    assert.equal(again.unchanged, 1);
  });
});
