/** Refusing to write through a symbolic link inside the archive that leads out of it. */
import { lstatSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

import { InhaleError } from '../archive/errors.ts';

/**
 * Checks every existing part of each folder (relative to the archive, `/`-separated) and throws,
 * naming the link, when one is a symbolic link that resolves outside the archive or nowhere.
 * Folders that do not exist yet are fine: the import makes them as real folders.
 */
export async function assertInsideArchive(
  archiveDir: string,
  folders: Iterable<string>,
): Promise<void> {
  const root = await realpath(archiveDir);
  const checked = new Set<string>();
  for (const folder of folders) {
    let current = path.resolve(archiveDir);
    for (const part of folder.split('/').filter((name) => name && name !== '.')) {
      current = path.join(current, part);
      if (checked.has(current)) continue;
      checked.add(current);
      const stat = lstatOrUndefined(current);
      if (!stat) break;
      if (stat.isSymbolicLink()) await assertLinkInside(current, root, archiveDir);
    }
  }
}

async function assertLinkInside(link: string, root: string, archiveDir: string): Promise<void> {
  const target = await realpath(link).catch(() => undefined);
  if (target && (target === root || target.startsWith(`${root}${path.sep}`))) return;
  throw new InhaleError(
    `${link}: a symbolic link to ${target ?? 'a place that does not exist'}, outside the archive ${archiveDir}; an import never writes through it. Nothing was moved: replace the link with a real folder and import again`,
  );
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
