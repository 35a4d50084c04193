/**
 * Contacts (`.vcf`, vCard 2.1/3.0/4.0, vcard.ts): each card is a person for the people file,
 * not an entry. The importer only parses: it yields `person` items (name, other names,
 * addresses, handles, avatar bytes) that run-import hands to contacts-writer.ts, which merges
 * them into `people.yaml`. Handles come from X-TWITTER and the other X- messaging fields, IMPP,
 * X-SOCIALPROFILE and the URLs of social profiles; a PHOTO given inline is kept as bytes, one
 * given as a URL is named in the report and never fetched.
 */
import ICAL from 'ical.js';

import { contactsSource, type PartOf } from '../archive/sources.ts';
import { ImportInputError, type FileView } from './file-view.ts';
import { detectNamedFiles, namedFiles, textOrTooLarge } from './named-files.ts';
import type { ImportedPerson, ImportItem, Importer, ImportOptions } from './types.ts';
import { cardBlocks, parseCard } from './vcard.ts';

type Component = InstanceType<typeof ICAL.Component>;

export const CONTACTS_FILE = /\.(vcf|vcard)$/i;

/** Messaging fields of older cards, and the people file key their handles go under. */
const MESSAGING: Record<string, string> = {
  'x-twitter': 'twitter',
  'x-skype': 'skype',
  'x-skype-username': 'skype',
  'x-jabber': 'xmpp',
  'x-gtalk': 'xmpp',
  'x-aim': 'aim',
  'x-icq': 'icq',
  'x-msn': 'msn',
  'x-yahoo': 'yahoo',
  'x-qq': 'qq',
};
/** IMPP schemes (RFC 4770) and their key. */
const IMPP: Record<string, string> = {
  xmpp: 'xmpp',
  skype: 'skype',
  aim: 'aim',
  icq: 'icq',
  msnim: 'msn',
  ymsgr: 'yahoo',
  qq: 'qq',
};

export const contactsImporter: Importer<PartOf<typeof contactsSource>> = {
  name: 'contacts',
  version: '1',

  detect: (view: FileView) => detectNamedFiles(view, CONTACTS_FILE),

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const { files: contacts, single } = await namedFiles(
      view,
      CONTACTS_FILE,
      'no .vcf file here: point at a contacts file',
    );
    const own = new Set(options.config.mail.addresses.map((address) => address.toLowerCase()));
    const warnings: string[] = [];
    for (const file of contacts) {
      const text = await textOrTooLarge(view, file);
      if (typeof text !== 'string') {
        yield text;
        continue;
      }
      const blocks = cardBlocks(text);
      if (blocks.length === 0) {
        if (single) throw new ImportInputError(`${view.label}: not a vCard file (no BEGIN:VCARD)`);
        yield {
          type: 'file',
          account: { file, status: 'not-understood', reason: 'not a vCard file' },
        };
        continue;
      }
      yield { type: 'file', account: { file, status: 'read', records: blocks.length } };
      for (const [index, block] of blocks.entries()) {
        const where = `${file}: card ${index + 1}`;
        let person: ImportedPerson | undefined;
        try {
          person = personOf(parseCard(block), where, (message) => warnings.push(message));
        } catch (error) {
          yield {
            type: 'skip',
            reason: 'card that is not valid vCard',
            detail: `${where}: ${(error as Error).message}`,
            file,
          };
          continue;
        }
        yield* warnings.splice(0).map((message): ImportItem => ({ type: 'warning', message }));
        if (!person)
          yield { type: 'skip', reason: 'card without a name or an address', detail: where, file };
        else if (person.emails.some((email) => own.has(email)))
          yield {
            type: 'skip',
            reason: 'your own card',
            detail: `${where} (${person.name})`,
            file,
          };
        else yield { type: 'person', person, file };
      }
    }
  },
};

const values = (card: Component, name: string): string[] =>
  card
    .getAllProperties(name)
    .flatMap((property) => property.getValues())
    .map((value) => (typeof value === 'string' ? value : String(value ?? '')).trim())
    .filter(Boolean);

