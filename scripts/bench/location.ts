/**
 * Location history benchmark: generates a Records.json of about N MB (default 1024: a point a
 * minute, pretty-printed as Takeout writes it, an activity list on every fifth point), imports it
 * in this process and prints the time, throughput and peak memory as JSON. Run it alone:
 * `npx tsx scripts/bench/location.ts [megabytes]` (the file and archive go to /tmp/location-bench).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { runImport } from '../../src/import/run-import.ts';

const megabytes = Number(process.argv[2] ?? 1024);
const folder = `/tmp/location-bench/${megabytes}`;
const file = path.join(folder, 'export', 'Takeout', 'Location History (Timeline)', 'Records.json');

/** One location as Takeout writes it (2-space indent, E7 integers, an ISO timestamp). */
function location(index: number): string {
  const time = new Date(Date.UTC(2012, 0, 1) + index * 60_000).toISOString();
  const lat = 514500000 + Math.round(Math.sin(index / 90) * 300000);
  const lon = -25900000 + Math.round(Math.cos(index / 70) * 400000);
  const activity =
    index % 5 === 0
      ? `,\n    "activity": [{\n      "activity": [{\n        "type": "STILL",\n        "confidence": 90\n      }, {\n        "type": "ON_FOOT",\n        "confidence": 10\n      }],\n      "timestamp": "${time}"\n    }]`
      : '';
  return `{\n    "latitudeE7": ${lat},\n    "longitudeE7": ${lon},\n    "accuracy": ${10 + (index % 40)},\n    "source": "WIFI",\n    "deviceTag": 1184882232${activity},\n    "timestamp": "${time}"\n  }`;
}

async function generate(): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const limit = megabytes * 1e6;
  let [written, index] = [0, 0];
  let chunk = '{\n  "locations": [';
  while (written + chunk.length < limit) {
    chunk += `${index ? ', ' : ''}${location(index++)}`;
    if (chunk.length > 1 << 20) {
      written += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(`${chunk}]\n}\n`);
  await once(out, 'finish');
  return index;
}

const points = await generate();
const generatedRss = process.resourceUsage().maxRSS / 1024;
const archive = path.join(folder, 'archive');
await rm(archive, { recursive: true, force: true });
await mkdir(archive, { recursive: true });
await writeFile(path.join(archive, 'inhale.yaml'), 'timeZone: Europe/London\n');
const start = performance.now();
const report = await runImport(archive, path.join(folder, 'export'), { source: 'location' });
const seconds = (performance.now() - start) / 1000;
const mb = (await stat(file)).size / 1e6;
console.log(
  JSON.stringify({
    mb: Math.round(mb),
    points,
    added: report.added,
    skipped: report.skipped,
    seconds: Math.round(seconds * 10) / 10,
    mbPerSecond: Math.round((mb / seconds) * 10) / 10,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    maxRssAfterGeneratingMB: Math.round(generatedRss),
  }),
);
