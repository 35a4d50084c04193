/** Finding an archive's entry files. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const TOP_LEVEL_SKIPPED = new Set(['node_modules', 'pages', 'dist']);

/**
 * Entry files: `*.md` in the archive's sub-folders, except hidden and `_` folders, and the
 * top-level `pages` (the person's own pages), `dist` (the built site) and `node_modules`.
 * `folders`, when given, receives every folder looked in.
 */
export async function listEntryFiles(archiveDir: string, folders?: string[]): Promise<string[]> {
  const files: string[] = [];
  async function walk(relative: string): Promise<void> {
    const items = await readdir(path.join(archiveDir, relative), { withFileTypes: true });
    await Promise.all(
      items.map(async (item) => {
        if (item.name.startsWith('.') || item.name.startsWith('_')) return;
        const child = relative ? `${relative}/${item.name}` : item.name;
        if (item.isDirectory()) {
          if (relative === '' && TOP_LEVEL_SKIPPED.has(item.name)) return;
          folders?.push(child);
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
