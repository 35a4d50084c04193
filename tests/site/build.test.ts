import assert from 'node:assert/strict';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { ArchiveSite } from '../../src/site/archive-site.ts';
import { quietly } from '../helpers/console.ts';
import { DEMO, temporaryFolder } from '../helpers/paths.ts';

async function listFiles(dir: string): Promise<string[]> {
  const items = await readdir(dir, { recursive: true, withFileTypes: true });
  return items
    .filter((item) => item.isFile())
    .map((item) => path.relative(dir, path.join(item.parentPath, item.name)));
}

/** Copies the demo archive (without caches) so a test may change it. */
async function copyOfDemo(): Promise<string> {
  const archive = path.join(temporaryFolder(), 'archive');
  await cp(DEMO, archive, {
    recursive: true,
    filter: (source) => !source.includes('.inhale-cache'),
  });
  return archive;
}

describe('building the demo archive', () => {
  const out = path.join(temporaryFolder(), 'dist');
  let files: string[] = [];
  let html = new Map<string, string>();
  const demo = (async () => {
    const site = new ArchiveSite(DEMO, path.join(temporaryFolder(), 'unused'));
    const { summaries } = await site.loadAll();
    await site.close();
    return { entries: summaries };
  })();

  before(async () => {
    await buildSite(DEMO, out);
    files = await listFiles(out);
    html = new Map(
      await Promise.all(
        files
          .filter((file) => file.endsWith('.html'))
          .map(async (file) => [file, await readFile(path.join(out, file), 'utf8')] as const),
      ),
    );
  });

  it('gives every entry a page that shows its id-derived URL and title', async () => {
    const { entries } = await demo;
    assert.ok(entries.length >= 200, `the demo has ${entries.length} entries`);
    const entryPages = files.filter(
      (file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(file) && !file.endsWith('/index.html'),
    );
    assert.equal(entryPages.length, entries.length);
  });

  it('counts entries right on year, month and day pages', async () => {
    const { entries } = await demo;
    const byDay = new Map<string, number>();
    for (const entry of entries)
      byDay.set(entry.date.slice(0, 10), (byDay.get(entry.date.slice(0, 10)) ?? 0) + 1);
    for (const [day, count] of byDay) {
      const page = html.get(`${day.replaceAll('-', '/')}/index.html`);
      assert.ok(page, `day page for ${day}`);
      assert.match(
        page,
        new RegExp(`<p class="lead">\\s*${count === 1 ? '1 entry' : `${count} entries`}`),
        day,
      );
    }
    const year2019 = entries.filter((entry) => entry.date.startsWith('2019')).length;
    assert.match(
      html.get('2019/index.html')!,
      new RegExp(`<p class="lead">\\s*${year2019} entries`),
    );
    const march = entries.filter((entry) => entry.date.startsWith('2019-03'));
    const monthPage = html.get('2019/03/index.html')!;
    assert.equal(monthPage.match(/<li class="card">/g)?.length, march.length);
  });

  it('shows every entry once on the "on this day" page of its calendar day', async () => {
    const { entries } = await demo;
    const pages = [...html].filter(([file]) =>
      /^on-this-day\/\d{2}-\d{2}\/index\.html$/.test(file),
    );
    const cards = pages.reduce(
      (sum, [, page]) => sum + (page.match(/<li class="card">/g)?.length ?? 0),
      0,
    );
    assert.equal(cards, entries.length);
    assert.match(html.get('on-this-day/02-29/index.html')!, /A leap day/);
  });

  it('keeps an entry on the day of its own offset', () => {
    assert.ok(files.includes('2022/12/31/new-year-in-new-york.html'));
  });

  it('renders template syntax in entries literally', () => {
    const page = html.get('2024/02/29/a-leap-day.html')!;
    assert.ok(page.includes('{{ 7*7 }}'), 'Nunjucks/Liquid output syntax is kept');
    assert.ok(page.includes('{% include &quot;x&quot; %}'), 'Liquid tags are kept');
    assert.ok(!page.includes('>49<'));
  });

  it('loads nothing from another host', () => {
    for (const [file, page] of html) {
      for (const match of page.matchAll(/<(img|script|link|iframe|source|video|audio)\b[^>]*>/g)) {
        const tag = match[0];
        assert.doesNotMatch(tag, /\b(src|href|srcset|poster)="(https?:)?\/\//, `${file}: ${tag}`);
      }
    }
  });

  it('puts a strict Content-Security-Policy first in the head of every page', () => {
    for (const [file, page] of html) {
      const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
      const metas = [...head.matchAll(/<(meta|link|title|script|style)\b[^>]*>/g)].map(
        (match) => match[0],
      );
      assert.match(metas[0]!, /charset="utf-8"/, file);
      assert.match(
        metas[1]!,
        /http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/,
        file,
      );
      assert.doesNotMatch(metas[1]!, /unsafe-inline|unsafe-eval/, file);
      assert.doesNotMatch(
        page,
        /<script(?![^>]*\bsrc=)|\sstyle=|<style/,
        `${file}: no inline script or style`,
      );
    }
  });

  it('asks search engines to stay away from every page', async () => {
    for (const [file, page] of html)
      assert.match(page, /<meta name="robots" content="noindex/, file);
    assert.equal(
      await readFile(path.join(out, 'robots.txt'), 'utf8'),
      'User-agent: *\nDisallow: /\n',
    );
    assert.ok(
      !files.some((file) => /sitemap|\.md$|\.map$/.test(file)),
      'no sitemap, Markdown or source maps',
    );
  });

  it('publishes photos without their metadata, upright and resized', async () => {
    const media = files.filter((file) => file.startsWith('media/'));
    const webp = media.filter((file) => file.endsWith('.webp'));
    assert.ok(webp.length >= 20);
    assert.equal(
      media.filter((file) => file.endsWith('.jpg')).length,
      webp.length,
      'a JPEG beside every WebP',
    );
    const { default: sharp } = await import('sharp');
    for (const [file, format] of [
      [webp[0]!, 'webp'],
      [webp[0]!.replace(/\.webp$/, '.jpg'), 'jpeg'],
    ]) {
      const meta = await sharp(path.join(out, file!)).metadata();
      assert.equal(meta.format, format);
      assert.equal(meta.exif, undefined);
    }
  });

  it('links pages relatively, so the site works under a sub-path', () => {
    for (const [file, page] of html) {
      // Shown at any depth, the 404 page links from pathPrefix instead (not-found.test.ts).
      if (file === '404.html') continue;
      for (const match of page.matchAll(/\b(?:href|src)="([^"]*)"/g)) {
        const url = match[1]!;
        if (/^(https?:|mailto:|data:|#)/.test(url)) continue;
        assert.ok(!url.startsWith('/'), `${file} links to ${url} from the root`);
        if (url.endsWith('/') || /\.(css|webp|jpg)$/.test(url)) {
          const target = path.normalize(path.join(path.dirname(file), url));
          assert.ok(
            files.includes(url.endsWith('/') ? path.join(target, 'index.html') : target),
            `${file} links to missing ${url}`,
          );
        }
      }
    }
  });

  it('writes nothing when nothing changed', async () => {
    const second = await buildSite(DEMO, out);
    assert.equal(second.summary.written, 0);
    assert.equal(
      second.summary.pages,
      second.summary.written + (second.summary.pages - second.summary.written),
    );
  });
});

describe('building archives with problems', () => {
  it('fails on JavaScript front matter and never runs it', async () => {
    const archive = await copyOfDemo();
    const marker = path.join(temporaryFolder(), 'pwned');
    for (const opening of ['---js', '---javascript']) {
      await writeFile(
        path.join(archive, 'journal', 'evil.md'),
        `${opening}\n{ id: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n`,
      );
      const build = () => buildSite(archive, path.join(archive, '..', 'out'));
      await assert.rejects(quietly(build), (error: Error) => {
        const text = `${error.message} ${String((error as { cause?: Error }).cause?.message)}`;
        assert.match(text, /evil\.md:1: front matter "---(js|javascript)" is not allowed/);
        return true;
      });
      assert.equal(existsSync(marker), false);
    }
  });

  it('fails on JavaScript front matter in a page Eleventy renders, and never runs it', async () => {
    const archive = await copyOfDemo();
    const marker = path.join(temporaryFolder(), 'pwned');
    await mkdir(path.join(archive, 'pages'), { recursive: true });
    await writeFile(
      path.join(archive, 'pages', 'about.md'),
      `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n# About\n`,
    );
    await assert.rejects(
      quietly(() => buildSite(archive, path.join(archive, '..', 'out'))),
      /JavaScript front matter is disabled|front matter/,
    );
    assert.equal(existsSync(marker), false);
  });

  it('renders a person’s own page in pages/ without a template language', async () => {
    const archive = await copyOfDemo();
    await mkdir(path.join(archive, 'pages'), { recursive: true });
    await writeFile(
      path.join(archive, 'pages', 'about.md'),
      '---\ntitle: About\n---\n# About me {{ 7*7 }} {% raw %}\n',
    );
    const out = path.join(archive, '..', 'out');
    await buildSite(archive, out);
    const page = await readFile(path.join(out, 'pages', 'about', 'index.html'), 'utf8');
    assert.match(page, /About me \{\{ 7\*7 \}\} \{% raw %\}/);
    assert.match(
      page,
      /^<!DOCTYPE html>[\s\S]*Content-Security-Policy[\s\S]*noindex[\s\S]*<title>About · /,
      'the site layout',
    );
    assert.equal(
      await readFile(path.join(out, 'robots.txt'), 'utf8'),
      'User-agent: *\nDisallow: /\n',
    );
  });
});
