/**
 * `inhale people`: the identities the people file does not list yet, most frequent first;
 * `inhale people add` and `inhale people merge` write the file, keeping its comments and order.
 */
import { loadConfig } from '../../archive/config.ts';
import { InhaleError } from '../../archive/errors.ts';
import { loadPeopleFile, peopleFilePath } from '../../archive/people.ts';
import { PeopleFileEditor, parseIdentityArgument } from '../../people/edit-people-file.ts';
import { directoryOf, personOf } from '../../people/resolve.ts';
import { listEntryFiles } from '../../site/entry-files.ts';
import { unlistedIdentities, type UnlistedIdentity } from '../../people/unlisted.ts';
import { openArchive } from '../find-archive.ts';
import { jsonSafe, terminalSafe } from '../terminal.ts';
import { archiveOption, defineCommand } from './command.ts';

const jsonOption = { type: 'boolean', default: false, describe: 'Print JSON' } as const;

export const peopleCommand = defineCommand({
  command: 'people',
  describe: 'People across sources: identities not yet in people.yaml, and adding and merging them',
  builder: (y) =>
    y
      .command(listCommand)
      .command(addCommand)
      .command(mergeCommand)
      .option('archive', archiveOption)
      .option('json', jsonOption)
      .option('limit', {
        alias: 'n',
        type: 'number',
        default: 50,
        describe: 'Show at most this many identities (0: all)',
      }),
  handler: async (args) => list(args.archive, args.json, args.limit),
});

const listCommand = defineCommand({
  command: 'list',
  describe: 'Identities not yet in people.yaml, most frequent first, with where they appear',
  builder: (y) =>
    y.option('archive', archiveOption).option('json', jsonOption).option('limit', {
      alias: 'n',
      type: 'number',
      default: 50,
      describe: 'Show at most this many identities (0: all)',
    }),
  handler: async (args) => list(args.archive, args.json, args.limit),
});

const addCommand = defineCommand({
  command: 'add <name>',
  describe:
    'Add a person: inhale people add "Ana Kovač" --handle twitter:ana_k --email ana@example.org',
  builder: (y) =>
    y
      .positional('name', {
        type: 'string',
        demandOption: true,
        describe: 'Their name, as their page shows it',
      })
      .option('handle', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe:
          'A handle as source:handle (twitter:ana_k, mastodon:ana@social.example, facebook:Ana K.); repeatable',
      })
      .option('email', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'An email address; repeatable',
      })
      .option('also', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'Another name they go by; repeatable',
      })
      .option('archive', archiveOption)
      .option('json', jsonOption),
  handler: async (args) => {
    const archive = openArchive(args.archive);
    const editor = await PeopleFileEditor.open(peopleFilePath(archive));
    const identities = [
      ...(args.handle as string[]).map((handle) => {
        if (!/^[a-z][a-z0-9-]*:./i.test(handle))
          throw new InhaleError(`--handle ${handle}: expected source:handle, as in twitter:ana_k`);
        return parseIdentityArgument(handle);
      }),
      ...(args.email as string[]).map((email) => {
        const identity = parseIdentityArgument(email);
        if (!identity.startsWith('email:'))
          throw new InhaleError(`--email ${email}: expected an address such as ana@example.org`);
        return identity;
      }),
      ...(args.also as string[]).map((name) => `name:${name}`),
    ];
    editor.addPerson(args.name, identities);
    await editor.save();
    report(
      args.json,
      { file: editor.file, added: args.name, identities },
      `Added ${args.name} to ${editor.file}.`,
    );
  },
});

const mergeCommand = defineCommand({
  command: 'merge <identity> <into>',
  describe:
    'Make an identity (twitter:ana_k, ana@example.org, name:Ana) part of a person or of another identity',
  builder: (y) =>
    y
      .positional('identity', {
        type: 'string',
        demandOption: true,
        describe: 'source:handle, an address, or name:Name',
      })
      .positional('into', {
        type: 'string',
        demandOption: true,
        describe: 'A person of people.yaml, or another identity (a new person is made of both)',
      })
      .option('name', {
        type: 'string',
        describe: 'The name of the new person when neither is in people.yaml yet',
      })
      .option('archive', archiveOption)
      .option('json', jsonOption),
  handler: async (args) => {
    const archive = openArchive(args.archive);
    const editor = await PeopleFileEditor.open(peopleFilePath(archive));
    const result = merge(editor, args.identity, args.into, args.name);
    await editor.save();
    report(args.json, { file: editor.file, ...result }, `${result.message} (${editor.file}).`);
  },
});

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

async function list(archiveOptionValue: string | undefined, json: boolean, limit: number) {
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
