/** Debian's Chromium driven by playwright-core, with the flags the project's tests use. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { after, before } from 'node:test';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { buildSite } from '../../src/cli/build-site.ts';
import { startStaticServer, type StaticServer } from '../../src/cli/serve.ts';
import { quietly } from './console.ts';
import { temporaryFolder } from './paths.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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

/** What a page is watched for while it is open: each list given collects what it names. */
export interface PageWatch {
  /** Requests to any other host than 127.0.0.1 (`data:`, `blob:` and `file:` URLs are local). */
  readonly outside?: string[];
  /** Console errors and uncaught exceptions, after `label: ` when a label is given. */
  readonly errors?: string[];
  readonly label?: string;
}

const LOCAL_PROTOCOLS = new Set(['data:', 'blob:', 'file:']);

/** Collects into `watch`'s lists what `page` asks of other hosts and the errors it logs. */
export function watchPage(page: Page, watch: PageWatch): void {
  const { outside, errors, label } = watch;
  if (outside)
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!LOCAL_PROTOCOLS.has(url.protocol) && url.hostname !== '127.0.0.1')
        outside.push(request.url());
    });
  if (errors) {
    const push = (text: string) => errors.push(label === undefined ? text : `${label}: ${text}`);
    page.on('console', (message) => {
      if (message.type() === 'error') push(message.text());
    });
    page.on('pageerror', (error) => push(error.message));
  }
}

export interface OpenOptions extends PageWatch {
  /** The viewport's width, 900 px high; the context's 1100 × 900 when not given. */
  readonly width?: number;
  readonly colorScheme?: 'light' | 'dark';
  /** The browser's clock, fixed before the page loads. */
  readonly fixedTime?: Date;
}

/** A new page of the served site at `url` (relative to its root, or whole), watched as asked. */
export async function openPage(
  served: ServedSite,
  url: string,
  options: OpenOptions = {},
): Promise<Page> {
  const page = await served.browser.newPage();
  if (options.width !== undefined)
    await page.setViewportSize({ width: options.width, height: 900 });
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  watchPage(page, options);
  if (options.fixedTime) await page.clock.setFixedTime(options.fixedTime);
  await page.goto(new URL(url, served.base).href);
  return page;
}

/**
 * The serious and critical violations axe-core finds on a page, as `id (impact) at targets`.
 * Evaluated through the DevTools protocol: the site's CSP rightly refuses injected scripts.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  const results = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/**
 * For a describe block: builds the archive `archive` makes into a temporary folder (`out`),
 * with what the build prints kept quiet, then serves it in Chromium as serveInChromium does.
 */
export function serveBuiltSite(
  archive: () => Promise<string>,
): ServedSite & { readonly out: string } {
  const out = path.join(temporaryFolder(), 'dist');
  const served = serveInChromium(async () => {
    const { site } = await quietly(async () => buildSite(await archive(), out));
    await site.close();
    return out;
  });
  return Object.assign(served, { out });
}

/** A page with one known error, checked last: no report on it means the checker did not read the files. */
const NU_CANARY = '<!doctype html><html lang="en"><title>canary</title><p><div></p>';

/**
 * What the W3C Nu HTML checker (vnu-jar, run with Java) says is wrong with the HTML files of a
 * folder, as `file:line: message`; and how many files it read. Throws when the checker did not
 * run (no Java, a non-zero exit, output that is not its JSON report) or did not report on the
 * files (a canary page with a known error, checked after them, must be reported).
 */
export async function htmlErrors(dir: string): Promise<{ errors: string[]; files: number }> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
  if (files.length === 0) throw new Error(`No HTML files in ${dir} for the Nu checker`);
  const canary = path.join(mkdtempSync(path.join(tmpdir(), 'inhale-nu-')), 'canary.html');
  writeFileSync(canary, NU_CANARY);
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const args = ['-jar', vnu, '--errors-only', '--exit-zero-always', '--format', 'json'];
  const result = spawnSync('java', [...args, ...files, canary], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0)
    throw new Error(
      `The Nu checker did not run (java: ${result.error?.message ?? `exit status ${result.status}`}): ${result.stderr ?? ''}`.trim(),
      { cause: result.error },
    );
  const messages = nuMessages(result.stderr);
  const isCanary = (message: { url: string }) => message.url === `file:${canary}`;
  if (!messages.some(isCanary))
    throw new Error(`The Nu checker did not report the canary page's error: ${result.stderr}`);
  return {
    errors: messages
      .filter((message) => !isCanary(message))
      .map(
        (message) =>
          `${message.url.replace(`file:${dir}`, '')}:${message.lastLine}: ${message.message}`,
      ),
    files: files.length,
  };
}

function nuMessages(report: string): { url: string; message: string; lastLine: number }[] {
  try {
    const { messages } = JSON.parse(report) as {
      messages: { url: string; message: string; lastLine: number }[];
    };
    if (Array.isArray(messages)) return messages;
  } catch {
    // Reported below, with the output.
  }
  throw new Error(`The Nu checker's output is not its JSON report: ${report.slice(0, 500)}`);
}
