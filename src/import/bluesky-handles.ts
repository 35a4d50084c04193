/**
 * Whose post a repost or a like is of. A repository names other accounts by DID only (a
 * repost's subject is `at://did:plc:…/app.bsky.feed.post/…`), and the CAR holds no handles; but
 * each mention facet of your own posts joins a DID to the `@handle` its text shows. Those are the
 * handles inhale knows, without asking any server.
 */
import type { RepoRecord } from './bluesky-repo.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const HANDLE = /^@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** DID → `@handle`, from the mention facets of the repository's posts. */
export function mentionedHandles(records: readonly RepoRecord[]): Map<string, string> {
  const handles = new Map<string, string>();
  for (const record of records) {
    const value = record.value;
    if (record.collection !== 'app.bsky.feed.post' || !value || typeof value.text !== 'string')
      continue;
    const bytes = new TextEncoder().encode(value.text);
    for (const facet of Array.isArray(value.facets) ? value.facets : []) {
      if (!isObject(facet) || !isObject(facet.index)) continue;
      const { byteStart, byteEnd } = facet.index;
      if (typeof byteStart !== 'number' || typeof byteEnd !== 'number') continue;
      const shown = new TextDecoder().decode(bytes.subarray(byteStart, byteEnd)).trim();
      for (const feature of Array.isArray(facet.features) ? facet.features : [])
        if (
          isObject(feature) &&
          feature.$type === 'app.bsky.richtext.facet#mention' &&
          typeof feature.did === 'string' &&
          HANDLE.test(shown) &&
          !handles.has(feature.did)
        )
          handles.set(feature.did, shown.toLowerCase());
    }
  }
  return handles;
}

/** The DID of the account whose record an `at://` URI names. */
export function authorOf(uri: string): string | undefined {
  return /^at:\/\/(did:[a-z]+:[A-Za-z0-9._:%-]+)\//.exec(uri)?.[1];
}
