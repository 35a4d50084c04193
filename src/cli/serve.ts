/**
 * `inhale serve`: builds, serves the output on 127.0.0.1, and rebuilds on change. An edited
 * entry re-renders only the pages that show it; anything else rebuilds the site. A failed
 * rebuild prints its error, shows it over the open pages, and the last good site stays up. Pages reload through a small
 * script that only the server adds; the files on disk never contain it.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';

import { watch } from 'chokidar';

import { innermostInhaleError } from '../archive/errors.ts';
import { isInside } from '../archive/paths.ts';
import type { ArchiveSite } from '../site/archive-site.ts';
import type { Audience } from '../site/audience.ts';
import { CACHE_DIR } from '../archive/cache-folder.ts';
import { allowedHosts, refuseForeignHost } from './allowed-hosts.ts';
import { showBuildProgress } from './build-progress-bar.ts';
import { buildSite } from './build-site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
};

/**
 * The page's side of live reload: reload when the site was rebuilt; show a failed rebuild's
 * message over the page (styled through the CSSOM, which the pages' CSP allows) until a
 * rebuild succeeds.
 */
const LIVE_RELOAD = `const events = new EventSource('/_inhale/events');
events.addEventListener('reload', () => location.reload());
events.addEventListener('build-error', (event) => {
  document.getElementById('inhale-build-error')?.remove();
  const { message } = JSON.parse(event.data);
  if (!message) return;
  const box = document.createElement('div');
  box.id = 'inhale-build-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('strong');
  heading.textContent = 'The rebuild failed; this is the last good site. Fix the file and save:';
  const text = document.createElement('pre');
  text.textContent = message;
  box.append(heading, text);
  Object.assign(box.style, {
    position: 'fixed', inset: 'auto 0 0 0', maxHeight: '50vh', overflow: 'auto', zIndex: '2147483647',
    padding: '1rem', background: '#3b0d0c', color: '#fff', font: '14px/1.4 system-ui, sans-serif',
    borderTop: '4px solid #e5484d',
  });
  Object.assign(text.style, { whiteSpace: 'pre-wrap', margin: '0.5rem 0 0', font: '13px/1.4 ui-monospace, monospace' });
  document.body.append(box);
});
`;

export interface ServeOptions {
  archiveDir: string;
  outDir: string;
  port: number;
  /** Who the site is for, as in `inhale build --audience`. @default 'private' */
  audience?: Audience;
  /** Host names answered besides 127.0.0.1, localhost and [::1] (`--allowed-host`). */
  allowedHosts?: string[];
  /** Called after each rebuild, with its error if it failed (for tests). */
  onRebuild?: (error?: unknown) => void;
}

export async function serve(
  options: ServeOptions,
): Promise<{ close: () => Promise<void>; port: number }> {
  const { archiveDir, outDir } = options;
  let site: ArchiveSite = (await fullBuild(options))!;
  if (!site) throw new Error('the first build failed');
  const server = await startStaticServer(outDir, options.port, {
    liveReload: true,
    allowedHosts: options.allowedHosts,
  });
  console.log(`Serving ${outDir}/ on http://127.0.0.1:${server.port}/ (Ctrl+C to stop)`);

  let pending = new Set<string>();
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = async () => {
    const changed = [...pending];
    pending = new Set();
    const onlyEntries = changed.every(
      (file) => file.endsWith('.md') && file.includes('/') && !file.startsWith('pages/'),
    );
    const started = performance.now();
    try {
      if (onlyEntries && site.timeline) {
        const summary = await site.update(changed);
        console.log(
          `Updated ${changed.length} file(s): ${summary.written} page(s) written in ${((performance.now() - started) / 1000).toFixed(2)} s.`,
        );
      } else {
        const previous = site;
        site = (await fullBuild(options)) ?? site;
        if (site !== previous) await previous.close();
      }
      server.reload();
      options.onRebuild?.();
    } catch (error) {
      const message = (innermostInhaleError(error) ?? (error as Error)).message;
      console.error(`Rebuild failed; still serving the last good site.\n${message}`);
      server.showError(message);
      options.onRebuild?.(error);
    }
  };
  const schedule = (file: string) => {
    pending.add(path.relative(archiveDir, file).split(path.sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = (running ?? Promise.resolve()).then(rebuild);
    }, 50);
  };
  const ignored = (file: string) => {
    const relative = path.relative(archiveDir, file);
    return (
      /(^|[/\\])(\.git|node_modules|dist)([/\\]|$)/.test(relative) ||
      relative.startsWith(CACHE_DIR) ||
      isInside(path.resolve(outDir), path.resolve(file)) ||
      /(~|\.swp|\.tmp|\.part|\.crdownload|^4913)$/.test(path.basename(file))
    );
  };
  const watcher = watch(archiveDir, { ignoreInitial: true, ignored, atomic: true });
  watcher.on('all', (_event, file) => schedule(file));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    port: server.port,
    close: async () => {
      await watcher.close();
      await server.close();
      await running;
    },
  };
}

