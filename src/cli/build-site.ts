/** Runs Eleventy with inhale's configuration on an archive folder. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type Eleventy from '@11ty/eleventy';

import { InhaleError, innermostInhaleError } from '../archive/errors.ts';
import { ArchiveSite, type BuildSummary } from '../site/archive-site.ts';
import type { Audience } from '../site/audience.ts';
import { claimOutput, outputError } from '../site/output-folder.ts';
import { writeAtomicSync } from '../site/output-writer.ts';
import { isCompiled } from '../shared/compiled.ts';
import type { UserConfig } from '../../plugins/eleventy-types.ts';
import { inhalePlugins } from '../../.eleventy.ts';
import { archivePagesOptions } from '../../plugins/archive-pages.ts';
import { ROBOTS_TXT } from '../../plugins/safety.ts';

/** The config file Eleventy reads: `.eleventy.ts`'s settings, without its plugins (compiled in build/). */
const SETTINGS_FILE = fileURLToPath(
  isCompiled
    ? new URL('../../build/eleventy-settings.js', import.meta.url)
    : new URL('./eleventy-settings.ts', import.meta.url),
);

export interface SiteBuild {
  summary: BuildSummary;
  site: ArchiveSite;
  /** Pages Eleventy wrote itself (the person's `pages/` and robots.txt). */
  eleventyPages: number;
}

export interface SiteBuildOptions {
  /** Who the site is for. @default 'private' */
  audience?: Audience;
  /** Links name index.html, for file://. @default false */
  fileLinks?: boolean;
  /** Keep the entries' records in memory for edits (`serve`). @default false */
  keepRecords?: boolean;
  /** Take over an output folder holding files inhale did not write, removing them. @default false */
  force?: boolean;
}

/**
 * Builds the whole site; rejects with the archive's problems, Eleventy's error, or one line
 * naming the folder when it cannot be written (a full disk). `force` takes over a folder that
 * holds files inhale did not write (they are removed).
 */
export async function buildSite(
  archiveDir: string,
  outDir: string,
  options: SiteBuildOptions = {},
): Promise<SiteBuild> {
  try {
    return await runEleventy(archiveDir, outDir, options);
  } catch (error) {
    throw outputError(error, outDir) ?? error;
  }
}

/** A page Eleventy rendered, as its toJSON() gives it. */
interface EleventyPage {
  outputPath?: string | false;
  content?: string;
}

/** Writes Eleventy's pages into `outDir`, refusing any path outside it; returns how many. */
function writeEleventyPages(outDir: string, pages: EleventyPage[]): number {
  let written = 0;
  for (const { outputPath, content } of pages) {
    if (!outputPath) continue;
    const target = path.resolve(outputPath);
    const relative = path.relative(path.resolve(outDir), target);
    if (relative.startsWith('..') || path.isAbsolute(relative))
      throw new InhaleError(`${outputPath}: a page may not be written outside ${outDir}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeAtomicSync(target, content ?? '');
    written++;
  }
  return written;
}

/**
 * Runs `task`, holding back what Eleventy prints of an error until it is known: inhale's own
 * errors (an entry's problems, a full disk, a locked folder) are said by the CLI in a line each,
 * so Eleventy's report is dropped; of any other error (a template in pages/) Eleventy's report
 * is kept, without its stack trace unless the command was given --debug.
 */
async function heldErrorLog<T>(eleventy: Eleventy, outDir: string, task: () => Promise<T>) {
  const logger = eleventy.errorHandler.logger;
  const print = logger.message.bind(logger);
  const held: unknown[][] = [];
  logger.message = (...args) => held.push(args);
  try {
    return await task();
  } catch (error) {
    if (outputError(error, outDir) || innermostInhaleError(error)) held.length = 0;
    throw error;
  } finally {
    logger.message = print;
    const debug = process.argv.includes('--debug');
    for (const args of held)
      if (debug || !/^\s*Original error stack trace/.test(String(args[0]))) print(...args);
  }
}

async function runEleventy(
  archiveDir: string,
  outDir: string,
  options: SiteBuildOptions,
): Promise<SiteBuild> {
  // A plaintext build beside the ciphertext would publish everything the encryption hides.
  if (existsSync(path.join(outDir, 'keys.json')))
    throw new InhaleError(
      `${outDir} holds an encrypted site: build it with --encrypt, or pick another --out for a plaintext one`,
    );
  // Before Eleventy writes a page: a folder of someone else's files is refused (or taken over).
  await claimOutput(outDir, { force: options.force });
  if (!existsSync(path.join(archiveDir, 'pages')))
    return buildWithoutPages(archiveDir, outDir, options);
  const { default: Eleventy } = await import('@11ty/eleventy');
  let built: { summary: BuildSummary; site: ArchiveSite } | undefined;
  const eleventy = new Eleventy(archiveDir, outDir, {
    configPath: SETTINGS_FILE,
    quietMode: true,
    config: (eleventyConfig: UserConfig) =>
      inhalePlugins(eleventyConfig, {
        audience: options.audience,
        fileLinks: options.fileLinks,
        keepRecords: options.keepRecords,
        onBuild: (summary, site) => (built = { summary, site }),
      }),
  });
  eleventy.setIsVerbose(false);
  // Eleventy prints "Wrote N files" even when quiet; inhale prints its own summary.
  const log = eleventy.logger.logWithOptions.bind(eleventy.logger);
  eleventy.logger.logWithOptions = (options) => {
    if (!/Wrote \S*\d/.test(options.message)) log(options);
  };
  // Eleventy renders its pages (the person's pages/, robots.txt) and inhale writes them, each
  // to a temporary name and renamed, as it writes its own.
  const results = (await heldErrorLog(eleventy, outDir, () => eleventy.toJSON())) as EleventyPage[];
  if (!built) throw new Error('the archive-pages plugin did not run');
  return { ...built, eleventyPages: writeEleventyPages(outDir, results) };
}

/**
 * An archive without `pages/` gives Eleventy nothing to render but robots.txt: the archive's
 * site is built as the archive-pages plugin builds it, and robots.txt written as the safety
 * plugin makes it, the same files without loading and running Eleventy (about 0.4 s of CPU,
 * a fifth of the demo's build).
 */
async function buildWithoutPages(
  archiveDir: string,
  outDir: string,
  options: SiteBuildOptions,
): Promise<SiteBuild> {
  const { audience, fileLinks, keepRecords } = archivePagesOptions({
    ...(options.audience ? { audience: options.audience } : {}),
    ...(options.fileLinks !== undefined ? { fileLinks: options.fileLinks } : {}),
    ...(options.keepRecords !== undefined ? { keepRecords: options.keepRecords } : {}),
  });
  const site = new ArchiveSite(archiveDir, outDir, audience, { fileLinks, keepRecords });
  const robots = { outputPath: path.join(outDir, 'robots.txt'), content: ROBOTS_TXT };
  const summary = await site.build([robots.outputPath]);
  return { summary, site, eleventyPages: writeEleventyPages(outDir, [robots]) };
}
