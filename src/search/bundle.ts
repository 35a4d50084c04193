/** The search page's script: src/search/page.ts with the engine and lunr, as `assets/search.js`. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { bundleScript } from '../build/bundle.ts';

const searchScript = () => bundleScript(fileURLToPath(new URL('./page.ts', import.meta.url)));

export async function writeSearchScript(outDir: string): Promise<void> {
  const folder = path.join(outDir, 'assets');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'search.js'), await searchScript());
}
