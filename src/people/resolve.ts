/**
 * Resolving an entry's identities through the people file: every identity the file lists
 * becomes its person (by their main name), so `@ana_k` on Twitter, `ana@example.org` in mail and
 * "Ana Kovač" on Facebook are one person. An identity the file does not list is never merged by
 * guesswork: the entry's own `people` names stay as they are, and other identities stay
 * unresolved (`inhale people` lists them). Case never matters. Pure.
 */
import type { Person } from '../archive/people.ts';
import { identityOfName, NAME_SOURCES, type Identity } from './identities.ts';

export interface PeopleDirectory {
  people: Person[];
  /** Lowercase identity key → index in `people`. */
  byKey: Map<string, number>;
}

/** The keys a person answers to: `name:…`, `email:…`, `<source>:<handle>`, `*:<handle>`. */
export function keysOf(person: Person): string[] {
  return [
    ...person.names.map((name) => `name:${name}`),
    ...person.emails.map((email) => `email:${email}`),
    ...Object.entries(person.handles).flatMap(([source, handles]) =>
      handles.map((handle) => `${source}:${handle}`),
    ),
  ].map((key) => key.toLowerCase());
}

export function directoryOf(people: Person[]): PeopleDirectory {
  const byKey = new Map<string, number>();
  people.forEach((person, index) => {
    for (const key of keysOf(person)) if (!byKey.has(key)) byKey.set(key, index);
  });
  return { people, byKey };
}

/** The person an identity is, or undefined when the file does not list it. */
export function personOf(directory: PeopleDirectory, key: string): Person | undefined {
  const lower = key.toLowerCase();
  const colon = lower.indexOf(':');
  const [scheme, value] = [lower.slice(0, colon), lower.slice(colon + 1)];
  const index =
    directory.byKey.get(lower) ??
    // A display name on Facebook is a name; a handle of the older form is any source's.
    (NAME_SOURCES.includes(scheme) ? directory.byKey.get(`name:${value}`) : undefined) ??
    directory.byKey.get(`*:${value}`);
  return index === undefined ? undefined : directory.people[index];
}

/**
 * The entry's people as its pages show them: each name or identity the file lists as its
 * person's main name, other names as written; each once, in the entry's order.
 */
export function resolvePeople(
  entry: { source: string; people: string[]; identities?: Identity[] },
  directory: PeopleDirectory,
): { people: string[]; persons: Person[] } {
  const identities = entry.identities ?? [];
  const persons: Person[] = [];
  const names: string[] = [];
  const seen = new Set<string>();
  const push = (name: string, person?: Person) => {
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    names.push(name);
    if (person) persons.push(person);
  };
  // "Ana Kovač <ana@example.org>": when the address is Ana's, so is the name in that header.
  const byLabel = new Map<string, Person>();
  for (const identity of identities) {
    const person = identity.label ? personOf(directory, identity.key) : undefined;
    if (person) byLabel.set(identity.label!.toLowerCase(), person);
  }
  for (const name of entry.people) {
    const person =
      personOf(directory, identityOfName(name, entry.source)) ?? byLabel.get(name.toLowerCase());
    push(person?.name ?? name, person);
  }
  for (const identity of identities) {
    const person = personOf(directory, identity.key);
    if (person) push(person.name, person);
  }
  return { people: names, persons };
}
