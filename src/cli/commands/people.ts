/**
 * `inhale people`: the identities the people file does not list yet, most frequent first;
 * `inhale people add` and `inhale people merge` write the file, keeping its comments and order.
 * The work is in ../people-actions.ts, loaded when a command runs.
 */
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
  handler: async (args) => {
    const { listUnlisted } = await import('../people-actions.ts');
    await listUnlisted(args.archive, args.json, args.limit);
  },
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
  handler: async (args) => {
    const { listUnlisted } = await import('../people-actions.ts');
    await listUnlisted(args.archive, args.json, args.limit);
  },
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
    const { addPerson } = await import('../people-actions.ts');
    await addPerson(args.archive, args.name, args, args.json);
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
    const { mergeIdentities } = await import('../people-actions.ts');
    await mergeIdentities(args.archive, args.identity, args.into, args.name, args.json);
  },
});
