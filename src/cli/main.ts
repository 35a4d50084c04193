/** The `inhale` command line. Only this file prints errors and sets the exit code. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

import { loadConfig } from '../archive/config.ts';
import type { Audience } from '../site/audience.ts';
import { EntryError, InhaleError } from '../archive/errors.ts';
import { checkArchive, createEntry, initArchive } from './archive-commands.ts';
import { buildSite } from './build-site.ts';
import { buildEncryptedSite, changeSitePassword, encryptionCache } from './build-encrypted.ts';
import { readPassword } from '../encrypt/password.ts';
import { serve } from './serve.ts';
import { describeSources } from '../import/registry.ts';
import { formatReport, runImport } from '../import/run-import.ts';
import { openIndex } from '../search/read-index.ts';
import { formatResults, resultsJson } from './search-output.ts';
import { guardConsole, jsonSafe } from './terminal.ts';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

const archiveOption = {
  alias: 'a',
  type: 'string',
  default: 'content',
  describe: 'The archive folder',
} as const;

async function main(argv: string[]): Promise<void> {
  await yargs(argv)
    .scriptName('inhale')
    .usage('$0 <command> [options]\n\nKeep your digital life as plain files and a private website.')
    .option('debug', { type: 'boolean', describe: 'Show stack traces of errors' })
    .command(
      'init <dir>',
      'Create a new archive: config, .gitignore, a first entry, and a git repository',
      (y) =>
        y
          .positional('dir', { type: 'string', demandOption: true })
          .option('title', { type: 'string' })
          .option('owner', { type: 'string' }),
      async (args) => {
        const created = await initArchive(args.dir, { title: args.title, owner: args.owner });
        console.log(`Created an archive in ${args.dir} (first entry: ${created}).`);
        console.log(
          `Next: inhale new "A title" --archive ${args.dir}, then inhale serve --archive ${args.dir}`,
        );
      },
    )
    .command(
      'new [title]',
      "Create today's journal entry and print its path",
      (y) =>
        y
          .positional('title', { type: 'string', describe: 'Title of the entry' })
          .option('tags', { type: 'string', describe: 'Comma-separated tags' })
          .option('archive', archiveOption)
          .option('edit', {
            type: 'boolean',
            default: true,
            describe: 'Open $EDITOR when it is set',
          }),
      async (args) => {
        const tags = (args.tags ?? '')
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean);
        const file = await createEntry(args.archive, { title: args.title, tags, edit: args.edit });
        console.log(file);
      },
    )
    .command(
      'build',
      'Build the site',
      (y) =>
        y
          .option('archive', archiveOption)
          .option('out', { alias: 'o', type: 'string', default: 'dist', describe: 'Output folder' })
          .option('audience', {
            choices: ['private', 'friends', 'public'] as const,
            default: 'private' as const,
            describe: 'Who the site is for: private shows everything, public only public entries',
          })
          .option('file-links', {
            type: 'boolean',
            default: false,
            describe:
              'Links name index.html, so the site opens from disk (file://), e.g. a USB stick',
          })
          .option('encrypt', {
            type: 'boolean',
            default: false,
            describe:
              'Encrypt every file under a password (INHALE_PASSWORD, or asked); needs http(s) to view',
          })
          .option('change-password', {
            type: 'boolean',
            default: false,
            describe: 'With --encrypt: set a new password first (INHALE_NEW_PASSWORD, or asked)',
          })
          .option('force-weak-password', {
            type: 'boolean',
            default: false,
            describe: 'Accept a password that is short, common or made of few characters',
          })
          .option('force', {
            type: 'boolean',
            default: false,
            describe:
              'Build into a folder holding files inhale did not write, removing them (it takes the folder over)',
          })
          .check((args) => {
            if (args.encrypt && args['file-links'])
              throw new Error(
                '--encrypt and --file-links do not go together: an encrypted site needs http(s)',
              );
            if (args['change-password'] && !args.encrypt)
              throw new Error('--change-password goes with --encrypt (or use inhale password)');
            return true;
          }),
      async (args) => {
        if (args.encrypt) {
          await encryptedBuildCommand(args.archive, args.out, {
            audience: args.audience,
            changePassword: args['change-password'],
            forceWeakPassword: args['force-weak-password'],
            force: args.force,
          });
          return;
        }
        const { summary, eleventyPages, site } = await buildSite(args.archive, args.out, {
          audience: args.audience,
          fileLinks: args['file-links'],
          force: args.force,
        });
        await site.close();
        for (const warning of summary.warnings) console.warn(`warning: ${warning}`);
        console.log(
          `Built ${summary.entries} entries into ${summary.pages + eleventyPages} pages in ${args.out}/ ` +
            `(${summary.written} written, ${summary.pages - summary.written} unchanged, ${summary.imagesProcessed} images processed) ` +
            `in ${summary.seconds.toFixed(2)} s.`,
        );
      },
    )
    .command(
      'password',
      'Change the password of an encrypted site (rewraps its key; no file is re-encrypted)',
      (y) =>
        y
          .option('archive', archiveOption)
          .option('out', { alias: 'o', type: 'string', default: 'dist', describe: 'Output folder' })
          .option('force-weak-password', {
            type: 'boolean',
            default: false,
            describe: 'Accept a password that is short, common or made of few characters',
          }),
      async (args) => {
        await newPassword(args.archive, args.out, args['force-weak-password']);
        console.log(`Changed the password of ${args.out}/ (keys.json); upload that file.`);
      },
    )
    .command(
      'search <query..>',
      'Search the archive: inhale search "from:twitter year:2014 coffee"',
      (y) =>
        y
          .positional('query', { type: 'string', array: true, demandOption: true })
          .option('archive', archiveOption)
          .option('out', {
            alias: 'o',
            type: 'string',
            default: 'dist',
            describe: 'The built site whose index is searched (built first when absent)',
          })
          .option('rebuild', {
            type: 'boolean',
            default: false,
            describe: 'Build the site before searching, so the index holds every edit',
          })
          .option('limit', { alias: 'n', type: 'number', default: 20 })
          .option('json', { type: 'boolean', default: false, describe: 'Print JSON' }),
      async (args) => {
        const query = (args.query as string[]).join(' ');
        // An encrypted site is searched in its plaintext build, kept in the archive's cache.
        const isEncrypted = existsSync(path.join(args.out, 'keys.json'));
        const indexDir = isEncrypted
          ? path.join(encryptionCache(args.archive, args.out), 'plain')
          : args.out;
        if (isEncrypted && (args.rebuild || !existsSync(path.join(indexDir, 'search'))))
          throw new InhaleError(
            `${args.out} is encrypted: run inhale build --encrypt first, then search again`,
          );
        if (
          !isEncrypted &&
          (args.rebuild || !existsSync(path.join(args.out, 'search', 'manifest.js')))
        ) {
          console.error(`Building the site into ${args.out}/ first…`);
          const { site } = await buildSite(args.archive, args.out);
          await site.close();
        }
        const results = await openIndex(indexDir).search(query, {
          limit: args.limit,
          facets: args.json,
        });
        // The text form is made terminal-safe by formatResults, around its own bold marks.
        if (args.json) console.log(jsonSafe(JSON.stringify(resultsJson(results), null, 2)));
        else process.stdout.write(`${formatResults(results)}\n`);
      },
    )
    .command(
      'serve',
      'Build, serve on 127.0.0.1 and rebuild on change, with live reload',
      (y) =>
        y
          .option('archive', archiveOption)
          .option('out', { alias: 'o', type: 'string', default: 'dist', describe: 'Output folder' })
          .option('port', { alias: 'p', type: 'number', default: 8080 })
          .option('allowed-host', {
            type: 'string',
            array: true,
            describe: 'Also answer requests for this host name (repeatable)',
          }),
      async (args) => {
        await serve({
          archiveDir: args.archive,
          outDir: args.out,
          port: args.port,
          allowedHosts: args.allowedHost,
        });
      },
    )
    .command(
      'import <source-or-path> [path]',
      'Bring an export home: inhale import twitter ~/twitter-archive.zip',
      (y) =>
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
      async (args) => {
        const started = performance.now();
        // `inhale import feeds` refreshes every feed listed in the archive's config.
        const jobs: [string | undefined, string][] =
          args.sourceOrPath === 'feeds' && !args.path
            ? (await loadConfig(args.archive)).feeds.map((url): [string, string] => ['feed', url])
            : [args.path ? [args.sourceOrPath, args.path] : [undefined, args.sourceOrPath]];
        if (jobs.length === 0)
          throw new InhaleError(`${args.archive}: no feeds listed under "feeds:" in inhale.yaml`);
        const reports = [];
        for (const [source, input] of jobs) {
          const report = await runImport(args.archive, input, {
            source,
            dryRun: args['dry-run'],
            include: [
              ...(args.include ?? '').split(',').filter(Boolean),
              ...(args.group === 'day' ? ['group-day'] : []),
            ],
            commit: args.commit,
            restoreDeleted: args['restore-deleted'],
            onDetect: (name, detected) => {
              if (detected && !args.json) console.log(`Found a ${name} export in ${input}.`);
            },
            onProgress: process.stderr.isTTY
              ? (count, bytes) =>
                  process.stderr.write(
                    `\r${count} entries read, ${Math.round(count / ((performance.now() - started) / 1000))}/s` +
                      (bytes
                        ? `, ${(bytes.done / 2 ** 20).toFixed(0)}${bytes.total ? ` of ${(bytes.total / 2 ** 20).toFixed(0)}` : ''} MB`
                        : '') +
                      '\x1b[K',
                  )
              : undefined,
          });
          if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
          if (!args.json) console.log(formatReport(report));
          reports.push(report);
        }
        if (args.json)
          console.log(
            jsonSafe(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)),
          );
      },
    )
    .command(
      'check',
      'Validate every entry; prints file:line: message for each problem',
      (y) => y.option('archive', archiveOption),
      async (args) => {
        const { entries, problems } = await checkArchive(args.archive);
        for (const problem of problems) {
          console.log(
            `${path.join(args.archive, problem.file)}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
          );
        }
        console.log(
          problems.length === 0
            ? `${entries} entries, no problems.`
            : `${problems.length} problem(s) in ${args.archive}.`,
        );
        if (problems.length > 0) process.exitCode = 1;
      },
    )
    .demandCommand(1, 'Name a command; see inhale --help')
    .strict()
    .version(version)
    .help()
    .fail((message, error) => {
      if (error) throw error;
      console.error(message);
      console.error('Run inhale --help for usage.');
      process.exit(2);
    })
    .parseAsync();
}

/** Asks for the current and the new password of an encrypted site and rewraps its key. */
async function newPassword(archive: string, out: string, force: boolean): Promise<string> {
  const current = await readPassword('Current password');
  const next = await readPassword('New password', {
    variable: 'INHALE_NEW_PASSWORD',
    confirm: true,
  });
  await changeSitePassword(archive, out, { current, next, forceWeakPassword: force });
  return next;
}

