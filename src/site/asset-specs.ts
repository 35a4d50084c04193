/** The files every site gets beside its pages: `layouts/assets/` and the search page's script. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { searchScript } from '../search/bundle.ts';
import type { PageSpec } from './page-kinds/page-kind.ts';

const ASSETS = fileURLToPath(new URL('../../layouts/assets/', import.meta.url));
/** Stylesheets, one per area of the site (base, entries, charts, maps…), served as one file. */
const STYLES = path.join(ASSETS, 'css');

/**
 * The scripts and images of `layouts/assets/`, `assets/style.css` made of `layouts/assets/css/*.css`
 * in name order (one request per page, each area's rules in a file of its own), and the search
 * page's script.
 */
export async function assetSpecs(): Promise<PageSpec[]> {
  const entries = await readdir(ASSETS, { withFileTypes: true });
  const specs: PageSpec[] = entries
    .filter((entry) => entry.isFile())
    .map(({ name }) => ({
      url: `assets/${name}`,
      key: 'assets',
      render: () => readFileSync(path.join(ASSETS, name)),
    }));
  const sheets = (await readdir(STYLES)).filter((name) => name.endsWith('.css')).sort();
  specs.push({
    url: 'assets/style.css',
    key: 'assets',
    render: () =>
      sheets
        .map((name) => `/* ${name} */\n${readFileSync(path.join(STYLES, name), 'utf8')}`)
        .join('\n'),
  });
  const script = await searchScript();
  return [...specs, { url: 'assets/search.js', key: 'assets', render: () => script }];
}
