/** `inhale check`: every problem of every entry, as file:line: message. */
import path from 'node:path';

import { showBuildProgress } from '../build-progress-bar.ts';
import { openArchive } from '../find-archive.ts';
import { archiveOption, defineCommand } from './command.ts';

export const checkCommand = defineCommand({
  command: 'check',
  describe: 'Validate every entry; prints file:line: message for each problem',
  builder: (y) => y.option('archive', archiveOption),
  handler: async (args) => {
    const { checkArchive } = await import('../archive-commands.ts');
    const archive = openArchive(args.archive);
    const stopProgress = await showBuildProgress();
    const { entries, problems } = await checkArchive(archive).finally(stopProgress);
    for (const problem of problems) {
      console.log(
        `${path.join(archive, problem.file)}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
      );
    }
    console.log(
      problems.length === 0
        ? `${entries} entries, no problems.`
        : `${problems.length} problem(s) in ${archive === '.' ? 'this archive' : archive}.`,
    );
    if (problems.length > 0) process.exitCode = 1;
  },
});
