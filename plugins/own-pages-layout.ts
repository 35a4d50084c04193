/**
 * pagesPlugin: a person's own pages (`<archive>/pages/`) get the site's layout, so they carry
 * the same head (Content-Security-Policy, noindex, no-referrer), navigation and stylesheet.
 */
import { basePage, rootOf } from '../layouts/base.ts';
import { trusted } from '../src/shared/html.ts';
import type { UserConfig } from './eleventy-types.ts';
import { ELEVENTY_VERSIONS, mergeOptions } from './plugin-options.ts';

interface PageData {
  title?: string;
  content: string;
  page: { url: string | false };
  archive?: { title: string; owner: string; language?: string };
}

/** pagesPlugin takes no options yet: every page gets the site's head, for its safety. */
export type PagesOptions = Record<string, never>;

export const defaults: PagesOptions = {};

export function pagesPlugin(eleventyConfig: UserConfig, options: Partial<PagesOptions> = {}): void {
  eleventyConfig.versionCheck(ELEVENTY_VERSIONS);
  mergeOptions('pagesPlugin', defaults, options);
  eleventyConfig.addTemplate('_includes/inhale-page.11ty.js', {
    render(data: PageData) {
      const url = typeof data.page.url === 'string' ? data.page.url.replace(/^\//, '') : '';
      const site = {
        title: data.archive?.title ?? 'My archive',
        owner: data.archive?.owner ?? '',
        language: data.archive?.language ?? 'en',
      };
      return basePage(
        { site, url, root: rootOf(url) },
        { title: data.title ?? site.title, body: trusted(data.content) },
      );
    },
  });
  eleventyConfig.addGlobalData('layout', 'inhale-page.11ty.js');
}
