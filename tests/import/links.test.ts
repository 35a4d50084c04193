// Every URL an export's posts hold must stay a working link on its page. Imported plain text and
// HTML are written as Markdown; a URL escaped there (`…/a\_b`, or the `\` of a line break after
// it) would be linked by the site as `…/a%5C_b`. Checked on every fixture of every source, at the
// Markdown → HTML step of the site (renderMarkdown), which is what a built page shows.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import MarkdownIt from 'markdown-it';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { htmlToMarkdown, plainTextToMarkdown } from '../../src/import/html.ts';
import { openView } from '../../src/import/file-view.ts';
import { REGISTRY, type RegisteredSource } from '../../src/import/registry.ts';
import type { ImportedEntry } from '../../src/import/types.ts';
import { renderMarkdown } from '../../src/site/markdown.ts';
import { sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/paths.ts';

const markdownIt = new MarkdownIt();

/** The hrefs of a body as the site renders it, decoded as a browser shows them. */
function hrefs(body: string): Set<string> {
  const { html } = renderMarkdown(body, { file: 'x/entry.md', images: [] });
  const found = new Set<string>();
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    const value = href!.replace(/&amp;/g, '&');
    found.add(value);
    // As the page shows a link's URL as its text (percent-escapes decoded, as markdown-it does).
    found.add(markdownIt.normalizeLinkText(value));
  }
  return found;
}

/** The http(s) URLs a reader sees in a body's text on its page, without the punctuation after them. */
function urlsOf(body: string): string[] {
  const { text } = renderMarkdown(body, { file: 'x/entry.md', images: [] });
  return [...text.matchAll(/https?:\/\/[^\s<>"\\]+/g)]
    .map(([url]) => url.replace(/[.,;:!?'"’”…*_]+$/, ''))
    .map((url) => (url.endsWith(')') && !url.includes('(') ? url.slice(0, -1) : url))
    .filter((url) => /^https?:\/\/[^/]+\.[^/]+/.test(url));
}

/**
 * The URLs of a body that are not whole links on its page: a URL a reader sees that no href
 * starts with, and every href that took a Markdown escape's backslash into it (`%5C`).
 */
function brokenLinks(body: string): string[] {
  const links = [...hrefs(body)];
  const { html } = renderMarkdown(body, { file: 'x/entry.md', images: [] });
  // The export's own link may end where its text goes on without a space (Telegram's link
  // entity before a spoiler): a link whose text is its URL says where the URL ends.
  const endsThere = (url: string) =>
    links.some(
      (href) => url.startsWith(href) && html.includes(`>${href.replace(/&/g, '&amp;')}</a>`),
    );
  return [
    // A backslash the export's URL had itself (`%5C` in a calendar's link) is not an escape's.
    ...links.filter((href) => /%5C|\\/i.test(href) && !body.includes('%5C')),
    ...urlsOf(body).filter((url) => !links.some((href) => href.startsWith(url)) && !endsThere(url)),
  ];
}

describe('a URL in imported text', () => {
  const cases: [string, string][] = [
    ['with an underscore', 'read https://example.org/a_b_c today'],
    ['at the end of a line', 'first https://example.org/end\nsecond line'],
    ['with markup characters', 'see https://example.org/?q=*a*&b=[c]'],
    ['ending a sentence', 'at https://example.org/x_y.'],
  ];
  for (const [name, text] of cases) {
    it(`stays a whole link ${name} (plain text)`, () => {
      assert.deepEqual(brokenLinks(plainTextToMarkdown(text)), []);
      const url = /https:\S+?(?=\.?$|\s)/m.exec(text)![0];
      assert.ok(hrefs(plainTextToMarkdown(text)).has(url), url);
    });
    it(`stays a whole link ${name} (HTML)`, () => {
      const html = `<p>${text.replace(/\n/g, '<br>').replace(/&/g, '&amp;')}</p>`;
      const markdown = htmlToMarkdown(html);
      assert.deepEqual(brokenLinks(markdown), [], markdown);
      const url = /https:\S+?(?=\.?$|\s)/m.exec(text)![0];
      assert.ok(hrefs(markdown).has(url), markdown);
    });
  }

  it('in a link’s own text stays text, and the link keeps its href', () => {
    const markdown = htmlToMarkdown(
      '<p><a href="https://example.org/a_b">https://example.org/a_b</a> or <a href="https://example.org/c_d">the c_d page</a></p>',
    );
    assert.equal(
      markdown,
      '<https://example.org/a_b> or [the c\\_d page](https://example.org/c_d)',
    );
    assert.deepEqual(
      [...hrefs(markdown)].filter((href) => href.startsWith('https')),
      ['https://example.org/a_b', 'https://example.org/c_d'],
    );
  });

  it('that is a javascript: or data: URL is not made a link', () => {
    const markdown = plainTextToMarkdown('javascript:alert(1) data:text/html,<b>x</b>');
    assert.ok(![...hrefs(markdown)].some((href) => /^(javascript|data):/.test(href)));
  });
});

/**
 * The exports under a fixture folder: those its sub-folders and files hold, else the folder
 * itself when its importer knows it (a folder of several samples is read one sample at a time).
 */
async function exportsUnder(
  source: RegisteredSource,
  folder: string,
  depth = 0,
): Promise<string[]> {
  const inputs = path.join(folder, 'input');
  if (existsSync(inputs)) return [inputs];
  if (statSync(folder).isDirectory() && depth < 3) {
    const found: string[] = [];
    for (const name of readdirSync(folder).sort())
      found.push(...(await exportsUnder(source, path.join(folder, name), depth + 1)));
    if (found.length > 0) return found;
  }
  const view = await openView(folder).catch(() => undefined);
  if (!view) return [];
  try {
    return (await source.importer.detect(view)) > 0 ? [folder] : [];
  } finally {
    await view.close();
  }
}

async function entriesOf(source: RegisteredSource, input: string): Promise<ImportedEntry[]> {
  const view = await openView(input);
  const entries: ImportedEntry[] = [];
  try {
    for await (const item of source.importer.read(view, {
      config: ArchiveConfigSchema.parse({}),
      include: new Set(Object.keys(source.definition.include)),
      people: new Map(),
    }))
      if (item.type === 'entry') entries.push(item.entry);
  } catch {
    // A fixture that is refused on purpose (a damaged export) has no posts to check.
  } finally {
    await view.close();
  }
  return entries;
}

describe('every URL of every fixture of every source', { skip: sharedFixturesMissing() }, () => {
  for (const source of REGISTRY) {
    it(`survives as a working href on its page: ${source.definition.name}`, async () => {
      let checked = 0;
      const broken: string[] = [];
      for (const fixture of source.definition.fixtures) {
        const folder = path.resolve(REPO, fixture);
        if (!existsSync(folder)) continue;
        for (const input of await exportsUnder(source, folder))
          for (const entry of await entriesOf(source, input)) {
            checked += urlsOf(entry.body).length;
            for (const url of brokenLinks(entry.body))
              broken.push(`${path.relative(REPO, input)}: ${entry.data.id}: ${url}`);
          }
      }
      assert.deepEqual(broken, []);
      // The fixtures of these sources hold URLs (58, 162, 137 and 43 of them today): a fixture
      // that stops being read must not pass unseen.
      if (['twitter', 'mastodon', 'feed', 'mail'].includes(source.definition.name))
        assert.ok(checked > 0, `no URL checked for ${source.definition.name}`);
    });
  }
});
