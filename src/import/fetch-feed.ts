/**
 * Feeds by URL: a conditional GET (ETag, Last-Modified) so refreshing an unchanged feed costs
 * one small request and writes nothing. The validators live in the archive's cache folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { CACHE_DIR } from '../archive/cache-folder.ts';
import { BufferView, ImportInputError } from './file-view.ts';
import type { ImportReport } from './writer.ts';

interface Validators {
  etag?: string;
  lastModified?: string;
}

const FILE = 'feeds.json';
export const FEED_LIMITS = {
  /** Largest feed read, counted after decompression as the bytes arrive. @default 20 MiB */
  bytes: 20 * 1024 ** 2,
};
const pending = new WeakMap<BufferView, Validators>();

async function readValidators(archiveDir: string): Promise<Record<string, Validators>> {
  try {
    return JSON.parse(await readFile(path.join(archiveDir, CACHE_DIR, FILE), 'utf8')) as Record<
      string,
      Validators
    >;
  } catch {
    return {};
  }
}

/** The feed at `url`, or undefined when the server says it has not changed. */
export async function fetchFeed(archiveDir: string, url: string): Promise<BufferView | undefined> {
  const known = (await readValidators(archiveDir))[url] ?? {};
  const headers: Record<string, string> = {
    'user-agent': 'inhale (personal archive)',
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
  };
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.lastModified) headers['if-modified-since'] = known.lastModified;
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new ImportInputError(`${url}: could not fetch the feed (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (response.status === 304) return undefined;
  if (!response.ok)
    throw new ImportInputError(
      `${url}: the server answered ${response.status} ${response.statusText}`,
    );
  const bytes = await readCapped(url, response);
  const view = new BufferView(url, 'feed', bytes);
  pending.set(view, {
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  });
  return view;
}

/**
 * The body, read as it arrives and abandoned at `FEED_LIMITS.bytes`: fetch inflates gzip,
 * deflate and br bodies, so a 1 MB gzip response of zeros would otherwise become gigabytes.
 */
async function readCapped(url: string, response: Response): Promise<Buffer> {
  const limit = FEED_LIMITS.bytes;
  const tooLarge = () =>
    new ImportInputError(`${url}: the feed is larger than ${limit} bytes; not imported`);
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    total += next.value.length;
    if (total > limit) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/** Remembers a fetched feed's validators, once its import has been written. */
export async function saveValidators(archiveDir: string, view: BufferView): Promise<void> {
  const validators = pending.get(view);
  if (!validators) return;
  const all = await readValidators(archiveDir);
  all[view.label] = validators;
  await mkdir(path.join(archiveDir, CACHE_DIR), { recursive: true });
  await writeFile(path.join(archiveDir, CACHE_DIR, FILE), `${JSON.stringify(all, null, 2)}\n`);
}

export function notModified(url: string): ImportReport {
  return {
    source: 'feed',
    input: url,
    added: 0,
    updated: 0,
    unchanged: 0,
    keptEdited: [],
    deletedNotRestored: 0,
    restored: 0,
    newlyDeleted: [],
    skipped: { 'feed not modified since the last import': 1 },
    warnings: [],
    unknownFields: [],
    dryRun: false,
    files: [],
    damaged: [],
  };
}
