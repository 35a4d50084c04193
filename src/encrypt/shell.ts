/**
 * The plaintext shell of an encrypted site: a generic unlock page (no title, no name, no count),
 * its stylesheet and script, the service worker that decrypts every other request, the keys
 * file and robots.txt. The scripts are bundled by esbuild once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { PRIVATE_HEAD } from '../../layouts/base.ts';
import { bundleScript } from '../shared/bundle-script.ts';
import { KEYS_FILE, type KeysFile } from './format.ts';

/** Visiting this path (relative to the site root) forgets the key and shows the unlock page. */
export const LOCK_PATH = '_inhale/lock';
export const SERVICE_WORKER = 'sw.js';
export const UNLOCK_SCRIPT = 'unlock.js';
export const UNLOCK_STYLE = 'unlock.css';

const bundle = (file: string) => bundleScript(fileURLToPath(new URL(file, import.meta.url)));

export const UNLOCK_PAGE = `<!DOCTYPE html>
<html lang="en">
  <head>
    ${PRIVATE_HEAD}
    <title>Locked</title>
    <link rel="stylesheet" href="${UNLOCK_STYLE}" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
      <h1>This archive is locked</h1>
      <noscript><p>Unlocking it needs JavaScript.</p></noscript>
      <form id="unlock" hidden>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Unlock</button>
      </form>
      <p id="status" role="alert"></p>
    </main>
    <script src="${UNLOCK_SCRIPT}"></script>
  </body>
</html>
`;

/**
 * The site's own colours and fonts (the `:root` blocks of its base stylesheet, light and dark),
 * so the unlock page looks like the site it opens; nothing in them is about the archive.
 */
const SITE_COLOURS = (() => {
  const base = readFileSync(
    fileURLToPath(new URL('../../layouts/assets/css/00-base.css', import.meta.url)),
    'utf8',
  );
  const blocks = base.match(
    /^:root \{[^}]*\}\n@media \(prefers-color-scheme: dark\) \{\n {2}:root \{[^}]*\}\n\}/m,
  );
  if (!blocks) throw new Error('layouts/assets/css/00-base.css: no :root colour blocks found');
  return blocks[0];
})();

const UNLOCK_CSS = `${SITE_COLOURS}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; color: var(--text); background: var(--background); }
main { width: min(26rem, 100% - 2rem); padding: 2rem 1.75rem; background: var(--surface); border: 1px solid var(--border); border-radius: 0.75rem; }
h1 { font-size: 1.4rem; margin: 0 0 1rem; line-height: 1.25; }
form { display: grid; gap: 0.6rem; }
[hidden] { display: none; }
label { font-weight: 600; }
input, button { font: inherit; padding: 0.55rem 0.7rem; border-radius: 0.4rem; border: 1px solid var(--border); color: var(--text); background: var(--background); }
button { background: var(--accent); color: var(--background); border-color: var(--accent); font-weight: 600; cursor: pointer; }
input:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
#status:empty { display: none; }
#status { font-weight: 600; margin: 1rem 0 0; }
`;

const ROBOTS = 'User-agent: *\nDisallow: /\n';

/** Site path → bytes of every plaintext file of an encrypted site. */
export async function shellFiles(keys: KeysFile): Promise<Map<string, string>> {
  return new Map([
    ['index.html', UNLOCK_PAGE],
    [UNLOCK_STYLE, UNLOCK_CSS],
    [UNLOCK_SCRIPT, await bundle('./unlock.ts')],
    [SERVICE_WORKER, await bundle('./service-worker.ts')],
    [KEYS_FILE, `${JSON.stringify(keys, null, 2)}\n`],
    ['robots.txt', ROBOTS],
  ]);
}
