import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import Eleventy from '@11ty/eleventy';

import { archivePagesPlugin, archivePagesOptions } from '../../plugins/archive-pages.ts';
import type { UserConfig } from '../../plugins/eleventy-types.ts';
import { pagesPlugin } from '../../plugins/own-pages-layout.ts';
import { safetyPlugin } from '../../plugins/safety.ts';
import type { ArchiveSite, BuildSummary } from '../../src/site/archive-site.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import { archiveWithSecrets, CANARY, everyByte, found } from '../helpers/canary.ts';
import { REPO, temporaryFolder } from '../helpers/paths.ts';

/** A config that records what a plugin asks of it, and fails its version check on request. */
function recordingConfig(options: { isOldEleventy?: boolean } = {}) {
  const calls: string[] = [];
  const config = new Proxy({} as UserConfig, {
    get(_target, name: string) {
      if (name === 'directories') return { input: temporaryFolder(), output: temporaryFolder() };
      if (name === 'frontMatterParsingOptions') return undefined;
      if (name === 'ignores') return { add: () => calls.push('ignores.add') };
      return (...args: unknown[]) => {
        calls.push(name === 'versionCheck' ? `versionCheck ${args[0]}` : name);
        if (name === 'versionCheck' && options.isOldEleventy)
          throw new Error('This project requires the Eleventy version to match ">=3.0"');
      };
    },
  });
  return { config, calls };
}

describe('archivePagesPlugin options', () => {
  it('uses the defaults when given no options: a private site with folder links', () => {
    assert.deepEqual(archivePagesOptions({}), {
      audience: 'private',
      fileLinks: false,
      keepRecords: false,
      onBuild: undefined,
    });
  });

  it('keeps a default when an option is given as undefined', () => {
    assert.equal(archivePagesOptions({ audience: undefined }).audience, 'private');
  });

  const refusals: [string, unknown, RegExp][] = [
    [
      'audience',
      { audience: 'x' },
      /^archivePagesPlugin: option "audience" must be one of private, friends, public; got "x"$/,
    ],
    [
      'fileLinks',
      { fileLinks: '1' },
      /^archivePagesPlugin: option "fileLinks" must be true or false; got "1"$/,
    ],
    [
      'onBuild',
      { onBuild: 'print' },
      /^archivePagesPlugin: option "onBuild" must be a function; got "print"$/,
    ],
    [
      'an unknown option',
      { audiance: 'public' },
      /^archivePagesPlugin: unknown option "audiance"; its options are audience, fileLinks, keepRecords, onBuild$/,
    ],
  ];
  for (const [what, options, message] of refusals) {
    it(`refuses a wrong ${what}, naming the plugin and the option`, () => {
      const { config, calls } = recordingConfig();
      assert.throws(() => archivePagesPlugin(config, options as never), { message });
      assert.deepEqual(calls, ['versionCheck >=3.0'], 'it registered something before refusing');
    });
  }

  for (const [name, plugin] of [
    ['safetyPlugin', safetyPlugin],
    ['pagesPlugin', pagesPlugin],
  ] as const) {
    it(`${name} refuses any option, since it takes none`, () => {
      const { config } = recordingConfig();
      assert.throws(() => plugin(config, { strict: false } as never), {
        message: new RegExp(`^${name}: unknown option "strict"; it takes none$`),
      });
    });
  }
});

describe('the Eleventy version check', () => {
  for (const [name, plugin] of [
    ['archivePagesPlugin', archivePagesPlugin],
    ['safetyPlugin', safetyPlugin],
    ['pagesPlugin', pagesPlugin],
  ] as const) {
    it(`${name} checks for Eleventy 3 before it registers anything`, () => {
      const { config, calls } = recordingConfig();
      plugin(config);
      assert.equal(calls[0], 'versionCheck >=3.0');
      const old = recordingConfig({ isOldEleventy: true });
      assert.throws(() => plugin(old.config), /Eleventy version to match ">=3\.0"/);
      assert.deepEqual(old.calls, ['versionCheck >=3.0']);
    });
  }
});

