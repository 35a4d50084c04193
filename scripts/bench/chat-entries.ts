/**
 * One entry per message, or one per chat and day? Times both for a synthetic WhatsApp chat:
 * the import of N messages through the writer, and a cold build of the archive it makes.
 * The per-day variant is an importer made here for the comparison (its day's messages as the
 * body), not a shipped one. Run once, alone (docs/performance.md has the figures):
 *
 *   npx tsx scripts/bench/chat-entries.ts --messages 10000
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { initArchive } from '../../src/cli/archive-commands.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { openView } from '../../src/import/file-view.ts';
import { ArchiveWriter } from '../../src/import/writer.ts';
import type { Importer, ImportItem } from '../../src/import/types.ts';
import { whatsappImporter } from '../../src/import/whatsapp.ts';
import { random } from '../random.ts';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '10000' } } });
const count = Number(values.messages);
const root = path.join(os.tmpdir(), `inhale-chat-bench-${count}`);
await rm(root, { recursive: true, force: true });
const exportDir = path.join(root, 'export', 'WhatsApp Chat - Sam');
await mkdir(exportDir, { recursive: true });

// About 25 messages a day between two people, 08:00 to 23:00, from 2015 on.
const next = random(42);
const words = 'yes no maybe tonight bridge coffee train late soon home call later love ok'.split(
  ' ',
);
const lines: string[] = [];
let day = Date.UTC(2015, 0, 1);
for (let index = 0; index < count;) {
  const today = 10 + Math.floor(next() * 30);
  for (let at = 0; at < today && index < count; at++, index++) {
    const time = new Date(day + (8 * 3600 + Math.floor((at / today) * 15 * 3600)) * 1000);
    const [d, t] = time.toISOString().slice(0, 19).split('T') as [string, string];
    const [y, m, dd] = d.split('-');
    const text = Array.from(
      { length: 3 + Math.floor(next() * 12) },
      () => words[Math.floor(next() * words.length)],
    ).join(' ');
    lines.push(`[${dd}/${m}/${y}, ${t}] ${next() < 0.5 ? 'Ana' : 'Sam'}: ${text}`);
  }
  day += 86400000;
}
await writeFile(path.join(exportDir, '_chat.txt'), `${lines.join('\n')}\n`);

/** The comparison's importer: one entry per chat and day, its messages as the body. */
const perDay: Importer = {
  name: 'whatsapp',
  version: 'bench',
  detect: async () => 1,
  async *read(view, options): AsyncIterable<ImportItem> {
    const days = new Map<string, { date: string; lines: string[]; file: string }>();
    for await (const item of (whatsappImporter as Importer).read(view, options)) {
      if (item.type !== 'entry') continue;
      const key = item.entry.data.date.slice(0, 10);
      const group = days.get(key) ?? {
        date: item.entry.data.date,
        lines: [],
        file: item.entry.file,
      };
      group.lines.push(
        `**${item.entry.data.from}** ${item.entry.data.date.slice(11, 16)}: ${item.entry.body}`,
      );
      days.set(key, group);
    }
    for (const [key, group] of days)
      yield {
        type: 'entry',
        entry: {
          data: {
            id: `whatsapp:chat-day-${key}`,
            kind: 'message',
            date: group.date,
            visibility: 'private',
            title: `Sam, ${key}`,
          },
          body: group.lines.join('\n\n'),
          media: [],
          file: group.file,
        },
      };
  },
};

for (const [name, importer] of [
  ['per message', whatsappImporter],
  ['per chat-day', perDay],
] as const) {
  const archive = path.join(root, name.replace(/\W/g, '-'));
  await initArchive(archive, { title: 'Bench' });
  const config = ArchiveConfigSchema.parse({ timeZone: 'UTC' });
  const started = performance.now();
  const view = await openView(path.join(root, 'export'));
  const writer = new ArchiveWriter(archive, importer, {
    dryRun: false,
    input: root,
    places: config.privacy.importedPlaces,
    restoreDeleted: false,
  });
  await writer.open();
  let entries = 0;
  for await (const item of importer.read(view, { config, include: new Set(), people: new Map() }))
    if (item.type === 'entry') {
      await writer.write(item.entry, view);
      entries++;
    }
  await writer.commit();
  await view.close();
  const imported = (performance.now() - started) / 1000;
  const buildStarted = performance.now();
  const { site } = await buildSite(archive, path.join(root, `${name.replace(/\W/g, '-')}-site`));
  await site.close();
  const built = (performance.now() - buildStarted) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${name}: ${count} messages → ${entries} entries; import ${imported.toFixed(1)} s, cold build ${built.toFixed(1)} s (process peak so far ${peak.toFixed(0)} MB)`,
  );
}
await rm(root, { recursive: true, force: true });
