/**
 * The service worker of an encrypted site, at its root: every same-origin request under the
 * site is mapped to its opaque file name, fetched, decrypted and answered with its content type,
 * so pages, images, the stylesheet and the search index work unchanged. Locked, a page request
 * goes to the unlock page. Bundled into `sw.js` (see shell.ts).
 */
import {
  CIPHER_FOLDER,
  contentTypeOf,
  DamagedFileError,
  KEYS_FILE,
  opaqueName,
  openFile,
  type SiteKeys,
} from './format.ts';
import {
  IDLE_LIMIT_MS,
  SESSION_COOKIE,
  clearSession,
  loadSession,
  saveSession,
  type Session,
} from './session-store.ts';
import { CSP } from '../../layouts/base.ts';

// The worker types (lib "webworker") clash with the DOM types of the rest of the project.
interface FetchEvent extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  cookieStore?: { get(name: string): Promise<{ value: string } | null> };
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
};

const SHELL = new Set(['sw.js', 'unlock.js', 'unlock.css', KEYS_FILE, 'robots.txt']);
const LOCK = '_inhale/lock';
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

let current: Session | undefined;

/** The unlocked keys, or undefined when the site is locked (never unlocked, expired, ended). */
async function sessionKeys(): Promise<SiteKeys | undefined> {
  const session = current ?? (await loadSession(scope.href).catch(() => undefined));
  if (!session) return undefined;
  const cookie = self.cookieStore
    ? await self.cookieStore.get(SESSION_COOKIE)
    : { value: session.marker };
  if (cookie?.value !== session.marker || Date.now() - session.lastUsed > IDLE_LIMIT_MS) {
    current = undefined;
    await clearSession(scope.href).catch(() => undefined);
    return undefined;
  }
  current = session;
  if (Date.now() - session.lastUsed > 60_000) {
    session.lastUsed = Date.now();
    await saveSession(scope.href, session).catch(() => undefined);
  }
  return session.keys;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.origin) return;
  if (!url.pathname.startsWith(scope.pathname)) return;
  let sitePath: string;
  try {
    sitePath = decodeURIComponent(url.pathname.slice(scope.pathname.length));
  } catch {
    return;
  }
  if (SHELL.has(sitePath) || sitePath.startsWith(`${CIPHER_FOLDER}/`)) return;
  event.respondWith(answer(event.request, url, sitePath));
});

async function answer(request: Request, url: URL, sitePath: string): Promise<Response> {
  if (sitePath === LOCK) {
    current = undefined;
    await clearSession(scope.href);
    return Response.redirect(scope.href, 303);
  }
  const keys = await sessionKeys();
  if (!keys) {
    if (request.mode !== 'navigate') return new Response('Locked', { status: 403 });
    if (sitePath === '' || sitePath === 'index.html') return fetch(request);
    const back = encodeURIComponent(sitePath + url.search);
    return Response.redirect(`${scope.href}?to=${back}`, 303);
  }
  const file = sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  const response = await fetchSealed(keys, file);
  if (response.status === 404 && !/\.[^/]*$/.test(file)) {
    // `2024` for `2024/`: redirect like a web server would.
    const folder = await fetchSealed(keys, `${file}/index.html`);
    if (folder.ok) return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
  }
  if (response.status === 404) {
    const notFound = await fetchSealed(keys, '404.html');
    return notFound.ok
      ? decrypted(keys, '404.html', notFound, 404)
      : new Response('Not found', { status: 404 });
  }
  if (!response.ok) return response;
  const whole = await decrypted(keys, file, response, 200);
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '');
  return range && whole.ok ? partial(whole, range[1]!, range[2]!) : whole;
}

/** A 206 answer to a Range request (video players seek with them). */
async function partial(whole: Response, from: string, to: string): Promise<Response> {
  const body = new Uint8Array(await whole.arrayBuffer());
  const size = body.length;
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start > end || start >= size)
    return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } });
  const headers = new Headers(whole.headers);
  headers.set('content-range', `bytes ${start}-${end}/${size}`);
  headers.set('accept-ranges', 'bytes');
  return new Response(body.slice(start, end + 1), { status: 206, headers });
}

async function fetchSealed(keys: SiteKeys, file: string): Promise<Response> {
  return fetch(new URL(await opaqueName(keys, file), scope), { cache: 'no-cache' });
}

async function decrypted(keys: SiteKeys, file: string, response: Response, status: number) {
  const type = contentTypeOf(file);
  try {
    const body = await openFile(keys, file, new Uint8Array(await response.arrayBuffer()));
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (type.startsWith('text/html')) headers['content-security-policy'] = CSP;
    return new Response(body, { status, headers });
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    return damaged(file, type);
  }
}

/** What a changed or damaged file gives: a clear message, nothing of its content. */
function damaged(file: string, type: string): Response {
  const message = `${file} could not be decrypted: the encrypted file was changed or damaged on the server.`;
  if (!type.startsWith('text/html')) return new Response(message, { status: 502 });
  const escaped = message.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Damaged file</title></head><body><main><h1>This page could not be decrypted</h1><p id="damaged">${escaped}</p><p><a href="${scope.href}">Home</a></p></main></body></html>`;
  return new Response(page, {
    status: 502,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP },
  });
}
