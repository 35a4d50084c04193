/** The search page's script: src/search/page.ts with the engine and lunr, as `assets/search.js`. */
import { fileURLToPath } from 'node:url';

import { bundleScript } from '../shared/bundle-script.ts';

export const searchScript = () =>
  bundleScript(fileURLToPath(new URL('./page.ts', import.meta.url)));
