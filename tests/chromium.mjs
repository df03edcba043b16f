// The Chromium the end-to-end tests and the bench drive, and the flags they start it with.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined for Playwright's own download.
 * Says what to install when there is none.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | undefined}
 */
export function chromiumPath(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => !!p && existsSync(p));
  if (env.CHROMIUM_PATH && found !== env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there.`);
  }
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      "  anywhere:      npx playwright install chromium   (Playwright's own build)\n" +
      'or set CHROMIUM_PATH to a Chrome or Chromium executable.',
  );
}

/** Flags that keep a headless Chromium quiet on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
