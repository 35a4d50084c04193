/**
 * The `inhale` command line: one file per command in `commands/`. Only this file prints errors
 * and sets the exit code.
 */
import { readFileSync } from 'node:fs';

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

import { EntryError, innermostInhaleError } from '../archive/errors.ts';
import { buildCommand } from './commands/build.ts';
import { checkCommand } from './commands/check.ts';
import type { Command } from './commands/command.ts';
import { importCommand } from './commands/import.ts';
import { initCommand } from './commands/init.ts';
import { newCommand } from './commands/new.ts';
import { passwordCommand } from './commands/password.ts';
import { peopleCommand } from './commands/people.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { guardConsole } from './terminal.ts';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

/** The commands, in the order `inhale --help` lists them; each types its own arguments. */
const COMMANDS: Command[] = [
  initCommand,
  newCommand,
  buildCommand,
  passwordCommand,
  searchCommand,
  serveCommand,
  importCommand,
  checkCommand,
  peopleCommand,
];

async function main(argv: string[]): Promise<void> {
  const cli = yargs(argv)
    .scriptName('inhale')
    .usage('$0 <command> [options]\n\nKeep your digital life as plain files and a private website.')
    .option('debug', { type: 'boolean', describe: 'Show stack traces of errors' })
    .command(COMMANDS)
    .strictCommands()
    .strict()
    .recommendCommands()
    .version(version)
    .help()
    .fail((message, error) => {
      if (error) throw error;
      // recommendCommands() says only "Did you mean …?"; name the word it was said about.
      const typed = argv.find((word) => !word.startsWith('-'));
      console.error(
        message.startsWith('Did you mean') ? `Unknown command: ${typed}. ${message}` : message,
      );
      console.error('Run inhale --help for usage.');
      process.exit(2);
    });
  // `inhale` alone lists the commands and exits 1, as git does: it did nothing asked of it.
  if (argv.length === 0) {
    cli.showHelp('log');
    process.exitCode = 1;
    return;
  }
  await cli.demandCommand(1, 'Name a command; see inhale --help').parseAsync();
}

guardConsole();
try {
  await main(hideBin(process.argv));
} catch (error) {
  const known = innermostInhaleError(error);
  if (process.argv.includes('--debug')) console.error(error);
  if (known instanceof EntryError) {
    console.error(known.message);
    console.error(
      `${known.problems.length} problem(s): fix the file(s) above; inhale check lists them all.`,
    );
  } else {
    console.error(`error: ${(known ?? (error as Error)).message ?? String(error)}`);
    if (!known && !process.argv.includes('--debug'))
      console.error('(run again with --debug for details)');
  }
  process.exitCode = 1;
}
