/**
 * safetyPlugin: Eleventy renders only the person's own pages (`<archive>/pages/`), never the
 * entries, never runs front matter as code (only YAML is read), never writes outside the output
 * folder, and Markdown is not pre-processed by a template language.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import MarkdownIt from 'markdown-it';

import type { UserConfig } from './eleventy-types.ts';
import { checkPagesFrontMatter, refusingEngines } from './front-matter-guard.ts';
import { checkOutputPath, type PageInfo } from './output-guard.ts';
import { ELEVENTY_VERSIONS, mergeOptions } from './plugin-options.ts';

/**
 * safetyPlugin takes no options yet: each thing it does keeps the site safe, so none of them
 * is optional. An option given is refused by name, rather than ignored.
 */
export type SafetyOptions = Record<string, never>;

export const defaults: SafetyOptions = {};

/** Every site's robots.txt: no crawler is welcome. */
export const ROBOTS_TXT = 'User-agent: *\nDisallow: /\n';

export function safetyPlugin(
  eleventyConfig: UserConfig,
  options: Partial<SafetyOptions> = {},
): void {
  eleventyConfig.versionCheck(ELEVENTY_VERSIONS);
  mergeOptions('safetyPlugin', defaults, options);
  // Eleventy registers its own `javascript` and `jsLegacy` (gray-matter's eval) engines. They
  // are replaced by assignment: setFrontMatterParsingOptions deep-merges, and a function never
  // replaces an engine that is an object (`jsLegacy` is `{ parse, stringify }`).
  const parsing = eleventyConfig.frontMatterParsingOptions;
  if (parsing)
    parsing.engines = {
      ...parsing.engines,
      ...refusingEngines(Object.keys(parsing.engines ?? {})),
    };
  else eleventyConfig.setFrontMatterParsingOptions({ engines: refusingEngines() });
  eleventyConfig.on('eleventy.before', ({ directories }) =>
    checkPagesFrontMatter(path.join(directories.input, 'pages'), 'pages'),
  );
  eleventyConfig.addLinter('inside-output', function (this: PageInfo) {
    checkOutputPath(eleventyConfig.directories, this);
  });
  eleventyConfig.setLibrary(
    'md',
    new MarkdownIt({ html: false, linkify: true, typographer: true }),
  );

  // Everything in the archive folder but `pages/` belongs to the archive-pages plugin.
  const input = eleventyConfig.directories.input;
  for (const item of readdirSync(input, { withFileTypes: true })) {
    if (item.name === 'pages') continue;
    // Eleventy joins ignores onto '.', so they must be relative to the working directory.
    const relative = path
      .relative(process.cwd(), path.join(input, item.name))
      .split(path.sep)
      .join('/');
    eleventyConfig.ignores.add(relative + (item.isDirectory() ? '/**' : ''));
  }
  eleventyConfig.addTemplate(
    'robots.11ty.js',
    { render: () => ROBOTS_TXT },
    { permalink: '/robots.txt', layout: false },
  );
}
