/** Making archives and reading what importers wrote, for tests. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { parseEntryText } from '../../src/archive/entry-file.ts';
import { initArchive } from '../../src/cli/archive-commands.ts';
import { temporaryFolder } from './paths.ts';

export async function newArchive(timeZone = 'UTC'): Promise<string> {
  const archive = path.join(temporaryFolder(), 'archive');
  await initArchive(archive, { title: 'Test' });
  const config = path.join(archive, 'inhale.yaml');
  await writeFile(
    config,
    (await readFile(config, 'utf8')).replace(/timeZone: .*/, `timeZone: ${timeZone}`),
  );
  return archive;
}

/**
 * A public video entry of 1 May 2020 (`videos:clip`) showing `file`; returns its folder, where
 * the test puts the video itself.
 */
export async function videoEntry(archive: string, file: string): Promise<string> {
  const folder = path.join(archive, 'videos', '2020', '05');
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, '01-clip.md'),
    `---\nid: videos:clip\nsource: videos\nkind: video\ndate: 2020-05-01T10:00:00Z\nvisibility: public\nmedia:\n  - path: ${file}\n    alt: A clip\n---\n`,
  );
  return folder;
}

/** Every file of a source folder with its sha256, to prove a re-import changes nothing. */
export async function snapshot(archive: string, source: string): Promise<Map<string, string>> {
  const folder = path.join(archive, source);
  if (!existsSync(folder)) return new Map();
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((item) =>
    item.isFile(),
  );
  return new Map(
    await Promise.all(
      files.map(async (item) => {
        const file = path.join(item.parentPath, item.name);
        return [
          path.relative(archive, file),
          createHash('sha256')
            .update(await readFile(file))
            .digest('hex'),
        ] as const;
      }),
    ),
  );
}

export async function entries(archive: string, source: string) {
  const files = [...(await snapshot(archive, source)).keys()].filter((file) =>
    file.endsWith('.md'),
  );
  return Promise.all(
    files.map(async (file) => ({
      file,
      ...parseEntryText(await readFile(path.join(archive, file), 'utf8'), file),
    })),
  );
}
