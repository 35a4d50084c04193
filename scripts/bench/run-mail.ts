/** Bench helper: imports a generated mbox of N messages in its own process; prints throughput and peak memory as JSON. */
import { mkdir, rm, writeFile, stat } from 'node:fs/promises';
import { generateMbox } from './generate-mbox.ts';
import { runImport } from '../../src/import/run-import.ts';
const n = Number(process.argv[2]);
const file = `/tmp/mbox-bench/${n}/All mail.mbox`;
await generateMbox(file, n);
const archive = `/tmp/mbox-bench/${n}/archive`;
await rm(archive, { recursive: true, force: true });
await mkdir(archive, { recursive: true });
await writeFile(`${archive}/inhale.yaml`, 'timeZone: UTC\n');
const s = performance.now();
const r = await runImport(archive, file.replace(/\/All mail\.mbox$/, ''), { source: 'mail' });
const sec = (performance.now() - s) / 1000;
console.log(
  JSON.stringify({
    messages: n,
    mb: (await stat(file)).size / 1e6,
    added: r.added,
    skipped: r.skipped,
    seconds: sec,
    perSecond: n / sec,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
