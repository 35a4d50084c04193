/** Debian's Chromium driven by playwright-core, with the flags the project's tests use. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext } from 'playwright-core';

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
