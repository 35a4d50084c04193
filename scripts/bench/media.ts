/**
 * Media benchmark: images per second on generated 24-megapixel JPEGs (a fresh cache, every core),
 * peak memory on one 50-megapixel photo, and the rebuild of an unchanged archive of small photos.
 * Prints a summary on stderr and one JSON line on stdout (for scripts/bench.ts).
 *
 *   npx tsx scripts/bench/media.ts --photos 20 --rebuild 1000 [--avif]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import sharp from 'sharp';

import { publishImages } from '../../src/site/media.ts';
import { MediaCache } from '../../src/site/media-cache.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { initArchive } from '../../src/cli/archive-commands.ts';

const { values } = parseArgs({
  options: {
    photos: { type: 'string', default: '20' },
    rebuild: { type: 'string', default: '1000' },
    avif: { type: 'boolean', default: false },
    /** Internal: process the generated photos in this fresh process, so its peak is theirs. */
    process: { type: 'string' },
    dir: { type: 'string', default: path.join(tmpdir(), 'inhale-bench-media') },
  },
});
const dir = values.dir;
const peakMB = () => process.resourceUsage().maxRSS / 1024;

/** A photo-like JPEG: a gradient with grain, so it compresses like a real one. */
async function makePhoto(file: string, width: number, height: number, seed: number) {
  if (existsSync(file)) return;
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 24 },
    },
  })
    .raw()
    .toBuffer();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${(seed * 47) % 360},60%,40%)"/><stop offset="1" stop-color="hsl(${(seed * 47 + 120) % 360},50%,70%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  await sharp(gradient)
    .composite([{ input: grain, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 90 })
    .toFile(file);
}

const originals = path.join(dir, 'originals');
const namesOf = (count: number) => Array.from({ length: count }, (_, index) => `p${index}.jpg`);

/** Makes the photos, then processes them in a child process (generating them takes memory too). */
async function imagesPerSecond(count: number) {
  await mkdir(originals, { recursive: true });
  for (const [index, name] of namesOf(count).entries())
    await makePhoto(path.join(originals, name), 6000, 4000, index);
  await makePhoto(path.join(originals, 'big-50mp.jpg'), 8660, 5774, 99);
  const args = [...process.execArgv, process.argv[1]!, '--process', String(count), '--dir', dir];
  const result = spawnSync(process.execPath, values.avif ? [...args, '--avif'] : args, {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`processing failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Awaited<ReturnType<typeof processPhotos>>;
}

async function processPhotos(count: number) {
  const names = namesOf(count);
  const cacheDir = path.join(dir, 'cache');
  await rm(cacheDir, { recursive: true, force: true });
  const options = { avif: values.avif, concurrency: availableParallelism() };
  const started = performance.now();
  const result = await publishImages(
    originals,
    path.join(dir, 'out'),
    await MediaCache.open(cacheDir),
    names,
    options,
  );
  const seconds = (performance.now() - started) / 1000;
  const before = peakMB();
  await publishImages(
    originals,
    path.join(dir, 'out'),
    await MediaCache.open(cacheDir),
    ['big-50mp.jpg'],
    options,
  );
  return { processed: result.processed, seconds, peakMB: before, peakAfter50MP: peakMB() };
}

async function rebuild(count: number) {
  const archive = path.join(dir, `archive-${count}`);
  if (!existsSync(archive)) {
    await initArchive(archive, { title: 'Media bench' });
    for (let index = 0; index < count; index++) {
      const day = String((index % 28) + 1).padStart(2, '0');
      const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, '0');
      const folder = path.join(archive, 'photos', String(2000 + Math.floor(index / 336)), month);
      await mkdir(folder, { recursive: true });
      await sharp({
        create: { width: 640, height: 480, channels: 3, background: `hsl(${index % 360},50%,50%)` },
      })
        .jpeg()
        .toFile(path.join(folder, `p${index}.jpg`));
      await writeFile(
        path.join(folder, `${day}-photo-${index}.md`),
        `---\nid: photos:${index}\nsource: photos\nkind: photo\ndate: ${path.basename(path.dirname(folder))}-${month}-${day}T12:00:00Z\nmedia:\n  - path: p${index}.jpg\n    alt: Photo ${index}\n---\n`,
      );
    }
  }
  const out = path.join(dir, `site-${count}`);
  // The first build is cold: no parse or media cache, no output.
  await rm(path.join(archive, '.inhale-cache'), { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
  const timed = async () => {
    const started = performance.now();
    const { site, summary } = await buildSite(archive, out);
    await site.close();
    return { seconds: (performance.now() - started) / 1000, processed: summary.imagesProcessed };
  };
  const first = await timed();
  const again = await timed();
  return { first, again };
}

if (values.process) {
  console.log(JSON.stringify(await processPhotos(Number(values.process))));
  process.exit(0);
}
const speed = await imagesPerSecond(Number(values.photos));
const unchanged = await rebuild(Number(values.rebuild));
const perSecond = speed.processed / speed.seconds;
console.error(
  `${speed.processed} photos of 24 MP in ${speed.seconds.toFixed(1)} s: ${perSecond.toFixed(2)} images/s` +
    ` (${values.avif ? 'AVIF, ' : ''}WebP and JPEG, two widths), peak ${Math.round(speed.peakMB)} MB;` +
    ` after one 50 MP photo ${Math.round(speed.peakAfter50MP)} MB.\n` +
    `${values.rebuild} photos: first build ${unchanged.first.seconds.toFixed(1)} s (${unchanged.first.processed} processed),` +
    ` unchanged rebuild ${unchanged.again.seconds.toFixed(1)} s (${unchanged.again.processed} processed).`,
);
console.log(
  JSON.stringify({
    seconds: speed.seconds,
    perSecond,
    maxRssMB: speed.peakAfter50MP,
    peak24MB: speed.peakMB,
    photos: Number(values.rebuild),
    firstBuild: unchanged.first.seconds,
    rebuild: unchanged.again.seconds,
    rebuildProcessed: unchanged.again.processed,
  }),
);
