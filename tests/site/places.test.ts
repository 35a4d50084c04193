import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { ArchiveSite } from '../../src/site/archive-site.ts';
import { everyByte } from '../helpers/canary.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { placesArchive, PRIVATE_POINT } from '../helpers/places-archive.ts';

const read = (out: string, ...parts: string[]) => readFile(path.join(out, ...parts), 'utf8');

describe('places in a private build', () => {
  const out = path.join(temporaryFolder(), 'dist');
  before(async () => {
    const { site } = await buildSite(await placesArchive(), out);
    await site.close();
  });

  it('draws the world with its places clustered, and lists countries and places', async () => {
    const page = await read(out, 'places', 'index.html');
    assert.match(page, /10 places in\s+7 countries/);
    assert.match(page, /<svg[^>]*class="map"/);
    assert.match(page, /class="map-cluster"[^>]*aria-label="6 places around Strasbourg/);
    assert.match(page, /<a href="[^"]*france\/" class="map-visited"/, 'France is a link');
    assert.match(page, /assets\/map\.js/);
    assert.ok(Buffer.byteLength(page) < 300_000, `${Buffer.byteLength(page)} bytes`);
  });

  it('names a point from its coordinates, and a name the person wrote wins', async () => {
    assert.ok(existsSync(path.join(out, 'places', 'germany', 'kehl.html')));
    assert.ok(existsSync(path.join(out, 'places', 'switzerland', 'basel.html')));
    assert.ok(existsSync(path.join(out, 'places', 'united-kingdom', 'clifton.html')));
    assert.ok(existsSync(path.join(out, 'places', 'elsewhere', 'home.html')));
    const sea = await read(out, 'places', 'elsewhere', 'around.html');
    assert.match(sea, /<h1>At sea<\/h1>/);
  });

  it('gives a country a closer map and the list of its places', async () => {
    const page = await read(out, 'places', 'france', 'index.html');
    assert.match(page, /Map of the places in France/);
    assert.match(
      page,
      /href="strasbourg\.html"|href="\.\.\/\.\.\/places\/france\/strasbourg\.html"/,
    );
    assert.match(page, /class="map-cluster"[^>]*aria-label="2 places around Strasbourg/);
    assert.match(
      page,
      /class="map-point"[^>]*aria-label="Basel: 1 entry"/,
      'a neighbour shows too',
    );
  });

  it('gives a place its locator map, first and last visit, entries and nearby places', async () => {
    const page = await read(out, 'places', 'france', 'strasbourg.html');
    assert.match(page, /<svg[^>]*class="locator"/);
    assert.match(page, /places\/maps\/250\.svg/);
    assert.match(page, /First visit<\/dt>\s*<dd><a[^>]*>Tuesday 2 April 2019/);
    assert.match(page, /Last visit<\/dt>\s*<dd><a[^>]*>Saturday 12 June 2021/);
    assert.match(page, /The cathedral/);
    assert.match(page, /Nearby[\s\S]*Kehl[\s\S]*km/);
    const base = await read(out, 'places', 'maps', '250.svg');
    assert.match(base, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('shows a locator map on an entry page instead of bare coordinates', async () => {
    const page = await read(out, '2019', '04', '02', 'cathedral.html');
    assert.match(page, /<svg[^>]*class="locator"[^>]*aria-label="Map: Strasbourg, France"/);
    assert.match(page, /href="[^"]*places\/france\/strasbourg\.html"/);
    assert.doesNotMatch(page, /\(48\.58/);
  });

  it('opens a closer map for a cluster, whose places link to their pages', async () => {
    const index = await read(out, 'places', 'index.html');
    const area = index.match(/places\/area\/(\d+)\.html/)![1]!;
    const page = await read(out, 'places', 'area', `${area}.html`);
    assert.match(page, /Around Strasbourg/);
    assert.match(page, /class="map-(point|cluster)"/);
  });
});

describe('places in a friends build', () => {
  const out = path.join(temporaryFolder(), 'friends');
  before(async () => {
    const { site } = await buildSite(await placesArchive(), out, { audience: 'friends' });
    await site.close();
  });

  it('leaves out a private entry’s place: no page, no point, no count, no coordinate', async () => {
    assert.ok(!existsSync(path.join(out, 'places', 'france', 'marseille.html')));
    const index = await read(out, 'places', 'index.html');
    assert.match(index, /9 places in\s+7 countries/);
    assert.doesNotMatch(index, /Marseille/);
    const bytes = await everyByte(out);
    const { lat, lon } = PRIVATE_POINT;
    for (const needle of [
      lat.toFixed(7),
      lon.toFixed(7),
      lat.toFixed(3),
      lon.toFixed(3),
      'Marseille',
    ])
      assert.deepEqual(
        bytes
          .filter(({ bytes }) => bytes.toString('latin1').includes(needle))
          .map(({ file }) => file),
        [],
        needle,
      );
  });
});

describe('places rendered by the worker threads', () => {
  it('writes the same maps and place pages as one thread does', async () => {
    const archive = await placesArchive();
    // Entries in years of their own, so each of the two shards holds some of the places' entries.
    for (let year = 2000; year < 2016; year++) {
      const folder = path.join(archive, 'notes', String(year), '01');
      await mkdir(folder, { recursive: true });
      for (let index = 0; index < 5; index++)
        await writeFile(
          path.join(folder, `${index}.md`),
          `---\nid: notes:${year}-${index}\nsource: notes\nkind: note\nvisibility: public\ndate: ${year}-01-0${index + 1}T10:00:00Z\nplace: { lat: ${40 + index}, lon: ${year - 2000} }\n---\nA day out.\n`,
        );
    }
    const outputs: Map<string, string>[] = [];
    for (const shards of [1, 2]) {
      const out = path.join(temporaryFolder(), 'dist');
      const site = new ArchiveSite(archive, out, 'private', { shards });
      try {
        await site.build();
      } finally {
        await site.close();
      }
      const files = await readdir(path.join(out, 'places'), { recursive: true });
      const pages = new Map<string, string>();
      for (const file of files.sort())
        if (/\.(html|svg)$/.test(file)) pages.set(file, await read(out, 'places', file));
      outputs.push(pages);
    }
    const [one, two] = outputs as [Map<string, string>, Map<string, string>];
    assert.ok(one.size > 20, `${one.size} files`);
    assert.deepEqual([...two.keys()], [...one.keys()]);
    for (const [file, text] of one) assert.equal(two.get(file), text, file);
  });
});
