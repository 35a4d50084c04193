/**
 * The identities an entry shows: who it names (`people`), who wrote and got it (mail's `from`,
 * `to` and `cc`, "Name <address>"; a message's sender), and whom its text mentions (`@handle` in
 * posts of Twitter, Mastodon and Bluesky). Computed at build time from front matter and text, so
 * no importer has to record them and entries written by hand get them too. Pure.
 */

import type { Identity } from '../shared/entry-types.ts';

export type { Identity };

/** Sources whose `people` and mentions are handles of that source. */
export const HANDLE_SOURCES = ['twitter', 'mastodon', 'bluesky', 'instagram', 'threads', 'flickr'];
/** Sources whose people are display names of that source. */
export const NAME_SOURCES = ['facebook', 'whatsapp', 'telegram', 'messenger'];

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** `Name <address>`, `<address>` or a bare address; undefined when it holds none. */
export function parseAddress(text: string): { address: string; name?: string } | undefined {
  const angle = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(text);
  if (angle && EMAIL.test(angle[2]!))
    return { address: angle[2]!.toLowerCase(), ...(angle[1] ? { name: angle[1].trim() } : {}) };
  const bare = text.trim();
  return EMAIL.test(bare) ? { address: bare.toLowerCase() } : undefined;
}

/** The identity of a name as an entry of `source` writes it in `people` or `from`. */
export function identityOfName(text: string, source: string): string {
  const value = text.trim();
  if (value.startsWith('@') && value.length > 1) {
    const handle = value.slice(1);
    return `${HANDLE_SOURCES.includes(source) ? source : 'handle'}:${handle}`;
  }
  // A Bluesky account named by its DID (a repost's or like's `from` without a known handle).
  if (source === 'bluesky' && /^did:[a-z]+:[A-Za-z0-9._:%-]+$/.test(value))
    return `bluesky:${value}`;
  const address = parseAddress(value);
  if (address) return `email:${address.address}`;
  if (NAME_SOURCES.includes(source)) return `${source}:${value}`;
  return `name:${value}`;
}

const MENTIONS: Record<string, RegExp> = {
  twitter: /(?<![\w@/.])@(\w{1,15})(?![\w@])/g,
  mastodon: /(?<![\w@/.])@(\w[\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?)/g,
  bluesky: /(?<![\w@/.])@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi,
};

/** `@handle`s in the text of a post of a source with mentions. */
export function mentionsIn(text: string, source: string): string[] {
  const pattern = MENTIONS[source];
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => `${source}:${match[1]!.replace(/\.$/, '')}`);
}

/** Every identity of an entry, each once (case-insensitive), named ones first. */
export function identitiesOf(
  data: { source: string; people?: string[] } & Record<string, unknown>,
  text: string,
): Identity[] {
  const found = new Map<string, Identity>();
  const add = (identity: Identity) => {
    const key = identity.key.toLowerCase();
    const known = found.get(key);
    if (!known) found.set(key, identity);
    else if (identity.label && !known.label) known.label = identity.label;
  };
  for (const name of data.people ?? [])
    add({ key: identityOfName(name, data.source), role: 'named' });
  for (const [field, role] of [
    ['from', 'from'],
    ['to', 'to'],
    ['cc', 'to'],
  ] as const) {
    for (const value of [data[field]].flat()) {
      if (typeof value !== 'string' || !value.trim()) continue;
      for (const part of splitAddresses(value)) {
        const address = parseAddress(part);
        if (address)
          add({
            key: `email:${address.address}`,
            ...(address.name ? { label: address.name } : {}),
            role,
          });
        else add({ key: identityOfName(part, data.source), role });
      }
    }
  }
  for (const key of mentionsIn(text, data.source)) add({ key, role: 'mentioned' });
  return [...found.values()];
}

/** "A <a@x.org>, B <b@y.org>" → its addresses; a name with a comma in quotes stays whole. */
function splitAddresses(value: string): string[] {
  if (!value.includes('@') || !value.includes(',')) return [value];
  return (value.match(/(?:"[^"]*"|[^,])+/g) ?? []).map((part) => part.trim()).filter(Boolean);
}

/** How an identity reads in a list: `@ana_k on twitter`, `ana@example.org`, `Ana`. */
export function describeIdentity(key: string): string {
  const [scheme, ...rest] = key.split(':');
  const value = rest.join(':');
  if (scheme === 'email' || scheme === 'name') return value;
  if (NAME_SOURCES.includes(scheme!)) return `${value} on ${scheme}`;
  return `@${value} on ${scheme}`;
}
