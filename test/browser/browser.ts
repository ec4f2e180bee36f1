import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); never a Playwright-downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
/** Without these, Chromium tries Google's hosts at every start on this closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The one launcher of browser and end-to-end tests. A missing Chromium fails them loudly (CI installs it). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does this)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A fresh page that records script errors and console errors (CSP violations show there).
 * teams-js asks its CDN for the current Teams origins (allowed by the CSP); offline that fails and
 * it uses its bundled list, so those errors, like a missing favicon, are not problems.
 */
export async function openWatchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon|res\.cdn\.office\.net/.test(msg.location().url)) problems.push(`console: ${msg.text()}`);
  });
  return { page, problems };
}
