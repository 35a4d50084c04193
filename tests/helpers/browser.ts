/** Debian's Chromium driven by playwright-core, with the flags the project's tests use. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { after, before } from 'node:test';

import { chromium, type BrowserContext } from 'playwright-core';

import { startStaticServer, type StaticServer } from '../../src/cli/serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined when they can. In CI they always must. */
export function browserUnavailable(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is missing: .ci/run must install Debian's chromium`);
  return `${CHROMIUM} not found: install Debian's chromium to run browser tests`;
}

/** A browser context on a fresh profile folder; close it to end the browser. */
export async function launchChromium(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'inhale-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    viewport: { width: 1100, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface ServedSite {
  readonly port: number;
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  readonly browser: BrowserContext;
}

/**
 * For a describe block: before its tests, makes a site (`make` returns its folder), serves it on
 * 127.0.0.1 and opens Chromium; after them, closes both.
 */
export function serveInChromium(make: () => Promise<string>): ServedSite {
  let server: StaticServer | undefined;
  let browser: BrowserContext | undefined;
  before(async () => {
    server = await startStaticServer(await make(), 0, { liveReload: false });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get port() {
      return server!.port;
    },
    get base() {
      return `http://127.0.0.1:${server!.port}/`;
    },
    get browser() {
      return browser!;
    },
  };
}

/**
 * What the W3C Nu HTML checker (vnu-jar, run with Java) says is wrong with the HTML files of a
 * folder, as `file:line: message`; and how many files it read.
 */
export async function htmlErrors(dir: string): Promise<{ errors: string[]; files: number }> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { url: string; message: string; lastLine: number }[];
  };
  return {
    errors: messages.map(
      (message) =>
        `${message.url.replace(`file:${dir}`, '')}:${message.lastLine}: ${message.message}`,
    ),
    files: files.length,
  };
}
