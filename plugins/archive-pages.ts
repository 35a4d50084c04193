/**
 * archivePagesPlugin: renders the archive's entries and the timeline around them (entry, day,
 * month, year, tag, people and source pages, home) after Eleventy has written its own pages.
 * They are written by ArchiveSite rather than by Eleventy's template pipeline, which takes
 * minutes per 100,000 pages (see docs/performance.md).
 */
import { EventEmitter } from 'node:events';

import { InhaleError } from '../src/archive/errors.ts';
import { ArchiveSite, type BuildSummary } from '../src/site/archive-site.ts';
import { AUDIENCES, type Audience } from '../src/site/audience.ts';
import type { UserConfig } from './eleventy-types.ts';

/** Emits `build` with (summary, site) after each build, for the CLI and tests. */
export const builds = new EventEmitter<{ build: [BuildSummary, ArchiveSite] }>();

export function archivePagesPlugin(eleventyConfig: UserConfig): void {
  const { input, output } = eleventyConfig.directories;
  // `inhale build --audience` sets INHALE_AUDIENCE; so can a person running Eleventy directly.
  const audience = process.env.INHALE_AUDIENCE ?? 'private';
  if (!AUDIENCES.includes(audience as Audience)) {
    throw new InhaleError(`INHALE_AUDIENCE: expected ${AUDIENCES.join(', ')}, got "${audience}"`);
  }
  const site = new ArchiveSite(input, output, audience as Audience, {
    fileLinks: process.env.INHALE_FILE_LINKS === '1',
  });
  eleventyConfig.addGlobalData('archive', async () => {
    const archive = await site.load();
    return {
      title: archive.config.title,
      owner: archive.config.owner,
      language: archive.config.language,
      entries: archive.summaries.length,
    };
  });
  eleventyConfig.on('eleventy.after', async ({ results }) => {
    const written = (results ?? []).flatMap((result) => result.outputPath || []);
    builds.emit('build', await site.build(written), site);
  });
}
