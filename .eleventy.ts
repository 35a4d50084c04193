/**
 * inhale's Eleventy configuration: it only adds plugins. The archive folder is Eleventy's input
 * (`inhale build --archive`, or Eleventy's `--input`); its entries are rendered by the archive-pages plugin, and
 * Eleventy renders the person's own pages in `<archive>/pages/`.
 */
import type { UserConfig } from './plugins/eleventy-types.ts';
import { archivePagesPlugin } from './plugins/archive-pages.ts';
import { pagesPlugin } from './plugins/own-pages-layout.ts';
import { safetyPlugin } from './plugins/safety.ts';

export default function inhaleConfig(eleventyConfig: UserConfig) {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.addPlugin(safetyPlugin);
  eleventyConfig.addPlugin(archivePagesPlugin);
  eleventyConfig.addPlugin(pagesPlugin);
  return {
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
