/** The archive's config file, `inhale.yaml` at the archive's root. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { parse } from 'yaml';

import { CONFIG_FILE } from './config-file.ts';
import { InhaleError } from './errors.ts';
import { ArchiveConfigSchema, type ArchiveConfig } from './schema.ts';

export { CONFIG_FILE };

/** Reads and validates the config; an absent file gives the defaults. */
export async function loadConfig(archiveDir: string): Promise<ArchiveConfig> {
  const file = path.join(archiveDir, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      await assertArchiveFolder(archiveDir);
      return ArchiveConfigSchema.parse({});
    }
    throw error;
  }
  let raw: unknown;
  try {
    raw = parse(text, { uniqueKeys: true, maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new InhaleError(`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
  const result = ArchiveConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InhaleError(`${file}: ${issue?.path.join('.') || 'config'}: ${issue?.message}`);
  }
  return result.data;
}

async function assertArchiveFolder(archiveDir: string): Promise<void> {
  const info = await stat(archiveDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new InhaleError(
      `${archiveDir}: no archive folder here; pass --archive <dir>, or create one with "inhale init <dir>"`,
    );
  }
}
