/** `inhale build`: the site, plain (../build-site.ts) or encrypted (../build-encrypted.ts). */
import { existsSync } from 'node:fs';
import path from 'node:path';

import type { Audience } from '../../site/audience.ts';
import { timing, timingTable, wallSeconds } from '../../site/timing.ts';
import { showBuildProgress } from '../build-progress-bar.ts';
import { openArchive, outFolder } from '../find-archive.ts';
import { archiveOption, audienceOption, defineCommand, outOption } from './command.ts';
import { forceWeakPasswordOption, newPassword } from './password.ts';

export const buildCommand = defineCommand({
  command: 'build',
  describe: 'Build the site',
  builder: (y) =>
    y
      .option('archive', archiveOption)
      .option('out', outOption)
      .option('audience', audienceOption)
      .option('file-links', {
        type: 'boolean',
        default: false,
        describe: 'Links name index.html, so the site opens from disk (file://), e.g. a USB stick',
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
      .option('force-weak-password', forceWeakPasswordOption)
      .option('timing', {
        type: 'boolean',
        default: false,
        describe:
          'Print where the time went: start-up, loading and media, rendering, search index, writing',
      })
      .option('force', {
        type: 'boolean',
        default: false,
        describe:
          'Build in full even when nothing changed, and into a folder holding files inhale did not write, removing them (it takes the folder over)',
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
  handler: async (args) => {
    // A build imports each module once: Eleventy's cache buster for modules that change while
    // it watches (a loader thread every later import waits on) is not needed (11ty/eleventy#3371).
    process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
    const commandStarted = performance.now();
    const archive = openArchive(args.archive);
    const out = outFolder(archive, args.out);
    const fingerprint = await import('../../site/build-fingerprint.ts');
    if (args.encrypt) {
      await fingerprint.forgetBuild(archive, out);
      await encryptedBuild(archive, out, {
        audience: args.audience,
        changePassword: args['change-password'],
        forceWeakPassword: args['force-weak-password'],
        force: args.force,
      });
      return;
    }
    const options = { audience: args.audience, fileLinks: args['file-links'] };
    const unchanged = args.force
      ? undefined
      : await fingerprint.unchangedBuild(archive, out, options);
    if (unchanged) {
      timing('nothing changed: the build is skipped');
      await report(archive, out, args, { ...unchanged, written: 0, imagesProcessed: 0 }, true);
      if (args.timing) console.log(timingTable(commandStarted));
      return;
    }
    // Taken before the build reads a file, so an edit made while it runs shows next time.
    const state = fingerprint.inputState(archive, out, options);
    await fingerprint.forgetBuild(archive, out);
    const { buildSite } = await import('../build-site.ts');
    const stopProgress = await showBuildProgress();
    const { summary, eleventyPages, site } = await buildSite(archive, out, {
      ...options,
      force: args.force,
    }).finally(stopProgress);
    await site.close();
    const { entries, warnings } = summary;
    const pages = summary.pages + eleventyPages;
    const record = { entries, pages, unchanged: summary.pages, warnings };
    await fingerprint.rememberBuild(archive, out, state, record);
    await report(archive, out, args, {
      ...summary,
      pages,
      unchanged: summary.pages - summary.written,
    });
    if (args.timing) console.log(timingTable(commandStarted));
  },
});

/** What a build says it did: its pages (Eleventy's too), and of inhale's those it wrote and not. */
interface Said {
  entries: number;
  pages: number;
  written: number;
  unchanged: number;
  imagesProcessed: number;
  warnings: string[];
}

/** Prints a build's warnings and summary, and why a friends or public site came out empty. */
async function report(
  archive: string,
  out: string,
  args: { audience: Audience },
  said: Said,
  isSkipped = false,
): Promise<void> {
  for (const warning of said.warnings) console.warn(`warning: ${warning}`);
  const how = isSkipped ? 'nothing changed since the last build: ' : '';
  console.log(
    `Built ${said.entries} entries into ${said.pages} pages in ${out}/ ` +
      `(${how}${said.written} written, ${said.unchanged} unchanged, ${said.imagesProcessed} images processed) ` +
      `in ${wallSeconds().toFixed(2)} s.`,
  );
  if (args.audience !== 'private' && said.entries === 0) await explainEmpty(archive, args.audience);
}

/** Builds the encrypted site into `out` and prints its summary. */
export async function encryptedBuild(
  archive: string,
  out: string,
  options: {
    audience: Audience;
    changePassword: boolean;
    forceWeakPassword: boolean;
    force: boolean;
  },
): Promise<void> {
  const [{ readPassword }, { buildEncryptedSite }] = await Promise.all([
    import('../../encrypt/password.ts'),
    import('../build-encrypted.ts'),
  ]);
  const password = options.changePassword
    ? await newPassword(archive, out, options.forceWeakPassword)
    : await readPassword('Password', { confirm: !existsSync(path.join(out, 'keys.json')) });
  const stopProgress = await showBuildProgress();
  const { summary, encryption, isNewKey } = await buildEncryptedSite(archive, out, {
    password,
    audience: options.audience,
    forceWeakPassword: options.forceWeakPassword,
    force: options.force,
  }).finally(stopProgress);
  for (const warning of summary.warnings) console.warn(`warning: ${warning}`);
  console.log(
    `Built ${summary.entries} entries and encrypted ${encryption.files} files into ${out}/ ` +
      `(${encryption.encrypted} encrypted, ${encryption.unchanged} unchanged, ${encryption.removed} removed` +
      `${isNewKey ? ', a new site key' : ''}) in ${wallSeconds().toFixed(2)} s. ` +
      'It opens over http(s) only.',
  );
}

/** Says why a friends or public site came out empty: everything is private by default. */
async function explainEmpty(archive: string, audience: Audience): Promise<void> {
  const { listEntryFiles } = await import('../../site/entry-files.ts');
  const files = (await listEntryFiles(archive)).length;
  if (files === 0) return;
  console.log(
    `${files === 1 ? 'The one entry is' : `All ${files} entries are`} left out of this ${audience} site: entries are private unless they say otherwise. ` +
      `To publish one, write visibility: ${audience} in its front matter; to publish everything not marked private, ` +
      `set defaultVisibility: ${audience} in ${path.join(archive, 'inhale.yaml')}. Mail and messages stay private either way.`,
  );
}
