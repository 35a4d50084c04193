/**
 * What `inhale people` does (./commands/people.ts holds its options): list the identities the
 * people file does not list yet, add a person, merge an identity into a person.
 */
import { loadConfig } from '../archive/config.ts';
import { InhaleError } from '../archive/errors.ts';
import { loadPeopleFile, peopleFilePath } from '../archive/people.ts';
import { PeopleFileEditor, parseIdentityArgument } from '../people/edit-people-file.ts';
import { directoryOf, personOf } from '../people/resolve.ts';
import { listEntryFiles } from '../site/entry-files.ts';
import { unlistedIdentities, type UnlistedIdentity } from '../people/unlisted.ts';
import { openArchive } from './find-archive.ts';
import { jsonSafe, terminalSafe } from './terminal.ts';

/** `inhale people add`: a person with their handles, addresses and other names. */
export async function addPerson(
  archiveOptionValue: string | undefined,
  name: string,
  given: { handle: string[]; email: string[]; also: string[] },
  json: boolean,
): Promise<void> {
  const archive = openArchive(archiveOptionValue);
  const editor = await PeopleFileEditor.open(peopleFilePath(archive));
  const identities = [
    ...given.handle.map((handle) => {
      if (!/^[a-z][a-z0-9-]*:./i.test(handle))
        throw new InhaleError(`--handle ${handle}: expected source:handle, as in twitter:ana_k`);
      return parseIdentityArgument(handle);
    }),
    ...given.email.map((email) => {
      const identity = parseIdentityArgument(email);
      if (!identity.startsWith('email:'))
        throw new InhaleError(`--email ${email}: expected an address such as ana@example.org`);
      return identity;
    }),
    ...given.also.map((other) => `name:${other}`),
  ];
  editor.addPerson(name, identities);
  await editor.save();
  report(json, { file: editor.file, added: name, identities }, `Added ${name} to ${editor.file}.`);
}

/** `inhale people merge`: `identity` is part of `into` (a person, or another identity). */
export async function mergeIdentities(
  archiveOptionValue: string | undefined,
  identity: string,
  into: string,
  name: string | undefined,
  json: boolean,
): Promise<void> {
  const archive = openArchive(archiveOptionValue);
  const editor = await PeopleFileEditor.open(peopleFilePath(archive));
  const result = merge(editor, identity, into, name);
  await editor.save();
  report(json, { file: editor.file, ...result }, `${result.message} (${editor.file}).`);
}

/** Who `text` is in the file: a person named so, or the person an identity resolves to. */
function personNamed(editor: PeopleFileEditor, text: string): string | undefined {
  return (
    editor.findPerson(text) ??
    personOf(directoryOf(editor.people), parseIdentityArgument(text))?.name
  );
}

function merge(
  editor: PeopleFileEditor,
  first: string,
  second: string,
  name: string | undefined,
): { person: string; message: string } {
  const [a, b] = [personNamed(editor, first), personNamed(editor, second)];
  if (a && b && a === b) return { person: a, message: `${first} is already ${a}` };
  if (a && b) {
    editor.mergePeople(a, b);
    return { person: b, message: `Merged ${a} into ${b}` };
  }
  if (b || a) {
    const [person, identity] = b ? [b, first] : [a!, second];
    editor.addIdentity(person, parseIdentityArgument(identity));
    return { person, message: `Added ${identity} to ${person}` };
  }
  const identities = [parseIdentityArgument(first), parseIdentityArgument(second)];
  const named =
    name ??
    identities.find((identity) => /^(name|facebook):/.test(identity))?.replace(/^[a-z]+:/, '');
  if (!named)
    throw new InhaleError(
      `neither ${first} nor ${second} is in people.yaml: give the new person a name with --name "Their Name"`,
    );
  editor.addPerson(
    named,
    identities.filter((identity) => identity !== `name:${named}`),
  );
  return { person: named, message: `Added ${named} with ${first} and ${second}` };
}

/** `inhale people`: the identities not in the people file, most frequent first. */
export async function listUnlisted(
  archiveOptionValue: string | undefined,
  json: boolean,
  limit: number,
): Promise<void> {
  const archive = openArchive(archiveOptionValue);
  const [config, { file, people }] = await Promise.all([
    loadConfig(archive),
    loadPeopleFile(archive),
  ]);
  const files = await listEntryFiles(archive);
  const { identities, skipped } = await unlistedIdentities(archive, files, people, {
    addresses: config.mail.addresses,
    owner: config.owner,
  });
  const shown = limit > 0 ? identities.slice(0, limit) : identities;
  if (json) {
    console.log(
      jsonSafe(
        JSON.stringify(
          { file, people: people.length, identities: shown, total: identities.length, skipped },
          null,
          2,
        ),
      ),
    );
    return;
  }
  if (identities.length === 0) {
    console.log(`Every identity is in ${file} (${people.length} people).`);
    return;
  }
  for (const item of shown) console.log(terminalSafe(line(item)));
  console.log(
    `${identities.length} identities not in ${file}${shown.length < identities.length ? ` (${shown.length} shown; --limit 0 shows all)` : ''}. Add one: inhale people merge <identity> "<person>"`,
  );
  if (skipped > 0)
    console.log(`${skipped} entry file(s) could not be read; inhale check says why.`);
}

function line(item: UnlistedIdentity): string {
  const sources = Object.entries(item.sources)
    .sort((a, b) => b[1] - a[1])
    .map(([source, count]) => `${source} ${count}`)
    .join(', ');
  const label = item.labels[0] ? ` "${item.labels[0]}"` : '';
  const dates = item.first === item.last ? item.first : `${item.first} to ${item.last}`;
  return `${String(item.count).padStart(5)}  ${item.identity}${label}  (${sources}; ${dates})`;
}

function report(json: boolean, value: Record<string, unknown>, text: string) {
  console.log(json ? jsonSafe(JSON.stringify(value, null, 2)) : terminalSafe(text));
}