async function encryptedBuildCommand(
  archive: string,
  out: string,
  options: {
    audience: Audience;
    changePassword: boolean;
    forceWeakPassword: boolean;
    force: boolean;
  },
): Promise<void> {
  const password = options.changePassword
    ? await newPassword(archive, out, options.forceWeakPassword)
    : await readPassword('Password', { confirm: !existsSync(path.join(out, 'keys.json')) });
  const { summary, encryption, isNewKey } = await buildEncryptedSite(archive, out, {
    password,
    audience: options.audience,
    forceWeakPassword: options.forceWeakPassword,
    force: options.force,
  });
  for (const warning of summary.warnings) console.warn(`warning: ${warning}`);
  console.log(
    `Built ${summary.entries} entries and encrypted ${encryption.files} files into ${out}/ ` +
      `(${encryption.encrypted} encrypted, ${encryption.unchanged} unchanged, ${encryption.removed} removed` +
      `${isNewKey ? ', a new site key' : ''}) in ${(summary.seconds + encryption.seconds).toFixed(2)} s. ` +
      'It opens over http(s) only.',
  );
}

/** The innermost InhaleError in an error's cause chain (Eleventy wraps plugin errors). */
function findInhaleError(error: unknown): InhaleError | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (current instanceof InhaleError) return current;
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

guardConsole();
try {
  await main(hideBin(process.argv));
} catch (error) {
  const known = findInhaleError(error);
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
