/**
 * A page in `pages/` writes inside the output folder or not at all: a permalink such as
 * `../../x.html`, `/../x.html` or `%2e%2e/x.html` (a browser reads it as `..`) fails the build
 * naming the page and the permalink, before Eleventy writes that page.
 */
import path from 'node:path';

import { isInside } from '../src/archive/paths.ts';
import { InhaleError } from '../src/archive/errors.ts';

/** What Eleventy gives a linter as `this`. */
export interface PageInfo {
  inputPath?: string;
  outputPath?: string | false;
  url?: string | false;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Throws when `page.outputPath`, as written or percent-decoded, leaves the output folder. */
export function checkOutputPath(
  directories: { input: string; output: string },
  page: PageInfo,
): void {
  const target = page.outputPath;
  if (typeof target !== 'string') return;
  const root = path.resolve(directories.output);
  const relative = path.relative(root, path.resolve(target));
  const written = path.resolve(root, decoded(relative));
  if (isInside(root, path.resolve(target)) && isInside(root, written)) return;
  const file = page.inputPath ? path.relative(directories.input, page.inputPath) : 'a page';
  throw new InhaleError(
    `${file}: permalink "${page.url}" writes outside the output folder ${directories.output} (to ${written}); a page's permalink must stay inside it`,
  );
}
