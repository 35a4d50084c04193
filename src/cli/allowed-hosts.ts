/**
 * `inhale serve` answers only requests addressed to this machine by name: a page on another
 * site that points its own domain at 127.0.0.1 (DNS rebinding) sends its own name as `Host`
 * and is refused, so it cannot read the archive. Names given with `--allowed-host` are
 * answered too. A request without a Host header (HTTP/1.0) is refused: browsers always send one.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { InhaleError } from '../archive/errors.ts';

/** The names every `inhale serve` answers, on any port. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** The host name of a Host header (`Localhost:8080` → `localhost`), or undefined if malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header || !/^[A-Za-z0-9._~\-[\]:]+$/.test(header)) return undefined;
  try {
    const url = new URL(`http://${header}/`);
    return url.username || url.password || url.pathname !== '/' ? undefined : url.hostname;
  } catch {
    return undefined;
  }
}

/** The set of names to answer: the loopback names and the `--allowed-host` ones. */
export function allowedHosts(extra: readonly string[] = []): Set<string> {
  const names = new Set<string>(LOOPBACK_HOSTS);
  for (const name of extra) {
    const host = hostName(name);
    if (!host)
      throw new InhaleError(
        `--allowed-host "${name}" is not a host name (expected e.g. my-laptop.local)`,
      );
    names.add(host);
  }
  return names;
}

/** Answers 403 and returns true when the request's Host is not one of `allowed`. */
export function refuseForeignHost(
  request: IncomingMessage,
  response: ServerResponse,
  allowed: ReadonlySet<string>,
): boolean {
  const host = hostName(request.headers.host);
  if (host !== undefined && allowed.has(host)) return false;
  response
    .writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    .end(
      'inhale serve answers only requests for 127.0.0.1, localhost or [::1] (or a name given with --allowed-host).\n',
    );
  return true;
}
