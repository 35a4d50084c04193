/**
 * The archive's people file, `people.yaml` at its root (`people.yml` is read when it is the one
 * present): each person under the name their page shows, with the other names, handles per
 * source and addresses that are theirs, so one friend is one person across every source.
 *
 *   Ana Kovač:
 *     names: [Ana K.]
 *     twitter: ana_k
 *     mastodon: ana@social.example
 *     email: [ana@example.org, ana@work.example]
 *     avatar: people/ana.jpg
 *     publish: false
 *
 * The older form, a name with an address or a list of addresses and handles, is still read.
 * The schema is `PeopleFileSchema` below; docs/archive-format.md describes it for people.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';

import { InhaleError } from './errors.ts';
import { PEOPLE_FILE, PEOPLE_FILE_ALTERNATIVE } from './people-file.ts';
import { VisibilitySchema, type Visibility } from './schema.ts';

export { PEOPLE_FILE, PEOPLE_FILE_ALTERNATIVE };

/** Keys of a person that are not a source's handles. */
export const PERSON_FIELDS = ['names', 'email', 'emails', 'avatar', 'publish', 'note'] as const;

const oneOrMore = z.union([z.string().min(1), z.array(z.string().min(1))], {
  error: 'expected a string or a list of strings',
});

export const PersonSchema = z
  .object({
    /** Other names the person goes by (the key is their main name). */
    names: oneOrMore.optional(),
    email: oneOrMore.optional(),
    emails: oneOrMore.optional(),
    /** An image in the archive, relative to its root. */
    avatar: z.string().min(1).optional(),
    /** Who may see them: false is the private build only; a list names the audiences. @default true */
    publish: z.union([z.boolean(), z.array(VisibilitySchema)]).optional(),
    note: z.string().optional(),
  })
  // Every other key is a source with the person's handle or handles there: `twitter: ana_k`.
  .catchall(oneOrMore);

/** The whole file: name → person; a bare address or list is the older form. */
export const PeopleFileSchema = z.record(
  z.string().min(1),
  z.union([oneOrMore, PersonSchema, z.null()]),
);

/** A person as the build and the CLI use them. */
export interface Person {
  /** Their main name: the file's key, and their page's title. */
  name: string;
  /** Every name, the main one first. */
  names: string[];
  emails: string[];
  /** Source → handles, as written (without a leading @). `*` holds handles of the older form. */
  handles: Record<string, string[]>;
  avatar?: string;
  /** Audiences that may see them. */
  publish: Visibility[];
}

export interface PeopleFile {
  /** The file read, or the one a write creates. */
  file: string;
  people: Person[];
}

const ALL: Visibility[] = ['private', 'friends', 'public'];
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const list = (value: string | string[] | undefined | null) =>
  [value ?? []].flat().map((item) => item.trim());

/** Where the people file of an archive is, whether or not it exists. */
export function peopleFilePath(archiveDir: string): string {
  const alternative = path.join(archiveDir, PEOPLE_FILE_ALTERNATIVE);
  const main = path.join(archiveDir, PEOPLE_FILE);
  return !existsSync(main) && existsSync(alternative) ? alternative : main;
}

/** Reads and validates the people file; an archive without one has no people in it. */
export async function loadPeopleFile(archiveDir: string): Promise<PeopleFile> {
  const file = peopleFilePath(archiveDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, people: [] };
    throw error;
  }
  return { file, people: parsePeople(text, file) };
}

/** Parses the text of a people file; errors name the file and the line. */
export function parsePeople(text: string, file: string): Person[] {
  const { document, lines } = parsePeopleDocument(text, file);
  const raw: unknown = document.toJS({ maxAliasCount: 50 }) ?? {};
  const problem = firstProblem(raw);
  if (problem) {
    const where = problem.path;
    // The deepest node that exists: a wrong value's own line, else its person's.
    let line = 1;
    for (let depth = where.length; depth > 0; depth--) {
      const node = document.getIn(where.slice(0, depth), true) as
        { range?: [number, number, number] } | undefined;
      const key = findKeyLine(document, where.slice(0, depth), lines);
      if (node?.range || key) {
        line = node?.range ? lines.linePos(node.range[0]).line : key!;
        break;
      }
    }
    throw new InhaleError(`${file}:${line}: ${where.join('.') || 'people'}: ${problem.message}`);
  }
  const people = PeopleFileSchema.parse(raw) as Record<string, PersonValue>;
  return Object.entries(people).map(([name, value]) => personOf(name, value));
}

