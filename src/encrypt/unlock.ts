/**
 * The unlock page's script: registers the service worker, turns the password into the site's
 * keys (PBKDF2 with the keys file's parameters, then the site key unwrapped as non-extractable
 * CryptoKeys), stores them for the session and goes on to the page that was asked for.
 * Bundled into `unlock.js` (see shell.ts).
 */
import {
  checkKeysFile,
  KEYS_FILE,
  openSiteKeys,
  randomBytes,
  WrongPasswordError,
} from './format.ts';
import { SESSION_COOKIE, saveSession } from './session-store.ts';

const form = document.getElementById('unlock') as HTMLFormElement;
const input = document.getElementById('password') as HTMLInputElement;
const status = document.getElementById('status') as HTMLElement;
const button = form.querySelector('button') as HTMLButtonElement;

function show(message: string): void {
  status.textContent = message;
}

/** Where to go once unlocked: the page that sent us here, if it is a path inside the site. */
function target(base: URL): URL {
  const to = new URLSearchParams(location.search).get('to') ?? '';
  const url = new URL(to, base);
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) ? url : base;
}

async function unlock(password: string): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const base = new URL(registration.scope);
  const response = await fetch(new URL(KEYS_FILE, base), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${KEYS_FILE} could not be loaded (HTTP ${response.status})`);
  const keys = await openSiteKeys(checkKeysFile(await response.json()), password);
  const marker = [...randomBytes(16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  await saveSession(base.href, { keys, marker, lastUsed: Date.now() });
  // A session cookie: gone when the browser session ends, and with it the stored key.
  document.cookie = `${SESSION_COOKIE}=${marker}; path=${base.pathname}; SameSite=Strict`;
  location.replace(target(base));
}

function start(): void {
  if (location.protocol === 'file:' || !('serviceWorker' in navigator) || !window.isSecureContext) {
    show(
      'This archive is encrypted, and the browser decrypts it with a service worker, which runs only ' +
        'on https:// or http://localhost addresses. Serve the folder (for example with inhale serve ' +
        'or any web server) and open it there.',
    );
    return;
  }
  form.hidden = false;
  input.focus();
  navigator.serviceWorker.register('sw.js', { scope: './' }).catch((error: Error) => {
    show(`The decrypting service worker could not start: ${error.message}`);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    show('');
    unlock(input.value).catch((error: unknown) => {
      button.disabled = false;
      input.value = '';
      input.focus();
      show(
        error instanceof WrongPasswordError
          ? 'Wrong password.'
          : `Could not unlock: ${(error as Error).message}`,
      );
    });
  });
}

start();
