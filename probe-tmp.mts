import { openView } from './src/import/file-view.ts';
import { calendarImporter } from './src/import/calendar.ts';
import { ArchiveConfigSchema } from './src/archive/schema.ts';
const view = await openView(process.argv[2]!);
const per: Record<string, [number, number, number]> = {};
for await (const item of calendarImporter.read(view, { config: ArchiveConfigSchema.parse({ timeZone: 'Europe/Berlin' }), include: new Set(), people: new Map() })) {
  if (item.type === 'file') { per[item.account.file] ??= [0,0,0]; if (item.account.status === 'read') per[item.account.file]![0] = item.account.records; }
  if (item.type === 'entry') per[item.entry.file]![1]++;
  if (item.type === 'skip') per[item.file!]![2]++;
}
for (const [f, v] of Object.entries(per)) console.log(`  ['${f}', ${v[1]}, ${v[2]}],`);
