/**
 * Changing the people file as a person would by hand: a person added, an identity given to a
 * person, two people made one. Edits go through the `yaml` package's Document, so comments,
 * order and formatting of everything else stay as they were; the file is written to a temporary
 * name and renamed, so it is never half written.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';

import { InhaleError } from '../archive/errors.ts';
import { parsePeople, parsePeopleDocument, type Person } from '../archive/people.ts';
import { HANDLE_SOURCES, parseAddress } from './identities.ts';

/** An identity as a person types it: `twitter:ana_k`, `ana@example.org`, `name:Ana`. */
export function parseIdentityArgument(text: string): string {
  const value = text.trim();
  const scheme = /^([a-z][a-z0-9-]*):(.+)$/i.exec(value);
  if (scheme) {
    const [kind, rest] = [scheme[1]!.toLowerCase(), scheme[2]!.trim().replace(/^@/, '')];
    if (kind === 'email') {
      const address = parseAddress(rest);
      if (!address) throw new InhaleError(`"${text}": expected an address after email:`);
      return `email:${address.address}`;
    }
    return `${kind}:${rest}`;
  }
  const address = parseAddress(value);
  if (address) return `email:${address.address}`;
  if (value.startsWith('@'))
    throw new InhaleError(
      `"${text}": say whose handle it is, as in twitter:${value.slice(1)} or mastodon:${value.slice(1)}`,
    );
  if (!value)
    throw new InhaleError('expected an identity such as twitter:ana_k or ana@example.org');
  return `name:${value}`;
}

/** The field of a person an identity goes into: `email`, `names` or its source. */
function fieldOf(key: string): { field: string; value: string } {
  const colon = key.indexOf(':');
  const [scheme, value] = [key.slice(0, colon), key.slice(colon + 1)];
  if (scheme === 'email') return { field: 'email', value };
  if (scheme === 'name') return { field: 'names', value };
  if (scheme === 'handle')
    throw new InhaleError(
      `"@${value}": say whose handle it is, as in ${HANDLE_SOURCES.slice(0, 2).join(':… or ')}:…`,
    );
  return { field: scheme, value };
}

export class PeopleFileEditor {
  private constructor(
    readonly file: string,
    private readonly document: Document,
  ) {}

  static async open(file: string): Promise<PeopleFileEditor> {
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // Validated as a whole first: an edit never builds on a file the build would refuse.
    parsePeople(text, file);
    return new PeopleFileEditor(file, parsePeopleDocument(text, file).document);
  }

  get people(): Person[] {
    return parsePeople(this.document.toString(), this.file);
  }

  /** The file's own spelling of a person's name, matched without regard to case. */
  findPerson(name: string): string | undefined {
    return this.people.find((person) => person.name.toLowerCase() === name.trim().toLowerCase())
      ?.name;
  }

  /** A new person with these identities (`twitter:ana_k`, `email:…`, `name:…`). */
  addPerson(name: string, identities: string[]): void {
    const existing = this.findPerson(name);
    if (existing)
      throw new InhaleError(
        `${this.file}: ${existing} is already there; add to them with inhale people merge <identity> "${existing}"`,
      );
    if (!name.trim()) throw new InhaleError('expected the person’s name');
    if (!isMap(this.document.contents)) this.document.contents = this.document.createNode({});
    const pair = this.document.createPair(name.trim(), {});
    // A blank line between people, as a person writes the file.
    if ((this.document.contents as YAMLMap).items.length > 0)
      (pair.key as { spaceBefore?: boolean }).spaceBefore = true;
    (this.document.contents as YAMLMap).items.push(pair);
    for (const identity of identities) this.addIdentity(name.trim(), identity);
  }

  /** Gives a person one more identity; nothing changes when they have it already. */
  addIdentity(name: string, identity: string): void {
    const person = this.findPerson(name)!;
    const { field, value } = fieldOf(identity);
    if (field === 'names' && value.toLowerCase() === person.toLowerCase()) return;
    let node = this.document.get(person, true);
    if (!isMap(node)) {
      // The older form (an address or a list of them) becomes the new one, addresses kept.
      const old = this.people.find((each) => each.name === person)!;
      const converted: Record<string, unknown> = {};
      if (old.emails.length > 0) converted.email = one(old.emails);
      if ((old.handles['*'] ?? []).length > 0) converted.handles = one(old.handles['*']!);
      node = this.document.createNode(converted);
      this.document.set(person, node);
    }
    const map = node as YAMLMap;
    const current = map.get(field, true);
    if (current === undefined || current === null) {
      map.set(field, field === 'names' ? this.document.createNode([value]) : value);
      return;
    }
    const values = isSeq(current)
      ? current.items.map((item) => String(isScalar(item) ? item.value : item))
      : [String(isScalar(current) ? current.value : current)];
    if (values.some((each) => each.replace(/^@/, '').toLowerCase() === value.toLowerCase())) return;
    if (isSeq(current)) current.add(this.document.createNode(value));
    else {
      const seq = this.document.createNode([...values, value]);
      // A comment on the value stays on it: `twitter: ana_k # her handle`.
      if (isScalar(current) && current.comment) seq.items[0]!.comment = current.comment;
      map.set(field, seq);
    }
  }

  /** Moves everything of `from` into `into`, and takes `from` out of the file. */
  mergePeople(from: string, into: string): void {
    const source = this.people.find((person) => person.name === from)!;
    this.addIdentity(into, `name:${source.name}`);
    for (const name of source.names.slice(1)) this.addIdentity(into, `name:${name}`);
    for (const email of source.emails) this.addIdentity(into, `email:${email}`);
    for (const [handleSource, handles] of Object.entries(source.handles))
      for (const handle of handles)
        this.addIdentity(into, `${handleSource === '*' ? 'handles' : handleSource}:${handle}`);
    const node = this.document.get(from, true);
    const target = this.document.get(into, true);
    if (isMap(node) && isMap(target))
      for (const field of ['avatar', 'publish', 'note'])
        if (node.has(field) && !target.has(field)) target.set(field, node.get(field, true));
    this.document.delete(from);
  }

  /** The file as save() would write it. */
  get text(): string {
    return this.document.toString({ flowCollectionPadding: false, lineWidth: 0 });
  }

  /** Sets a field of a person (the map form) only when they have none: a person's own stays. */
  setIfAbsent(name: string, field: string, value: string): boolean {
    const node = this.document.get(this.findPerson(name)!, true);
    if (!isMap(node) || node.has(field)) return false;
    node.set(field, value);
    return true;
  }

  async save(): Promise<void> {
    const text = this.document.toString({ flowCollectionPadding: false, lineWidth: 0 });
    parsePeople(text, this.file);
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, text);
      await rename(temporary, this.file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}

const one = (values: string[]) => (values.length === 1 ? values[0] : values);
