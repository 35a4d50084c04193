/**
 * Front matter in `pages/` is YAML or nothing: every other language gray-matter or Eleventy
 * knows is replaced by an engine that throws, and a scan before each build refuses any
 * language name that is not YAML, known or not, before a page is read.
 */
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';

import { InhaleError } from '../src/archive/errors.ts';

/**
 * Every non-YAML name the gray-matter Eleventy 3 uses resolves to an engine: its own engines
 * (`json`, `javascript`), the alias `js` in its `lib/engine.js` (aliases are matched
 * case-insensitively, so `---JS` reaches `javascript`), and those Eleventy adds in
 * `UserConfig.js` (`javascript` through node-retrieve-globals, `jsLegacy` = gray-matter's
 * eval, `node`); gray-matter 4 also aliases `coffee`, `coffeescript` and `cson`.
 */
export const CODE_ENGINES = [
  'json',
  'javascript',
  'js',
  'jsLegacy',
  'node',
  'coffee',
  'coffeescript',
  'cson',
] as const;

const ALLOWED = new Set(['', 'yaml', 'yml']);

function refusal(file: string, language: string): InhaleError {
  return new InhaleError(
    `${file}:1: front matter "---${language}" is not allowed in a page: only YAML front matter (---) is read, and nothing in a page runs`,
  );
}

/** Engines that throw, for every name in `CODE_ENGINES` and any other the config holds. */
export function refusingEngines(registered: Iterable<string> = []) {
  const names = new Set<string>([...CODE_ENGINES, ...registered]);
  for (const name of ALLOWED) names.delete(name);
  const refuse = (language: string) => (_text: string, options?: { filePath?: string }) => {
    throw refusal(options?.filePath ?? 'a page', language);
  };
  return Object.fromEntries([...names].map((name) => [name, refuse(name)]));
}

/** The language after the opening `---`, as gray-matter reads it; undefined without one. */
export function frontMatterLanguage(text: string): string | undefined {
  const content = text.replace(/^\uFEFF/, '');
  if (!content.startsWith('---') || content.charAt(3) === '-') return undefined;
  const rest = content.slice(3);
  const end = rest.search(/\r?\n/);
  return (end === -1 ? rest : rest.slice(0, end)).trim();
}

/** The first 4 KiB of a file as text: enough for its opening line, whatever its size. */
async function readStart(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Rejects with the first file under `folder` whose front matter is not YAML. */
export async function checkPagesFrontMatter(folder: string, shown = folder): Promise<void> {
  const items = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  for (const item of items) {
    if (!item.isFile()) continue;
    const file = path.join(item.parentPath, item.name);
    const language = frontMatterLanguage(await readStart(file));
    if (language !== undefined && !ALLOWED.has(language.toLowerCase()))
      throw refusal(path.join(shown, path.relative(folder, file)), language);
  }
}
