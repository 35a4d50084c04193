/** What every command shares: the shape of a command module, and the `--archive` option. */
import type { CommandModule } from 'yargs';

/**
 * A command as main.ts lists it. yargs' `CommandModule` is invariant in its arguments (the
 * builder returns them, the handler takes them), so a list of commands erases them, as yargs'
 * own `command(modules: CommandModule<T, any>[])` does; each module checks its own.
 */
export type Command = CommandModule<object, any>;

/**
 * A yargs command module, its arguments' types inferred from its builder, so the handler is
 * typed without a second declaration of the options.
 */
export function defineCommand<U>(command: CommandModule<object, U>): Command {
  return command;
}

export const archiveOption = {
  alias: 'a',
  type: 'string',
  // No default here: openArchive (../find-archive.ts) looks for one when it is not given.
  defaultDescription: 'inhale.yaml here or above, else "content"',
  describe: 'The archive folder',
} as const;

export const outOption = {
  alias: 'o',
  type: 'string',
  // No default here: outFolder (../find-archive.ts) puts it inside the archive.
  defaultDescription: "the archive's dist/",
  describe: 'Output folder',
} as const;

export const audienceOption = {
  choices: ['private', 'friends', 'public'] as const,
  default: 'private' as const,
  describe: 'Who the site is for: private shows everything, public only public entries',
};
