/** Runs Eleventy with inhale's configuration on an archive folder. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Eleventy from '@11ty/eleventy';

import { InhaleError } from '../archive/errors.ts';
import type { ArchiveSite, BuildSummary } from '../build/archive-site.ts';
import type { Audience } from '../build/audience.ts';
import { builds } from '../../plugins/archive-pages.ts';

export const CONFIG_FILE = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

export interface SiteBuild {
  summary: BuildSummary;
  site: ArchiveSite;
  /** Pages Eleventy wrote itself (the person's `pages/` and robots.txt). */
  eleventyPages: number;
}

/** Builds the whole site; rejects with the archive's problems or Eleventy's error. */
export async function buildSite(
  archiveDir: string,
  outDir: string,
  options: { audience?: Audience; fileLinks?: boolean } = {},
): Promise<SiteBuild> {
  // A plaintext build beside the ciphertext would publish everything the encryption hides.
  if (existsSync(path.join(outDir, 'keys.json')))
    throw new InhaleError(
      `${outDir} holds an encrypted site: build it with --encrypt, or pick another --out for a plaintext one`,
    );
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
