/**
 * The plaintext shell of an encrypted site: a generic unlock page (no title, no name, no count),
 * its stylesheet and script, the service worker that decrypts every other request, the keys
 * file and robots.txt. The scripts are bundled by esbuild once per process.
 */
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

const UNLOCK_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; }
main { max-width: 26rem; padding: 1.5rem; }
h1 { font-size: 1.4rem; }
form { display: grid; gap: 0.6rem; }
[hidden] { display: none; }
input, button { font: inherit; padding: 0.5rem 0.6rem; }
#status:empty { display: none; }
#status { font-weight: 600; }
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
