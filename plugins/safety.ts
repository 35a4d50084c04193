/**
 * safetyPlugin: Eleventy renders only the person's own pages (`<archive>/pages/`), never the
 * entries, and never runs front matter as code: JavaScript front matter engines throw, and
 * Markdown is not pre-processed by a template language.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import MarkdownIt from 'markdown-it';

import type { UserConfig } from './eleventy-types.ts';

const disabled = (language: string) => () => {
  throw new Error(
    `JavaScript front matter is disabled: "---${language}" never runs; use YAML front matter`,
  );
};

export function safetyPlugin(eleventyConfig: UserConfig): void {
  // Eleventy registers its own `js`/`javascript` engines and gray-matter falls back to eval
  // for any alias it knows, so every code-running engine is replaced, not just switched off.
  const engines = Object.fromEntries(
    ['js', 'javascript', 'JS', 'JavaScript', 'coffee', 'coffeescript', 'cson'].map((name) => [
      name,
      disabled(name),
    ]),
  );
  eleventyConfig.setFrontMatterParsingOptions({ engines });
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
    { render: () => 'User-agent: *\nDisallow: /\n' },
    { permalink: '/robots.txt', layout: false },
  );
}