/** What is wrong first, with its path; each person checked on its own for a precise message. */
function firstProblem(raw: unknown): { path: (string | number)[]; message: string } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { path: [], message: 'expected a map of names to people' };
  for (const [name, value] of Object.entries(raw)) {
    const isPerson = typeof value === 'object' && value !== null && !Array.isArray(value);
    const result = (isPerson ? PersonSchema : z.union([oneOrMore, z.null()])).safeParse(value);
    if (result.success) continue;
    const issue = result.error.issues[0]!;
    const path = [
      name,
      ...(issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[]),
    ];
    const field = path[1];
    const message =
      field === 'publish'
        ? 'expected true, false or a list of audiences (private, friends, public)'
        : isPerson
          ? issue.message.replace(/^Invalid input: /, '')
          : 'expected names, handles per source, email, avatar and publish (docs/archive-format.md)';
    return { path, message };
  }
  return undefined;
}

/** The line of a key in the document, for errors about a value that is not there. */
function findKeyLine(
  document: Document,
  where: (string | number)[],
  lines: LineCounter,
): number | undefined {
  const parent = where.length > 1 ? document.getIn(where.slice(0, -1), true) : document.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find(
    (item) => (item.key as { value?: unknown } | null)?.value === where.at(-1),
  );
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

/** The document (for writes that keep comments) and its line counter; throws on bad YAML. */
export function parsePeopleDocument(
  text: string,
  file: string,
): { document: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const document = parseDocument(text, {
    uniqueKeys: true,
    lineCounter: lines,
    prettyErrors: true,
  });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? 1;
    throw new InhaleError(`${file}:${line}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const contents = document.contents;
  if (contents && !isMap(contents) && !(isScalar(contents) && contents.value === null))
    throw new InhaleError(`${file}:1: expected a map of names to people, found a list or a value`);
  return { document, lines };
}

/** A person's value as written: the older form (an address or a list), or the map. */
type PersonValue =
  string | string[] | null | (Record<string, string | string[]> & z.infer<typeof PersonSchema>);

function personOf(name: string, value: PersonValue): Person {
  if (value === null || typeof value === 'string' || Array.isArray(value)) {
    // The older form: addresses and handles, whatever their source.
    const items = list(value);
    return {
      name,
      names: [name],
      emails: items.filter((item) => EMAIL.test(item)).map((item) => item.toLowerCase()),
      handles: { '*': items.filter((item) => !EMAIL.test(item)).map(stripAt) },
      publish: ALL,
    };
  }
  const handles: Record<string, string[]> = {};
  for (const [key, handle] of Object.entries(value)) {
    if ((PERSON_FIELDS as readonly string[]).includes(key)) continue;
    // `handles:` holds handles whose source is not known, as the older form does.
    const source = key === 'handles' ? '*' : key.toLowerCase();
    handles[source] = [
      ...(handles[source] ?? []),
      ...list(handle as string | string[]).map(stripAt),
    ];
  }
  const publish = value.publish;
  return {
    name,
    names: [...new Set([name, ...list(value.names)])],
    emails: [...list(value.email), ...list(value.emails)].map((item) => item.toLowerCase()),
    handles,
    ...(value.avatar ? { avatar: value.avatar } : {}),
    publish:
      publish === undefined || publish === true
        ? ALL
        : publish === false
          ? ['private']
          : [...new Set(['private' as const, ...publish])],
  };
}

const stripAt = (handle: string) => handle.replace(/^@/, '');

/**
 * Address or handle (lowercase) → the person's name, for importers (mail names its
 * correspondents by it); empty without a people file.
 */
export async function loadPeople(archiveDir: string): Promise<Map<string, string>> {
  const { people } = await loadPeopleFile(archiveDir);
  const names = new Map<string, string>();
  for (const person of people)
    for (const key of [...person.emails, ...Object.values(person.handles).flat()])
      names.set(key.toLowerCase(), person.name);
  return names;
}
