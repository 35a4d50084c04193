// Bench helper: the plain-script baseline of issue 22, a single-threaded script that only renders
// and writes the entry pages (gray-matter + markdown-it + writeFile), with nothing else a site
// needs. Walks the archive for entry files (skipping dot folders such as .inhale-cache), writes
// each as <out>/<path without .md>/index.html, and prints seconds, peak memory and CPU as JSON.
//   node scripts/bench/run-plain.mjs <archive> <out>
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';

import { printUsage } from './usage.mjs';

const [archive, out] = process.argv.slice(2);
if (!archive || !out) throw new Error('usage: run-plain.mjs <archive> <out>');
const started = performance.now();
const markdown = new MarkdownIt();
const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

async function* entryFiles(folder) {
  for (const item of await readdir(folder, { withFileTypes: true })) {
    if (item.name.startsWith('.')) continue;
    const full = path.join(folder, item.name);
    if (item.isDirectory()) yield* entryFiles(full);
    else if (item.name.endsWith('.md')) yield full;
  }
}

let pages = 0;
for await (const file of entryFiles(archive)) {
  // An options object, so gray-matter does not keep every file it parsed in its cache.
  const { data, content } = matter(await readFile(file, 'utf8'), {});
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(data.title ?? 'Entry')}</title><main>${markdown.render(content)}</main></html>`;
  const folder = path.join(out, path.relative(archive, file).slice(0, -3));
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.html'), html);
  pages++;
}
printUsage(started, { pages });
