/**
 * The archive's people file, `people.yaml` at its root: each person's name with the addresses
 * and handles that are theirs, so imported correspondents become the same person everywhere.
 *
 *   Lena Fischer:
 *     - lena@example.org
 *     - lena.fischer@work.example
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { InhaleError } from './errors.ts';

export const PEOPLE_FILE = 'people.yaml';

const PeopleSchema = z.record(z.string().min(1), z.union([z.string(), z.array(z.string())]));

/** Address or handle (lowercase) → the person's name; empty without a people file. */
export async function loadPeople(archiveDir: string): Promise<Map<string, string>> {
  const file = path.join(archiveDir, PEOPLE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  let raw: unknown;
  try {
    raw = parse(text, { uniqueKeys: true, maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new InhaleError(`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = PeopleSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InhaleError(
      `${file}: ${issue?.path.join('.') || 'people'}: expected a name with an address or a list of them`,
    );
  }
  const people = new Map<string, string>();
  for (const [name, handles] of Object.entries(result.data))
    for (const handle of [handles].flat()) people.set(handle.trim().toLowerCase(), name);
  return people;
}