/** The person a card names; undefined for a card with no name and no address. */
export function personOf(
  card: Component,
  where: string,
  warn: (message: string) => void = () => {},
): ImportedPerson | undefined {
  const emails = [
    ...new Set(
      values(card, 'email')
        .map((email) => email.replace(/^mailto:/i, '').toLowerCase())
        .filter((email) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email)),
    ),
  ];
  const structured = card.getFirstPropertyValue('n');
  const parts = Array.isArray(structured) ? structured.map((part) => [part].flat().join(' ')) : [];
  const fromParts = [parts[1], parts[2], parts[0]]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const name = clean(values(card, 'fn')[0] ?? '') || clean(fromParts) || emails[0];
  if (!name) return undefined;
  const names = [
    ...new Set([
      clean(fromParts),
      ...values(card, 'nickname')
        .flatMap((nickname) => nickname.split(','))
        .map(clean),
    ]),
  ].filter((other) => other && other.toLowerCase() !== name.toLowerCase());
  const handles: Record<string, string[]> = {};
  const add = (source: string, handle: string) => {
    const value = handle.trim().replace(/^@/, '');
    if (!value || /\s/.test(value)) return;
    const list = (handles[source] ??= []);
    if (!list.some((known) => known.toLowerCase() === value.toLowerCase())) list.push(value);
  };
  for (const [field, source] of Object.entries(MESSAGING))
    for (const value of values(card, field)) {
      const profile = profileOf(value);
      if (profile) add(profile.source, profile.handle);
      else add(source, value);
    }
  for (const value of values(card, 'impp')) {
    const match = /^([a-z][a-z0-9+.-]*):(.+)$/i.exec(value);
    const source = match && IMPP[match[1]!.toLowerCase()];
    if (source) add(source, match[2]!.replace(/^\/\//, ''));
  }
  for (const property of card.getAllProperties('x-socialprofile')) {
    const type = String(property.getParameter('type') ?? '').toLowerCase();
    const user = property.getParameter('x-user');
    const value = String(property.getFirstValue() ?? '');
    const profile = profileOf(value);
    if (profile) add(profile.source, profile.handle);
    else if (typeof user === 'string' && type) add(type, user);
  }
  for (const url of values(card, 'url')) {
    const profile = profileOf(url);
    if (profile) add(profile.source, profile.handle);
  }
  const person: ImportedPerson = { name, names, emails, handles };
  const avatar = photoOf(card, where, warn);
  if (avatar) person.avatar = avatar;
  return person;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A social profile's source and handle from its URL: `https://twitter.com/ana_k` → twitter. */
export function profileOf(url: string): { source: string; handle: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  const host = parsed.hostname.replace(/^(www|mobile|m)\./, '').toLowerCase();
  const segments = parsed.pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  const handle = (text: string | undefined) => text?.replace(/^@/, '');
  if ((host === 'twitter.com' || host === 'x.com') && /^@?\w{1,15}$/.test(first))
    return { source: 'twitter', handle: handle(first)! };
  if (host === 'instagram.com' && /^[\w.]+$/.test(first))
    return { source: 'instagram', handle: first };
  if (host === 'flickr.com' && ['people', 'photos'].includes(first) && segments[1])
    return { source: 'flickr', handle: segments[1] };
  if (host === 'bsky.app' && first === 'profile' && segments[1])
    return { source: 'bluesky', handle: segments[1] };
  if (host === 'threads.net' && first.startsWith('@'))
    return { source: 'threads', handle: handle(first)! };
  // Mastodon and the fediverse: https://host/@user.
  if (/^@\w[\w.-]*$/.test(first) && segments.length === 1)
    return { source: 'mastodon', handle: `${handle(first)}@${host}` };
  return undefined;
}

/** An inline PHOTO's bytes (base64, or a data: URL); a PHOTO at a URL is named and not fetched. */
function photoOf(
  card: Component,
  where: string,
  warn: (message: string) => void,
): ImportedPerson['avatar'] {
  const property = card.getFirstProperty('photo');
  if (!property) return undefined;
  const value = String(property.getFirstValue() ?? '').trim();
  const encoding = String(property.getParameter('encoding') ?? '').toLowerCase();
  const data = /^data:[^,]*;base64,(.*)$/is.exec(value);
  const base64 = data ? data[1]! : encoding === 'b' || encoding === 'base64' ? value : undefined;
  if (base64 !== undefined) {
    const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
    return bytes.length > 0 ? { bytes: new Uint8Array(bytes) } : undefined;
  }
  if (/^https?:\/\//i.test(value)) {
    warn(`${where}: its photo is at ${value.slice(0, 120)}, which inhale does not fetch`);
    return undefined;
  }
  return undefined;
}
