import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import Eleventy from '@11ty/eleventy';

import { CODE_ENGINES } from '../../plugins/front-matter-guard.ts';
import { safetyPlugin } from '../../plugins/safety.ts';
import type { UserConfig } from '../../plugins/eleventy-types.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { newArchive } from '../helpers/archives.ts';
import { everyByte } from '../helpers/canary.ts';
import { quietly } from '../helpers/console.ts';
import { temporaryFolder } from '../helpers/paths.ts';

/** Front matter that creates `marker` when any engine evaluates it. */
const codeRunning = (language: string, marker: string) =>
  `---${language}\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n# Hi\n`;

/** Builds a new archive whose `pages/` holds `files`; returns the error, if the build failed. */
async function buildPages(files: Record<string, string>, out?: string): Promise<Error | undefined> {
  const archive = await newArchive();
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(archive, 'pages', name)), { recursive: true });
    await writeFile(path.join(archive, 'pages', name), text);
  }
  try {
    // Eleventy logs the error it rejects with: the test reads the rejection instead.
    await quietly(() => buildSite(archive, out ?? path.join(archive, '..', 'dist')));
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** The message of an error and of its causes, as the CLI looks through them. */
function messages(error: Error | undefined): string {
  const found: string[] = [];
  for (let current: unknown = error; current;) {
    found.push((current as Error).message);
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return found.join('\n');
}

function assertRefused(error: Error | undefined, file: string, language: string): void {
  assert.ok(error, `the build of ---${language} must fail`);
  const escaped = `---${language}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  assert.match(
    messages(error),
    new RegExp(`${file}:1: front matter "${escaped}" is not allowed in a page`),
  );
}

describe('front matter languages in pages/', () => {
  const names = [
    ...CODE_ENGINES,
    'JS',
    'JavaScript',
    'JSLEGACY',
    'Json',
    'toml',
    'foo',
    'constructor',
    '__proto__',
  ];
  for (const language of names) {
    it(`refuses ---${language} front matter in a page and never runs it`, async () => {
      const marker = path.join(temporaryFolder(), 'pwned');
      const error = await buildPages({ 'about.md': codeRunning(language, marker) });
      assertRefused(error, 'pages/about\\.md', language);
      assert.equal(existsSync(marker), false, 'the front matter ran');
    });
  }

  it('refuses ---jsLegacy with a trailing space, in a page in a subfolder, as an .njk file', async () => {
    const marker = path.join(temporaryFolder(), 'pwned');
    const error = await buildPages({ 'deep/er/page.njk': codeRunning('jsLegacy  ', marker) });
    assertRefused(error, 'page\\.njk', 'jsLegacy');
    assert.equal(existsSync(marker), false, 'the front matter ran');
  });

  it('refuses ---jsLegacy after a byte order mark and with CRLF line endings', async () => {
    const marker = path.join(temporaryFolder(), 'pwned');
    const text = `\uFEFF${codeRunning('jsLegacy', marker).replace(/\n/g, '\r\n')}`;
    assertRefused(await buildPages({ 'crlf.md': text }), 'crlf\\.md', 'jsLegacy');
    assert.equal(existsSync(marker), false, 'the front matter ran');
  });

  for (const language of ['js', 'javascript']) {
    it(`refuses ---${language} front matter written as statements, not an object`, async () => {
      const marker = path.join(temporaryFolder(), 'pwned');
      const statements = `const fs = process.getBuiltinModule('node:fs');\nfs.writeFileSync(${JSON.stringify(marker)}, 'x');\nconst title = 'x';`;
      const error = await buildPages({ 'code.md': `---${language}\n${statements}\n---\n# Hi\n` });
      assertRefused(error, 'pages/code\\.md', language);
      assert.equal(existsSync(marker), false, 'the front matter ran');
    });
  }

  it('reads YAML front matter however its language is spelled', async () => {
    for (const opening of ['---', '---yaml', '---YAML ', '---yml', '---Yml']) {
      const error = await buildPages({ 'about.md': `${opening}\ntitle: About\n---\n# About\n` });
      assert.equal(error, undefined, `${opening}: ${error?.message}`);
    }
  });

  // Without the scan before the build, the engines themselves must refuse: a virtual template
  // is not a file in pages/, so only the replaced engines stand between it and eval.
  for (const language of [...CODE_ENGINES, 'JS', 'JavaScript']) {
    it(`replaces the ---${language} engine itself so that it throws`, async () => {
      const marker = path.join(temporaryFolder(), 'pwned');
      const input = temporaryFolder();
      const eleventy = new Eleventy(input, path.join(input, '_site'), {
        quietMode: true,
        config(config: UserConfig) {
          safetyPlugin(config);
          config.addTemplate('virtual.md', codeRunning(language, marker));
        },
      });
      await assert.rejects(
        quietly(() => eleventy.toJSON()),
        (error: Error) => {
          assert.match(messages(error), /virtual\.md:1: front matter "---\w+" is not allowed/);
          return true;
        },
      );
      assert.equal(existsSync(marker), false, 'the front matter ran');
    });
  }
});

