import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import exifr from 'exifr';
import sharp from 'sharp';
import { syntheticMedia } from '../helpers/media-bytes.ts';

// These tests are about a machine without ffmpeg, whether or not this one has it.
process.env.INHALE_FFMPEG = 'none';

const { buildSite } = await import('../../src/cli/build-site.ts');
const { isHevcDecodable } = await import('../../src/site/media.ts');
const HEVC_DECODABLE = await isHevcDecodable();
const { newArchive } = await import('../helpers/archives.ts');
const { sharedFixturesMissing, SHARED_FIXTURES } = await import('../helpers/fixtures.ts');
const { filesIn, temporaryFolder } = await import('../helpers/paths.ts');

const FOLDER = path.join('photos', '2020', '05');

/** An archive with one entry showing `media` (file names in its folder, written by `files`). */
async function archiveWith(
  media: string[],
  options: { config?: string; visibility?: string; body?: string } = {},
): Promise<string> {
  const archive = await newArchive();
  if (options.config) await appendFile(path.join(archive, 'inhale.yaml'), options.config);
  await mkdir(path.join(archive, FOLDER), { recursive: true });
  const list = media.map((name, index) => `  - path: ${name}\n    alt: Item ${index + 1}`);
  await writeFile(
    path.join(archive, FOLDER, '01-walk.md'),
    `---\nid: photos:walk\nsource: photos\nkind: photo\ndate: 2020-05-01T10:00:00Z\n` +
      `visibility: ${options.visibility ?? 'private'}\nmedia:\n${list.join('\n')}\n---\n${options.body ?? 'A walk.'}\n`,
  );
  return archive;
}

async function photo(archive: string, name: string, width = 800, height = 600): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: '#4a7a3c' } })
    .jpeg()
    .toFile(path.join(archive, FOLDER, name));
}

async function build(archive: string, audience?: 'private' | 'friends' | 'public') {
  const out = path.join(temporaryFolder(), 'site');
  const { summary, site } = await buildSite(archive, out, audience ? { audience } : {});
  await site.close();
  const page = await readFile(path.join(out, '2020', '05', '01', 'walk.html'), 'utf8');
  return { out, summary, page, media: await filesIn(path.join(out, 'media')) };
}

