/**
 * inhale's Eleventy configuration: it only adds plugins. The archive folder is Eleventy's input
 * (`inhale build --archive`, or Eleventy's `--input`); its entries are rendered by the
 * archive-pages plugin, and Eleventy renders the person's own pages in `<archive>/pages/`.
 *
 * `inhale build` adds the same plugins with its options through `inhalePlugins`; a person
 * running Eleventy directly gets the defaults, or sets INHALE_AUDIENCE and INHALE_FILE_LINKS=1.
 */
import type { UserConfig } from './plugins/eleventy-types.ts';
import { archivePagesPlugin, type ArchivePagesOptions } from './plugins/archive-pages.ts';
import { pagesPlugin } from './plugins/own-pages-layout.ts';
import { safetyPlugin } from './plugins/safety.ts';

/** Eleventy's settings (only a config file can set them): no template language runs on pages. */
export const config = {
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};

/** Adds inhale's plugins, the archive-pages plugin with `archivePages`. */
export function inhalePlugins(
  eleventyConfig: UserConfig,
  archivePages: Partial<ArchivePagesOptions> = {},
): void {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.addPlugin(safetyPlugin);
  eleventyConfig.addPlugin(archivePagesPlugin, archivePages);
  eleventyConfig.addPlugin(pagesPlugin);
}

/** The archive-pages options a person running Eleventy directly chose in the environment. */
function optionsFromEnvironment(): Partial<ArchivePagesOptions> {
  const audience = process.env.INHALE_AUDIENCE as ArchivePagesOptions['audience'] | undefined;
  return { audience, fileLinks: process.env.INHALE_FILE_LINKS === '1' };
}

export default function inhaleConfig(eleventyConfig: UserConfig) {
  inhalePlugins(eleventyConfig, optionsFromEnvironment());
}