describe('permalinks of pages in pages/', () => {
  const outside: [string, string][] = [
    ['../x.html', 'a parent folder'],
    ['../../x.html', 'two folders up'],
    ['%2e%2e/x.html', 'percent-encoded dots'],
    ['%2E%2E%2Fx.html', 'percent-encoded dots and slash in capitals'],
    ['../dist2/x.html', 'a sibling folder whose name starts with the output folder’s'],
    ['sub/../../x.html', 'a folder and back out past the root'],
  ];
  for (const [permalink, what] of outside) {
    it(`refuses a permalink to ${what} (${permalink}) and writes nothing there`, async () => {
      const root = temporaryFolder();
      const out = path.join(root, 'deep', 'dist');
      const error = await buildPages(
        { 'evil.md': `---\npermalink: "${permalink}"\n---\n# x\n` },
        out,
      );
      assert.ok(error, 'the build must fail');
      assert.match(
        messages(error),
        /^pages\/evil\.md: permalink ".*x\.html" writes outside the output folder/m,
      );
      const escaped = path.resolve(out, decodeURIComponent(permalink.replace(/^\//, '')));
      assert.equal(existsSync(escaped), false, `${escaped} was written`);
    });
  }

  it('refuses a permalink computed through eleventyComputed', async () => {
    const root = temporaryFolder();
    const out = path.join(root, 'dist');
    const page = '---\neleventyComputed:\n  permalink: "../{{ page.fileSlug }}.html"\n---\n';
    const error = await buildPages({ 'computed.njk': page }, out);
    assert.match(
      messages(error),
      /^pages\/computed\.njk: permalink "\/\.\.\/computed\.html" writes outside/m,
    );
    assert.equal(existsSync(path.join(root, 'computed.html')), false);
  });

  it('writes pages whose permalink stays inside the output folder, dots and all', async () => {
    const root = temporaryFolder();
    const out = path.join(root, 'dist');
    const error = await buildPages(
      {
        'a.md': '---\npermalink: notes/../about.html\n---\n# a\n',
        'b.md': '---\npermalink: /deep/page..html\n---\n# b\n',
        'c.md': '---\npermalink: false\n---\n# c\n',
        'd.md': '---\npermalink: /../../climb.html\n---\n# d\n',
      },
      out,
    );
    assert.equal(error, undefined, error?.message);
    assert.ok(existsSync(path.join(out, 'about.html')));
    assert.ok(existsSync(path.join(out, 'deep', 'page..html')));
    // Eleventy clamps a root-relative climb at the output folder.
    assert.ok(existsSync(path.join(out, 'climb.html')));
    assert.equal(existsSync(path.join(root, 'climb.html')), false);
  });
});

describe('imported content and template engines', () => {
  it('shows an entry body with {{ 7*7 }} and {% include "/etc/passwd" %} literally', async () => {
    const archive = await newArchive();
    const folder = path.join(archive, 'journal', '2024', '05');
    await mkdir(folder, { recursive: true });
    const body = 'Sum {{ 7*7 }}\n\nAnd {% include "/etc/passwd" %} and {{ "x" | upcase }} #{7*7}';
    await writeFile(
      path.join(folder, '01-curly.md'),
      `---\nid: journal:curly\nsource: journal\nkind: note\ndate: 2024-05-01T09:00:00Z\ntitle: "{{ 6*6 }} {% raw %}"\n---\n${body}\n`,
    );
    const out = path.join(archive, '..', 'dist');
    await buildSite(archive, out);
    const pages = (await everyByte(out)).filter(({ file }) => file.endsWith('.html'));
    const text = pages.map(({ bytes }) => bytes.toString('utf8')).join('\n');
    assert.match(
      text,
      /Sum \{\{ 7\*7 \}\}[\s\S]*And \{% include (&quot;|")\/etc\/passwd(&quot;|") %\}/,
    );
    assert.match(text, /\{\{ (&quot;|")x(&quot;|") \| upcase \}\} #\{7\*7\}/);
    assert.match(text, /\{\{ 6\*6 \}\} \{% raw %\}/, 'the title is shown literally too');
    assert.doesNotMatch(text, /root:x:0:0|Sum 49/);
  });
});
