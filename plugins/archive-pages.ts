/**
 * archivePagesPlugin: renders the archive's entries and the timeline around them (entry, day,
 * month, year, tag, people and source pages, home) after Eleventy has written its own pages.
 * They are written by ArchiveSite rather than by Eleventy's template pipeline, which takes
 * minutes per 100,000 pages (see docs/performance.md).
 */
import { ArchiveSite, type BuildSummary } from '../src/site/archive-site.ts';
import { AUDIENCES, type Audience } from '../src/site/audience.ts';
import type { UserConfig } from './eleventy-types.ts';
import { ELEVENTY_VERSIONS, mergeOptions, optionError } from './plugin-options.ts';

export interface ArchivePagesOptions {
  /**
   * Who the site is for: `private` shows everything, `friends` and `public` leave out what
   * that audience must not see (`inhale build --audience`).
   * @default 'private'
   */
  audience: Audience;
  /** Links name `index.html`, so the site opens from disk (`file://`). @default false */
  fileLinks: boolean;
  /**
   * Keep every entry's record in memory after the build, so an edit `inhale serve` passes to
   * the site renders at once (a build reads each year's records back from its parse cache, to
   * hold one year at a time). @default false
   */
  keepRecords: boolean;
  /**
   * Called after each build with its summary and the site (kept open for `inhale serve`'s
   * updates: the caller closes it). @default undefined
   */
  onBuild: ((summary: BuildSummary, site: ArchiveSite) => void) | undefined;
}

const NAME = 'archivePagesPlugin';

export const defaults: ArchivePagesOptions = {
  audience: 'private',
  fileLinks: false,
  keepRecords: false,
  onBuild: undefined,
};

/** The options merged over the defaults; throws naming the option that is wrong. */
export function archivePagesOptions(options: Partial<ArchivePagesOptions>): ArchivePagesOptions {
  const merged = mergeOptions(NAME, defaults, options);
  if (!AUDIENCES.includes(merged.audience))
    throw optionError(NAME, 'audience', `one of ${AUDIENCES.join(', ')}`, merged.audience);
  if (typeof merged.fileLinks !== 'boolean')
    throw optionError(NAME, 'fileLinks', 'true or false', merged.fileLinks);
  if (typeof merged.keepRecords !== 'boolean')
    throw optionError(NAME, 'keepRecords', 'true or false', merged.keepRecords);
  if (merged.onBuild !== undefined && typeof merged.onBuild !== 'function')
    throw optionError(NAME, 'onBuild', 'a function', merged.onBuild);
  return merged;
}

export function archivePagesPlugin(
  eleventyConfig: UserConfig,
  options: Partial<ArchivePagesOptions> = {},
): void {
  eleventyConfig.versionCheck(ELEVENTY_VERSIONS);
  const { audience, fileLinks, keepRecords, onBuild } = archivePagesOptions(options);
  const { input, output } = eleventyConfig.directories;
  const site = new ArchiveSite(input, output, audience, { fileLinks, keepRecords });
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
    const summary = await site.build(written);
    onBuild?.(summary, site);
  });
}
