/** `inhale new [title]`: today's journal entry. */
import { openArchive } from '../find-archive.ts';
import { archiveOption, defineCommand } from './command.ts';

export const newCommand = defineCommand({
  command: 'new [title]',
  describe: "Create today's journal entry and print its path",
  builder: (y) =>
    y
      .positional('title', { type: 'string', describe: 'Title of the entry' })
      .option('tags', { type: 'string', describe: 'Comma-separated tags' })
      .option('archive', archiveOption)
      .option('edit', {
        type: 'boolean',
        default: true,
        describe: 'Open $EDITOR when it is set',
      }),
  handler: async (args) => {
    const { createEntry } = await import('../archive-commands.ts');
    const tags = (args.tags ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    const file = await createEntry(openArchive(args.archive), {
      title: args.title,
      tags,
      edit: args.edit,
    });
    console.log(file);
  },
});
