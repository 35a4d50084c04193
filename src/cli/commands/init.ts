/** `inhale init <dir>`: a new archive. */
import { defineCommand } from './command.ts';

export const initCommand = defineCommand({
  command: 'init <dir>',
  describe:
    'Create a new archive: config, .gitignore, a first entry, and a git repository with its first commit',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', demandOption: true })
      .option('title', { type: 'string', describe: "The site's title (inhale.yaml title:)" })
      .option('owner', { type: 'string', describe: 'Whose archive it is (inhale.yaml owner:)' }),
  handler: async (args) => {
    const { initArchive } = await import('../archive-commands.ts');
    const created = await initArchive(args.dir, { title: args.title, owner: args.owner });
    console.log(
      `Created an archive in ${args.dir} (first entry: ${created.first}), ` +
        ('commit' in created.git
          ? `a git repository and its first commit (${created.git.commit}).`
          : 'and a git repository.'),
    );
    if ('problem' in created.git) console.warn(`warning: ${created.git.problem}`);
    console.log(
      `Next: inhale new "A title" --archive ${args.dir}, then inhale serve --archive ${args.dir}`,
    );
  },
});