describe('published media', () => {
  it('keeps camera details when media.keepCamera is set, and never GPS or serial numbers', async () => {
    for (const keepCamera of [true, false]) {
      const archive = await archiveWith(['a.jpg'], {
        config: keepCamera ? 'media:\n  keepCamera: true\n' : '',
      });
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#4a7a3c' } })
        .jpeg()
        .withExif({
          IFD0: { Make: 'TestCam', Model: 'X1' },
          IFD2: { ExposureTime: '1/250', FNumber: '2.8', BodySerialNumber: 'SN123' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '50/1 17/1 58/1',
            GPSLongitudeRef: 'E',
            GPSLongitude: '14/1 49/1 13/1',
          },
        })
        .toFile(path.join(archive, FOLDER, 'a.jpg'));
      const source = await exifr.parse(path.join(archive, FOLDER, 'a.jpg'), { gps: true });
      assert.ok(
        source.latitude > 50 && source.SerialNumber === 'SN123',
        'the original has GPS and a serial',
      );
      const built = await build(archive);
      const images = built.media.filter((file) => /\.(jpg|webp)$/.test(file));
      assert.ok(images.length >= 4);
      for (const file of images) {
        // Each format's EXIF block through sharp (exifr does not read WebP), without "Exif\0\0".
        const { exif } = await sharp(path.join(built.out, 'media', file)).metadata();
        const tags = (
          exif
            ? ((await exifr.parse(exif.subarray(6), { gps: true, tiff: true, exif: true })) ?? {})
            : {}
        ) as Record<string, unknown>;
        assert.equal(tags.latitude, undefined, file);
        assert.equal(tags.GPSLatitude, undefined, file);
        assert.equal(tags.SerialNumber, undefined, file);
        if (keepCamera) {
          assert.equal(tags.Make, 'TestCam', file);
          assert.equal(tags.ExposureTime, 1 / 250, file);
        } else assert.equal(tags.Make, undefined, file);
      }
    }
  });

  it('links the original files only when media.originals is set, and only in private builds', async () => {
    const archive = await archiveWith(['a.jpg', 'b.jpg'], {
      config: 'media:\n  originals: true\n',
      visibility: 'public',
    });
    await photo(archive, 'a.jpg');
    await photo(archive, 'b.jpg', 600, 800);
    const built = await build(archive);
    const links = [...built.page.matchAll(/<a class="original" href="([^"]+)">/g)].map(
      (match) => match[1]!,
    );
    assert.equal(links.length, 2);
    const published = await readFile(path.join(built.out, '2020', '05', '01', links[0]!));
    assert.ok(published.equals(await readFile(path.join(archive, FOLDER, 'a.jpg'))));
    const publicBuild = await build(archive, 'public');
    assert.doesNotMatch(publicBuild.page, /class="original"/);
    assert.equal(publicBuild.media.filter((file) => file.includes('-original')).length, 0);
    const plain = await archiveWith(['a.jpg']);
    await photo(plain, 'a.jpg');
    assert.doesNotMatch((await build(plain)).page, /class="original"/);
  });

  it('has no AVIF by default, and AVIF before WebP when media.avif is set', async () => {
    const plain = await archiveWith(['a.jpg']);
    await photo(plain, 'a.jpg');
    const without = await build(plain);
    assert.equal(without.media.filter((file) => file.endsWith('.avif')).length, 0);
    assert.doesNotMatch(without.page, /image\/avif/);

    const withAvif = await archiveWith(['a.jpg'], { config: 'media:\n  avif: true\n' });
    await photo(withAvif, 'a.jpg');
    const built = await build(withAvif);
    assert.equal(built.media.filter((file) => file.endsWith('.avif')).length, 2);
    assert.match(built.page, /<source type="image\/avif"[^>]*>\s*<source type="image\/webp"/);
    const avif = built.media.find((file) => file.endsWith('-large.avif'))!;
    assert.equal((await sharp(path.join(built.out, 'media', avif)).metadata()).format, 'heif');
  });

  it('gives every image both widths, sizes, its width and height, and lazy loading below the first', async () => {
    const archive = await archiveWith(['a.jpg', 'b.jpg'], {
      body: 'In the text too: ![A gate](gate.jpg)',
    });
    for (const name of ['a.jpg', 'b.jpg', 'gate.jpg']) await photo(archive, name);
    const { page } = await build(archive);
    const images = page.match(/<img\b[^>]*>/g) ?? [];
    assert.equal(images.length, 3);
    for (const image of images) {
      assert.match(image, /srcset="[^"]+-small\.jpg 480w, [^"]+-large\.jpg 800w"/);
      assert.match(image, /sizes="[^"]+"/);
      assert.match(image, /width="800"\s+height="600"/);
    }
    assert.doesNotMatch(images[0]!, /loading=/, 'the first image is above the fold');
    assert.match(images[1]!, /loading="lazy"/);
    assert.match(images[2]!, /alt="A gate"[^>]*loading="lazy"/);
    // Several images: linked to their large JPEG, and the page loads the lightbox.
    assert.equal((page.match(/<a class="lightbox-link" href="[^"]+-large\.jpg"/g) ?? []).length, 2);
    assert.match(page, /<script src="[./]*assets\/lightbox\.js"><\/script>/);
  });

  it('keeps processed images where media.cache says, and rebuilds after it is deleted', async () => {
    const cache = path.join(temporaryFolder(), 'media-cache');
    const archive = await archiveWith(['a.jpg'], { config: `media:\n  cache: ${cache}\n` });
    await photo(archive, 'a.jpg');
    const first = await build(archive);
    assert.equal(first.summary.imagesProcessed, 1);
    assert.ok((await readdir(cache)).some((file) => file.endsWith('-large.webp')));
    assert.ok(!existsSync(path.join(archive, '.inhale-cache', 'media')));
    assert.equal((await build(archive)).summary.imagesProcessed, 0);
    await rm(cache, { recursive: true });
    const again = await build(archive);
    assert.equal(again.summary.imagesProcessed, 1);
    assert.match(again.page, /<picture/);
  });

  it('publishes a video with the neutral poster in a private build when there is no ffmpeg', async () => {
    const archive = await archiveWith(['clip.mp4', 'memo.m4a']);
    await writeFile(
      path.join(archive, FOLDER, 'clip.mp4'),
      syntheticMedia('mp4', 'not really a video'),
    );
    await writeFile(
      path.join(archive, FOLDER, 'memo.m4a'),
      syntheticMedia('m4a', 'not really a sound'),
    );
    const { page, media, summary } = await build(archive);
    assert.deepEqual(summary.warnings, []);
    assert.match(
      page,
      /<video controls preload="none" poster="[./]*assets\/video-poster\.svg" width="1600" height="900" src="[./]*media\/[0-9a-f]{20}\.mp4"/,
    );
    assert.match(page, /<audio controls preload="none" src="[./]*media\/[0-9a-f]{20}\.m4a"/);
    assert.deepEqual(media.map((file) => path.extname(file)).sort(), ['.m4a', '.mp4']);
  });

  it('leaves a video out of a public build without ffmpeg, with a warning naming the entry', async () => {
    const archive = await archiveWith(['clip.mp4'], { visibility: 'public' });
    await writeFile(
      path.join(archive, FOLDER, 'clip.mp4'),
      syntheticMedia('mp4', 'not really a video'),
    );
    const { page, media, summary } = await build(archive, 'public');
    assert.doesNotMatch(page, /<video/);
    assert.deepEqual(media, []);
    assert.equal(summary.warnings.length, 1);
    assert.match(
      summary.warnings[0]!,
      /^photos\/2020\/05\/01-walk\.md \(photos:walk\): photos\/2020\/05\/clip\.mp4: video left out of this public build: without ffmpeg/,
    );
  });

  it(
    'converts a HEIC photo, or warns that sharp cannot decode HEVC and shows the entry without it',
    { skip: sharedFixturesMissing() },
    async () => {
      const archive = await archiveWith(['heic-single.heic', 'a.jpg']);
      await photo(archive, 'a.jpg');
      await copyFile(
        path.join(SHARED_FIXTURES, 'photos-exif', 'exifr', 'heic-single.heic'),
        path.join(archive, FOLDER, 'heic-single.heic'),
      );
      const { page, summary } = await build(archive);
      if (HEVC_DECODABLE) {
        assert.deepEqual(summary.warnings, []);
        assert.equal((page.match(/<picture/g) ?? []).length, 2);
      } else {
        assert.deepEqual(summary.warnings, [
          "photos/2020/05/01-walk.md (photos:walk): photos/2020/05/heic-single.heic: image not published: HEIC needs a sharp built with libheif's HEVC decoder; shown without it",
        ]);
        assert.equal((page.match(/<picture/g) ?? []).length, 1);
        assert.match(page, /Image not available/);
      }
    },
  );
});
