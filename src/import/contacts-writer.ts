/**
 * The one writer of a contacts import: merges the people a contacts importer yields into
 * `people.yaml` through the people file's editor (comments, order and everything a person wrote
 * kept; written to a temporary name and renamed), and writes inline avatars beside it under
 * `people/avatars/`, named by their content and typed by their bytes (raster images only, never
 * SVG). A contact is the person of the file who has one of its addresses or handles, or its name;
 * it only ever adds to them: an address, a handle, another name, an avatar where there is none.
 * The same contacts imported again change nothing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { sniffBytes } from '../archive/file-kind.ts';
import { shortHash, slugify } from '../archive/paths.ts';
import { peopleFilePath, type Person } from '../archive/people.ts';
import { PeopleFileEditor } from '../people/edit-people-file.ts';
import { assertInsideArchive } from './inside-archive.ts';
import type { ImportedPerson } from './types.ts';

/** Where avatars go, relative to the archive's root. */
export const AVATARS = 'people/avatars';
const AVATAR_TYPES = new Set(['jpg', 'png', 'gif', 'webp', 'avif']);

export interface ContactsReport {
  /** The people file, relative to the archive. */
  file: string;
  added: number;
  updated: number;
  unchanged: number;
  avatars: number;
}

export class ContactsWriter {
  private readonly people: { person: ImportedPerson; file: string }[] = [];
  readonly warnings: string[] = [];

  constructor(
    private readonly archiveDir: string,
    private readonly options: { dryRun: boolean },
  ) {}

  add(person: ImportedPerson, file: string): void {
    this.people.push({ person, file });
  }

  get count(): number {
    return this.people.length;
  }

  /** Merges every person into the people file; returns the report and the files changed. */
  async commit(): Promise<{ report: ContactsReport; changed: string[] }> {
    const file = peopleFilePath(this.archiveDir);
    const editor = await PeopleFileEditor.open(file);
    const original = editor.text;
    const report: ContactsReport = {
      file: path.relative(this.archiveDir, file).split(path.sep).join('/'),
      added: 0,
      updated: 0,
      unchanged: 0,
      avatars: 0,
    };
    const avatars = new Map<string, Uint8Array>();
    for (const { person, file: from } of this.people) {
      const before = editor.text;
      const known = findPerson(editor.people, person);
      const name = known?.name ?? person.name;
      // Known under another name: the card's name becomes one of their names.
      if (known)
        for (const identity of [`name:${person.name}`, ...identitiesOf(person)])
          editor.addIdentity(name, identity);
      else editor.addPerson(name, identitiesOf(person));
      if (person.avatar && !editor.people.find((each) => each.name === name)?.avatar) {
        const sniffed = await sniffBytes(person.avatar.bytes);
        if (sniffed.kind !== 'image' || !AVATAR_TYPES.has(sniffed.extension))
          this.warnings.push(
            `${from}: ${person.name}: the photo is not a JPEG, PNG, GIF, WebP or AVIF image; left out`,
          );
        else {
          const avatar = `${AVATARS}/${slugify(name) || 'person'}-${shortHash(Buffer.from(person.avatar.bytes).toString('base64'), 12)}.${sniffed.extension}`;
          if (editor.setIfAbsent(name, 'avatar', avatar)) avatars.set(avatar, person.avatar.bytes);
        }
      }
      if (!known) report.added++;
      else if (editor.text !== before) report.updated++;
      else report.unchanged++;
    }
    const changed: string[] = [];
    if (this.options.dryRun) return { report, changed };
    // No folder on the way may be a link leading out of the archive.
    if (avatars.size > 0) await assertInsideArchive(this.archiveDir, [AVATARS]);
    for (const [avatar, bytes] of avatars) {
      const target = path.join(this.archiveDir, avatar);
      if (existsSync(target)) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await atomicWrite(target, bytes);
      changed.push(avatar);
      report.avatars++;
    }
    if (editor.text !== original) {
      await editor.save();
      changed.push(report.file);
    }
    return { report, changed };
  }
}

/** The identities of a contact as the editor takes them: `email:…`, `name:…`, `twitter:…`. */
function identitiesOf(person: ImportedPerson): string[] {
  return [
    ...person.names.map((name) => `name:${name}`),
    ...person.emails.map((email) => `email:${email}`),
    ...Object.entries(person.handles).flatMap(([source, handles]) =>
      handles.map((handle) => `${source}:${handle}`),
    ),
  ];
}

/** The person of the file a contact is: by address, then handle, then name (any case). */
function findPerson(people: readonly Person[], contact: ImportedPerson): Person | undefined {
  const lower = (values: readonly string[]) => values.map((value) => value.toLowerCase());
  const emails = new Set(contact.emails);
  const byEmail = people.find((person) => person.emails.some((email) => emails.has(email)));
  if (byEmail) return byEmail;
  const byHandle = people.find((person) =>
    Object.entries(contact.handles).some(([source, handles]) => {
      const known = lower([...(person.handles[source] ?? []), ...(person.handles['*'] ?? [])]);
      return lower(handles).some((handle) => known.includes(handle));
    }),
  );
  if (byHandle) return byHandle;
  const names = new Set(lower([contact.name, ...contact.names]));
  return people.find((person) => lower(person.names).some((name) => names.has(name)));
}

async function atomicWrite(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
