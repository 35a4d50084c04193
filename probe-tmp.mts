import { openView } from './src/import/file-view.ts';
import { contactsImporter } from './src/import/contacts.ts';
import { ArchiveConfigSchema } from './src/archive/schema.ts';
const view = await openView(process.argv[2]!);
for await (const item of contactsImporter.read(view, { config: ArchiveConfigSchema.parse({}), include: new Set(), people: new Map() })) {
  if (item.type === 'person') { const { avatar, ...rest } = item.person; console.log(item.file, JSON.stringify(rest), avatar ? `avatar ${avatar.bytes.length}` : ''); }
  else console.log(JSON.stringify(item).slice(0, 300));
}
