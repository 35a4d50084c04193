/** Finding an archive's entry files. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Entry files: `*.md` in the archive's sub-folders, except hidden, `_` and `pages` folders. */
export async function listEntryFiles(archiveDir: string): Promise<string[]> {
  const files: string[] = [];
  async function walk(relative: string): Promise<void> {
    const items = await readdir(path.join(archiveDir, relative), { withFileTypes: true });
    await Promise.all(
      items.map(async (item) => {
        if (item.name.startsWith('.') || item.name.startsWith('_')) return;
        const child = relative ? `${relative}/${item.name}` : item.name;
        if (item.isDirectory()) {
          if (relative === '' && (item.name === 'node_modules' || item.name === 'pages')) return;
          await walk(child);
        } else if (item.isFile() && relative !== '' && item.name.endsWith('.md')) {
          files.push(child);
        }
      }),
    );
  }
  await walk('');
  return files.sort();
}
