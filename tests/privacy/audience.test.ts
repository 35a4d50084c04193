import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { locatorProjection } from '../../layouts/map.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { archiveWithSecrets, CANARY, everyByte, found, FRIENDS_CANARY } from '../helpers/canary.ts';
import { temporaryFolder } from '../helpers/paths.ts';

/** The published images, videos and sounds of a built site. */
const mediaFiles = (site: { file: string }[]) =>
  site.map(({ file }) => file).filter((file) => file.startsWith(`media${path.sep}`));

/** The pages of one day (`2024/05/05`) in a built site. */
const filesOfDay = (site: { file: string }[], day: string) =>
  site.map(({ file }) => file).filter((file) => file.startsWith(path.join(...day.split('/'))));

/** Where the locator map of a country draws a point: `cx="…" cy="…"`. */
function pixelsOf(country: string, lat: number, lon: number): string {
  const [x, y] = locatorProjection(country)!([lon, lat])!;
  return `cx="${Math.round(x * 10) / 10}" cy="${Math.round(y * 10) / 10}"`;
}

/**
 * The private entry's coordinates (47.123456, 8.654321: Switzerland) as any output could spell
 * them: exact, rounded, and as a locator map's point, exact and rounded.
 */
const PRIVATE_COORDINATES = [
  '47.123456',
  '8.654321',
  '47.123',
  '8.654',
  '47.12,',
  pixelsOf('756', 47.123456, 8.654321),
  pixelsOf('756', 47.1, 8.7),
];

const withText = (site: { file: string; bytes: Buffer }[], needle: string) =>
  site.filter(({ bytes }) => bytes.toString('latin1').includes(needle)).map(({ file }) => file);

/** Where an entry page's locator map puts its point: `cx,cy`. */
function locatorPoint(page: string): string | undefined {
  const match = page.match(/class="locator-point" cx="([\d.]+)" cy="([\d.]+)"/);
  return match ? `${match[1]},${match[2]}` : undefined;
}

/** Where the locator map of the United Kingdom draws a point: `cx,cy`. */
const pointOf = (lat: number, lon: number) =>
  pixelsOf('826', lat, lon).replace(/cx="(.*)" cy="(.*)"/, '$1,$2');

describe('audiences', () => {
  it('a public build holds nothing of a private entry: not a page, a word, a tag, a person, a count or a pixel', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'public');
    const { summary, site } = await buildSite(archive, out, { audience: 'public' });
    await site.close();
    assert.equal(summary.entries, 2);
    const bytes = await everyByte(out);
    assert.deepEqual(found(bytes, CANARY), []);
    assert.deepEqual(found(bytes, FRIENDS_CANARY), []);
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    assert.match(home, /2 entries/);
    const reply = await readFile(path.join(out, '2024', '05', '03', 'public-reply.html'), 'utf8');
    assert.match(reply, /In reply to a post that is not in this site/);
    const shared = await readFile(path.join(out, 'tags', 'shared', 'index.html'), 'utf8');
    assert.match(shared, /1 entry/);
    const walk = await readFile(path.join(out, '2024', '05', '01', 'public-walk.html'), 'utf8');
    assert.equal(
      locatorPoint(walk),
      pointOf(51.4, -2.6),
      'places are blurred to a city outside the private build, on the locator map too',
    );
    assert.notEqual(locatorPoint(walk), pointOf(51.44912, -2.59784));
    for (const needle of PRIVATE_COORDINATES)
      assert.deepEqual(withText(bytes, needle), [], `the private entry's ${needle}`);
    const places = await readFile(path.join(out, 'places', 'index.html'), 'utf8');
    assert.match(places, /1 place in\s+1 country/, 'the private place is not counted');
    assert.deepEqual(mediaFiles(bytes), [], 'the private photo is not published');
  });

  it('a friends build adds friends entries, and the rules keep mail private', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'friends');
    const { summary, site } = await buildSite(archive, out, { audience: 'friends' });
    await site.close();
    assert.equal(summary.entries, 3);
    const bytes = await everyByte(out);
    assert.deepEqual(found(bytes, CANARY), []);
    assert.ok(found(bytes, FRIENDS_CANARY).length > 0);
    assert.deepEqual(filesOfDay(bytes, '2024/05/05'), [], 'the mail marked public is left out');
    for (const needle of PRIVATE_COORDINATES)
      assert.deepEqual(withText(bytes, needle), [], `the private entry's ${needle}`);
  });

  it('the private build has everything (so the searches above can fail)', async () => {
    const archive = await archiveWithSecrets();
    const out = path.join(temporaryFolder(), 'private');
    const { summary, site } = await buildSite(archive, out);
    await site.close();
    assert.equal(summary.entries, 6, 'five here and the first entry inhale init writes');
    const bytes = await everyByte(out);
    assert.ok(found(bytes, CANARY).length > 0);
    assert.notDeepEqual(mediaFiles(bytes), [], 'the private photo is published');
    assert.notDeepEqual(filesOfDay(bytes, '2024/05/05'), [], 'the mail is published');
    const page = await readFile(path.join(out, '2024', '05', '01', 'public-walk.html'), 'utf8');
    assert.equal(locatorPoint(page), pointOf(51.44912, -2.59784), 'the exact point');
    assert.ok(
      withText(bytes, PRIVATE_COORDINATES[5]!).length > 0,
      'the private point is on its map',
    );
  });
});