describe('two builds in one process', () => {
  it('run at the same time with different audiences, each sees only its own options and summary', async () => {
    const archive = await archiveWithSecrets();
    const [privateOut, publicOut] = [temporaryFolder(), temporaryFolder()];
    const [privateBuild, publicBuild] = await Promise.all([
      buildSite(archive, privateOut, { audience: 'private' }),
      buildSite(archive, publicOut, { audience: 'public', fileLinks: true }),
    ]);
    await Promise.all([privateBuild.site.close(), publicBuild.site.close()]);
    assert.equal(publicBuild.summary.entries, 2);
    assert.ok(privateBuild.summary.entries > 2, `${privateBuild.summary.entries} entries`);
    assert.notEqual(privateBuild.site, publicBuild.site);
    assert.deepEqual(found(await everyByte(publicOut), CANARY), []);
    assert.notDeepEqual(found(await everyByte(privateOut), CANARY), []);
    const home = (out: string) => readFile(path.join(out, 'index.html'), 'utf8');
    assert.match(await home(publicOut), /href="\.\/2024\/index\.html"/);
    assert.doesNotMatch(await home(privateOut), /href="\.\/2024\/index\.html"/);
    assert.equal(process.env.INHALE_AUDIENCE, undefined);
    assert.equal(process.env.INHALE_FILE_LINKS, undefined);
  });

  it('an Eleventy run with the plugin and no options after a public build is private again', async () => {
    const archive = await archiveWithSecrets();
    const publicBuild = await buildSite(archive, temporaryFolder(), { audience: 'public' });
    await publicBuild.site.close();
    const built: [BuildSummary, ArchiveSite][] = [];
    const out = temporaryFolder();
    const eleventy = new Eleventy(archive, out, {
      configPath: false,
      quietMode: true,
      config(config: UserConfig) {
        safetyPlugin(config);
        archivePagesPlugin(config, { onBuild: (...args) => built.push(args) });
      },
    });
    await eleventy.toJSON();
    assert.equal(built.length, 1);
    const [[summary, site]] = built as [[BuildSummary, ArchiveSite]];
    await site.close();
    assert.ok(summary.entries > publicBuild.summary.entries, `${summary.entries} entries`);
    assert.ok(existsSync(path.join(out, 'index.html')));
  });
});

describe('.eleventy.ts', () => {
  /** The secrets archive with a page in pages/ that a template language would change. */
  async function archiveWithPage(): Promise<string> {
    const archive = await archiveWithSecrets();
    await mkdir(path.join(archive, 'pages'));
    await writeFile(path.join(archive, 'pages', 'about.md'), '# About\n\nSum {{ 7*7 }}\n');
    return archive;
  }

  it('run by Eleventy directly, builds a private site with the defaults and no template language on pages', async () => {
    const archive = await archiveWithPage();
    const out = temporaryFolder();
    const eleventy = new Eleventy(archive, out, {
      configPath: path.join(REPO, '.eleventy.ts'),
      quietMode: true,
    });
    const pages = (await eleventy.toJSON()) as { url?: string; content?: string }[];
    const about = pages.find((page) => page.url === '/pages/about/');
    assert.match(about?.content ?? '', /Sum \{\{ 7\*7 \}\}/);
    assert.notDeepEqual(found(await everyByte(out), CANARY), [], 'the private entry is missing');
  });

  it('gives inhale build the same settings: no template language on pages', async () => {
    const archive = await archiveWithPage();
    const out = temporaryFolder();
    const { site } = await buildSite(archive, out);
    await site.close();
    const about = await readFile(path.join(out, 'pages', 'about', 'index.html'), 'utf8');
    assert.match(about, /Sum \{\{ 7\*7 \}\}/);
  });
});
