/** Runs Eleventy with inhale's configuration on an archive folder. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Eleventy from '@11ty/eleventy';

import { InhaleError } from '../archive/errors.ts';
import type { ArchiveSite, BuildSummary } from '../build/archive-site.ts';
import type { Audience } from '../build/audience.ts';
import { claimOutput, outputError } from '../build/output-folder.ts';
import { builds } from '../../plugins/archive-pages.ts';

export const CONFIG_FILE = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

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
  process.env.INHALE_AUDIENCE = options.audience ?? 'private';
  process.env.INHALE_FILE_LINKS = options.fileLinks ? '1' : '0';
  let built: { summary: BuildSummary; site: ArchiveSite } | undefined;
  const listener = (summary: BuildSummary, site: ArchiveSite) => (built = { summary, site });
  builds.on('build', listener);
  try {
    const eleventy = new Eleventy(archiveDir, outDir, { configPath: CONFIG_FILE, quietMode: true });
    eleventy.setIsVerbose(false);
    // Eleventy prints "Wrote N files" even when quiet; inhale prints its own summary.
    const log = eleventy.logger.logWithOptions.bind(eleventy.logger);
    eleventy.logger.logWithOptions = (options) => {
      if (!/Wrote \S*\d/.test(options.message)) log(options);
    };
    const results = (await eleventy.write()) as unknown[];
    if (!built)
      throw new Error('the archive-pages plugin did not run: is it added in .eleventy.ts?');
    const eleventyPages = Array.isArray(results) ? (results.flat() as unknown[]).length : 0;
    return { ...built, eleventyPages };
  } finally {
    builds.off('build', listener);
  }
}
