import assert from 'node:assert/strict';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import { buildSite } from '../../src/cli/build-site.ts';
import { newArchive } from '../helpers/archives.ts';
import { sharedFixturesMissing, SHARED_FIXTURES } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/paths.ts';
import { photoArchive } from '../helpers/photo-archive.ts';

const PHOTOS = path.join(SHARED_FIXTURES, 'photos-exif');

/** Real camera files: GPS in JPEG and PNG, a rotated portrait, and EXIF that crashed parsers. */
const SAMPLES = [
  'exifr/IMG_20180725_163423-tiny.jpg',
  'exifr/issue-exifr-13.jpg',
  'exifr/png_with_exif_and_gps.png',
  'exifr/img_1771.jpg',
  'recurser-orientation/Portrait_6.jpg',
  'exifr/RangeError_Offset_outside_bounds.jpg',
  'exifr/orientation/f6t.jpg',
];

describe('published photos', { skip: sharedFixturesMissing() }, () => {
  it('carry no EXIF, GPS or XMP, stand upright, and a broken file gives a placeholder', async () => {
    const archive = await newArchive();
    const folder = path.join(archive, 'photos', '2018', '07');
    await mkdir(folder, { recursive: true });
    for (const [index, sample] of SAMPLES.entries()) {
      const name = path.basename(sample);
      await copyFile(path.join(PHOTOS, sample), path.join(folder, name));
      await writeFile(
        path.join(folder, `${String(index + 1).padStart(2, '0')}-photo-${index}.md`),
        `---\nid: photos:${index}\nsource: photos\nkind: photo\ndate: 2018-07-${String(index + 1).padStart(2, '0')}T12:00:00+02:00\nmedia:\n  - path: ${name}\n    alt: Photo ${index}\n---\n`,
      );
    }
    await writeFile(
      path.join(folder, '20-broken.md'),
      '---\nid: photos:broken\nsource: photos\nkind: photo\ndate: 2018-07-20T12:00:00+02:00\nmedia:\n  - path: broken.jpg\n    alt: Broken\n---\n',
    );
    await writeFile(
      path.join(folder, 'broken.jpg'),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 2, 3]),
    );

    const out = path.join(temporaryFolder(), 'site');
    const { summary, site } = await buildSite(archive, out);
    await site.close();
    assert.ok(
      summary.warnings.some((warning) => /broken\.jpg: image not published/.test(warning)),
      summary.warnings.join('\n'),
    );

    const media = (await readdir(path.join(out, 'media'))).map((file) =>
      path.join(out, 'media', file),
    );
    assert.ok(media.length >= 2 * (SAMPLES.length - 1), `${media.length} files`);
    for (const file of media) {
      const meta = await sharp(file).metadata();
      assert.equal(meta.exif, undefined, `${file} has EXIF`);
      assert.equal(meta.xmp, undefined, `${file} has XMP`);
      assert.equal(meta.iptc, undefined, `${file} has IPTC`);
      // GPS would also show as raw bytes: "GPS" tags live in EXIF, so look for the marker too.
      assert.ok(!(await readFile(file)).includes('Exif\0\0'), `${file} has an EXIF block`);
    }
    // Portrait_6.jpg is stored landscape with Orientation 6: published, it must be portrait.
    const portrait = await readFile(path.join(out, '2018', '07', '05', 'photo-4.html'), 'utf8');
    const [, width, height] = /width="(\d+)"\s+height="(\d+)"/.exec(portrait) ?? [];
    assert.ok(Number(height) > Number(width), `portrait published as ${width}×${height}`);
    const broken = await readFile(path.join(out, '2018', '07', '20', 'broken.html'), 'utf8');
    assert.match(broken, /Image not available/);
    // No original is in the output, only the published copies (hashed names, WebP and JPEG).
    const published = await readdir(out, { recursive: true });
    const originals = SAMPLES.map((sample) => path.basename(sample));
    assert.deepEqual(
      published.filter((file) => originals.includes(path.basename(file))),
      [],
    );
    assert.ok(
      published
        .filter((file) => /\.(jpe?g|png|heic)$/i.test(file))
        .every((file) => /^media\/[0-9a-f]{20}-(small|large)\.jpg$/.test(file)),
    );
  });
});

describe('the Photos pages of a built site', () => {
  it('show every photo of every entry, newest first, each linking to its entry, on small pages', async () => {
    // 12 entries of 4 photos over January and February 2021.
    const { archive, entries } = await photoArchive(12, 4, 2);
    const out = path.join(temporaryFolder(), 'site');
    const { site } = await buildSite(archive, out);
    await site.close();
    const read = (url: string) => readFile(path.join(out, url, 'index.html'), 'utf8');
    const [index, january, february, year] = await Promise.all([
      read('photos'),
      read('photos/2021/01'),
      read('photos/2021/02'),
      read('photos/2021'),
    ]);
    const alts = (page: string) =>
      [...page.matchAll(/alt="(Photo \d+ of walk \d+)"/g)].map((m) => m[1]);
    const newestFirst = [...entries].sort((a, b) => b.date.localeCompare(a.date));
    const inMonth = (month: string) =>
      newestFirst
        .filter((entry) => entry.date.startsWith(`2021-${month}`))
        .flatMap((entry) => entry.alts);
    assert.deepEqual(alts(january), inMonth('01'));
    assert.deepEqual(alts(february), inMonth('02'));
    assert.equal(alts(january).length + alts(february).length, 48, 'every photo once');
    assert.deepEqual(alts(index), inMonth('02'), 'the Photos page opens on the newest month');
    assert.equal(alts(year).length, 24, 'twelve of each month on the year page');
    // Each photo links to its entry's page, which exists.
    for (const entry of entries) {
      const link = `../../../${entry.url}`;
      const month = entry.date.slice(5, 7) === '01' ? january : february;
      assert.equal(month.split(`href="${link}"`).length - 1, 4, `${entry.id}'s four photos`);
      await readFile(path.join(out, entry.url));
    }
    // Each photo has its published size, and every image it names was published.
    for (const [, src] of january.matchAll(/src="\.\.\/\.\.\/\.\.\/(media\/[^"]+)"/g))
      await readFile(path.join(out, src!));
    assert.match(january, /<img\s[^>]*width="900"\s+height="600"/);
    assert.match(january, /<img\s[^>]*width="600"\s+height="900"/);
    // The month and year pages of the timeline show theirs in the same grid, and link here.
    const monthPage = await read('2021/01');
    assert.equal((monthPage.match(/<li class="jr-/g) ?? []).length, 24);
    assert.match(monthPage, /href="..\/..\/photos\/2021\/01\/">The month’s photos as a grid/);
    const yearPage = await read('2021');
    assert.match(yearPage, /<h2>Photos<\/h2>/);
    assert.match(yearPage, /href="..\/photos\/2021\/">Every photo of 2021/);
    for (const page of [index, january, february, year, monthPage, yearPage])
      assert.ok(page.length < 100_000, `${Math.round(page.length / 1000)} KB`);
  });
});
