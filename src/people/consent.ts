/**
 * Consent: a person marked `publish: false` (or published to some audiences only) is left out
 * of the builds for the others. Entries they wrote (their `from`) are left out; everywhere else
 * their names, handles and addresses read "someone", in the title, the text, the HTML, image
 * descriptions, tags, the place's name and the URL's slug, and the search terms are analysed
 * again from what is left. Their person page does not exist there. Pure.
 */
import { slugify } from '../archive/paths.ts';
import type { Person } from '../archive/people.ts';
import type { Visibility } from '../archive/schema.ts';
import { analyzeRecord } from '../search/build-index.ts';
import type { EntryRecord } from '../shared/entry-types.ts';
import { escapeHtml } from '../shared/html.ts';
import { personOf, type PeopleDirectory } from './resolve.ts';

export const SOMEONE = 'someone';

export interface Consent {
  withheld: Set<Person>;
  /** Any token of a withheld person, in text or as escaped HTML. */
  pattern: RegExp;
  /** Their tokens as slugs, for the entry's URL. */
  slugPattern?: RegExp;
}

/** Every string that names a person: names, addresses, handles with and without their @. */
export function tokensOf(person: Person): string[] {
  const handles = Object.values(person.handles).flat();
  return [
    ...person.names,
    ...person.emails,
    ...handles,
    ...handles.map((handle) => `@${handle}`),
  ].filter((token) => token.length > 1);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What `audience` may not see of the people file; undefined when it may see everyone. */
export function consentFor(directory: PeopleDirectory, audience: Visibility): Consent | undefined {
  const withheld = new Set(directory.people.filter((person) => !person.publish.includes(audience)));
  if (withheld.size === 0) return undefined;
  const tokens = [...withheld].flatMap(tokensOf);
  const alternatives = [...new Set([...tokens, ...tokens.map(escapeHtml)])]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const slugs = [...new Set(tokens.map(slugify).filter((slug) => slug.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  return {
    withheld,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`,
      'giu',
    ),
    ...(slugs.length > 0
      ? { slugPattern: new RegExp(`(?<![a-z0-9])(?:${slugs.join('|')})(?![a-z0-9])`, 'g') }
      : {}),
  };
}

/** The record as the audience may see it, or undefined when a withheld person wrote it. */
export function withhold(
  record: EntryRecord,
  consent: Consent,
  directory: PeopleDirectory,
): EntryRecord | undefined {
  const identities = record.identities ?? [];
  const isWithheld = (key: string) => {
    const person = personOf(directory, key);
    return person !== undefined && consent.withheld.has(person);
  };
  if (identities.some((identity) => identity.role === 'from' && isWithheld(identity.key)))
    return undefined;
  const withheldNames = new Set([...consent.withheld].map((person) => person.name));
  const redact = (text: string) => text.replace(consent.pattern, SOMEONE);
  const people = record.people.filter((name) => !withheldNames.has(name));
  const touched =
    people.length !== record.people.length ||
    identities.some((identity) => isWithheld(identity.key)) ||
    [record.title ?? '', record.html, record.text, record.url ?? '', record.slug]
      .concat(
        record.tags,
        record.media.map((item) => item.alt ?? ''),
        people,
      )
      .concat(record.contentWarning ?? '', record.place?.name ?? '')
      .some((text) => {
        consent.pattern.lastIndex = 0;
        return consent.pattern.test(text);
      }) ||
    (consent.slugPattern !== undefined && record.slug.search(consent.slugPattern) >= 0);
  if (!touched) return record;
  const slug = consent.slugPattern
    ? record.slug.replace(consent.slugPattern, SOMEONE)
    : record.slug;
  const redacted: EntryRecord = {
    ...record,
    ...(record.title ? { title: redact(record.title) } : {}),
    slug,
    // A mail link to them would lead nowhere: only the word is left.
    html: redact(record.html).replace(/<a href="mailto:someone">someone<\/a>/g, SOMEONE),
    text: redact(record.text),
    tags: [...new Set(record.tags.map(redact))],
    people: people.map(redact),
    identities: identities.filter((identity) => !isWithheld(identity.key)),
    media: record.media.map((item) => (item.alt ? { ...item, alt: redact(item.alt) } : item)),
    ...(record.contentWarning ? { contentWarning: redact(record.contentWarning) } : {}),
    ...(record.place?.name ? { place: { ...record.place, name: redact(record.place.name) } } : {}),
  };
  if (record.url && redact(record.url) !== record.url) delete redacted.url;
  return { ...redacted, analysis: analyzeRecord(redacted) };
}