async function fullBuild(options: ServeOptions): Promise<ArchiveSite | undefined> {
  const stopProgress = await showBuildProgress();
  const { summary, site } = await buildSite(options.archiveDir, options.outDir, {
    audience: options.audience,
    keepRecords: true,
  }).finally(stopProgress);
  console.log(
    `Built ${summary.entries} entries, ${summary.written} page(s) written in ${summary.seconds.toFixed(2)} s.`,
  );
  return site;
}

export interface StaticServer {
  port: number;
  /** Tells every open page to reload (and clears a shown build error). */
  reload(): void;
  /** Shows a failed rebuild's message over every open page, and pages opened after, until `reload`. */
  showError(message: string): void;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 (port 0 picks a free one), optionally with live reload, to
 * requests whose Host is a loopback name or one of `allowedHosts`.
 */
export async function startStaticServer(
  outDir: string,
  port: number,
  options: { liveReload: boolean; allowedHosts?: string[] },
): Promise<StaticServer> {
  const clients = new Set<ServerResponse>();
  let buildError: string | undefined;
  const hosts = allowedHosts(options.allowedHosts);
  const server = createServer(async (request, response) => {
    if (refuseForeignHost(request, response, hosts)) return;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (options.liveReload && url.pathname === '/_inhale/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      if (buildError) response.write(errorEvent(buildError));
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (options.liveReload && url.pathname === '/_inhale/live.js') {
      response.writeHead(200, { 'content-type': TYPES['.js']! });
      response.end(LIVE_RELOAD);
      return;
    }
    await sendFile(outDir, decodeURIComponent(url.pathname), response, options.liveReload);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    reload: () => {
      buildError = undefined;
      for (const client of clients) client.write('event: reload\ndata: \n\n');
    },
    showError: (message) => {
      buildError = message;
      for (const client of clients) client.write(errorEvent(message));
    },
    close: async () => {
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A server-sent event carrying a build error; JSON keeps its newlines out of the event's framing. */
const errorEvent = (message: string) =>
  `event: build-error\ndata: ${JSON.stringify({ message })}\n\n`;

async function sendFile(
  outDir: string,
  pathname: string,
  response: ServerResponse,
  liveReload: boolean,
): Promise<void> {
  let file = path.join(outDir, pathname);
  if (!isInside(outDir, file)) return notFound(outDir, response);
  let info = await stat(file).catch(() => undefined);
  // `/2014/03/05/a-walk` finds `a-walk.html`, as most static hosts do.
  if (!info && !path.extname(file)) {
    info = await stat(`${file}.html`).catch(() => undefined);
    if (info) file = `${file}.html`;
  }
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    file = path.join(file, 'index.html');
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const untrusted = untrustedFileHeaders(path.relative(outDir, file), type);
  if (!untrusted && type.startsWith('text/html')) {
    const page = await readFile(file, 'utf8').catch(() => undefined);
    if (page === undefined) return notFound(outDir, response);
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(
      liveReload
        ? page.replace('</body>', '<script src="/_inhale/live.js"></script>\n</body>')
        : page,
    );
    return;
  }
  const exists = await stat(file).catch(() => undefined);
  if (!exists?.isFile()) return notFound(outDir, response);
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...untrusted });
  createReadStream(file).pipe(response);
}

/**
 * The headers of a file an import brought (under media/ or downloads/), as docs/hosting.md sets
 * them for Caddy and nginx: a sandbox with no sources, so even an HTML or SVG file that got there
 * runs nothing in the site's origin; no type sniffing; a download is only ever saved, and a
 * document type is never sent as one (issue 15). Undefined for the site's own files.
 */
export function untrustedFileHeaders(
  relative: string,
  type: string,
): Record<string, string> | undefined {
  const folder = /^(media|downloads)[\\/]/.exec(relative)?.[1];
  if (!folder) return undefined;
  return {
    'content-security-policy': "sandbox; default-src 'none'",
    'x-content-type-options': 'nosniff',
    ...(/^(text\/html|image\/svg|text\/javascript)/.test(type)
      ? { 'content-type': 'application/octet-stream' }
      : {}),
    ...(folder === 'downloads' ? { 'content-disposition': 'attachment' } : {}),
  };
}

async function notFound(outDir: string, response: ServerResponse): Promise<void> {
  const page = await readFile(path.join(outDir, '404.html'), 'utf8').catch(() => 'Not found');
  response.writeHead(404, { 'content-type': TYPES['.html']! }).end(page);
}
