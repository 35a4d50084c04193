/** `inhale import [source] <export>`: bring an export home (see ../../import/run-import.ts). */
import { InhaleError } from '../../archive/errors.ts';
import { describeSources } from '../../archive/sources.ts';
import type { Progress } from '../progress.ts';
import { jsonSafe } from '../terminal.ts';
import { openArchive } from '../find-archive.ts';
import { wallSeconds } from '../../site/timing.ts';
import { archiveOption, defineCommand } from './command.ts';
import type { ImportProgress } from '../../import/run-import.ts';

export const importCommand = defineCommand({
  command: 'import <source-or-path> [path]',
  describe: 'Bring an export home: inhale import twitter ~/twitter-archive.zip',
  builder: (y) =>
    y
      .positional('source-or-path', {
        type: 'string',
        demandOption: true,
        describe:
          'The source (listed below; feeds for every feed in the config), or the export when the source is left out',
      })
      .positional('path', {
        type: 'string',
        describe: 'The export: a folder, a .zip, or a folder of the zips of a split export',
      })
      .option('archive', archiveOption)
      .option('dry-run', {
        type: 'boolean',
        default: false,
        describe: 'Report what would happen; write nothing',
      })
      .option('include', {
        type: 'string',
        describe: "Optional parts, comma-separated: the source's, listed below",
      })
      .option('group', {
        choices: ['file', 'day'] as const,
        default: 'file' as const,
        describe: 'Photos: one entry per file, or per day per folder',
      })
      .option('geotag-photos', {
        type: 'boolean',
        describe:
          "Photos: give a photo without GPS the place of the archive's location history and tracks at its time (geotag.photos in inhale.yaml makes it the default)",
      })
      .option('geotag-window', {
        type: 'number',
        describe:
          'Photos: minutes a track point may be from the photo (default: geotag.windowMinutes, 15)',
      })
      .option('commit', {
        type: 'boolean',
        default: false,
        describe: 'Make one git commit of the import',
      })
      .option('restore-deleted', {
        type: 'boolean',
        default: false,
        describe: 'Import again the entries you deleted (listed in .inhale/deleted.yaml)',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print the report as JSON',
      })
      .epilogue(describeSources()),
  handler: async (args) => {
    const [{ formatReport, runImport }, { loadConfig }] = await Promise.all([
      import('../../import/run-import.ts'),
      import('../../archive/config.ts'),
    ]);
    const archive = openArchive(args.archive);
    // `inhale import feeds` refreshes every feed listed in the archive's config.
    const jobs: [string | undefined, string][] =
      args.sourceOrPath === 'feeds' && !args.path
        ? (await loadConfig(archive)).feeds.map((url): [string, string] => ['feed', url])
        : [args.path ? [args.sourceOrPath, args.path] : [undefined, args.sourceOrPath]];
    if (jobs.length === 0)
      throw new InhaleError(`${archive}: no feeds listed under "feeds:" in inhale.yaml`);
    const reports = [];
    const { Progress } = await import('../progress.ts');
    for (const [source, input] of jobs) {
      const progress = args.json ? undefined : importProgress(new Progress({ unit: 'entries' }));
      const report = await runImport(archive, input, {
        source,
        dryRun: args['dry-run'],
        include: [
          ...(args.include ?? '').split(',').filter(Boolean),
          ...(args.group === 'day' ? ['group-day'] : []),
        ],
        commit: args.commit,
        ...(args['geotag-photos'] !== undefined ? { geotagPhotos: args['geotag-photos'] } : {}),
        ...(args['geotag-window'] !== undefined
          ? { geotagWindowMinutes: geotagWindow(args['geotag-window']) }
          : {}),
        restoreDeleted: args['restore-deleted'],
        onDetect: (name, detected) => {
          if (detected && !args.json) console.log(`Found a ${name} export in ${input}.`);
        },
        onProgress: progress?.update,
      }).finally(() => progress?.done());
      // The time a person waited, from the start of the process, on the summary's first line.
      if (!args.json)
        console.log(
          formatReport(report).replace(/\.(\n|$)/, ` in ${wallSeconds().toFixed(2)} s.$1`),
        );
      reports.push(report);
    }
    if (args.json)
      console.log(jsonSafe(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)));
    // A damaged file was skipped and the rest imported: the report names it, and a script notices.
    const damaged = reports.flatMap((report) => report.damaged ?? []);
    if (damaged.length > 0) {
      console.error(
        `inhale import: ${damaged.length} damaged file(s) not imported (named in the report above); the rest was imported`,
      );
      process.exitCode = 1;
    }
  },
});

/** The window in whole minutes, 1 to 720 (12 hours), as the config allows. */
function geotagWindow(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 720)
    throw new InhaleError(
      `--geotag-window: expected whole minutes from 1 to 720, got ${String(minutes)}`,
    );
  return minutes;
}

/**
 * The import's progress: of the total where the importer knows one (megabytes of a large file
 * such as a mailbox, files of a folder of photos, tweets) with the entries so far, else the entries.
 */
function importProgress(progress: Progress) {
  let part: ImportProgress | undefined;
  return {
    update: (count: number, latest?: ImportProgress) => {
      part = latest ?? part;
      if (!part) {
        progress.update(count);
      } else if (part.unit === 'bytes') {
        progress.count('MB');
        const total = part.total === undefined ? undefined : part.total / 2 ** 20;
        progress.update(part.done / 2 ** 20, total, `${count} entries`);
      } else {
        progress.count(part.unit);
        progress.update(part.done, part.total, `${count} entries`);
      }
    },
    done: () => progress.done(),
  };
}
