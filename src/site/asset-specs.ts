/** The files every site gets beside its pages: `layouts/assets/` and the search page's script. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { searchScript } from '../search/bundle.ts';
import type { PageSpec } from './page-kinds/page-kind.ts';

const ASSETS = fileURLToPath(new URL('../../layouts/assets/', import.meta.url));

/** The stylesheet, scripts and images of `layouts/assets/`, and the search page's script. */
export async function assetSpecs(): Promise<PageSpec[]> {
  const names = await readdir(ASSETS);
  const specs = names.map((name) => ({
    url: `assets/${name}`,
    key: 'assets',
    render: () => readFileSync(path.join(ASSETS, name)),
  }));
  const script = await searchScript();
  return [...specs, { url: 'assets/search.js', key: 'assets', render: () => script }];
}
