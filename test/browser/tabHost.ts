import type { Browser, FrameLocator, Page } from 'playwright-core';
import { openWatchedPage } from './browser';

/**
 * A stand-in Teams web client (served as https://teams.microsoft.com by Playwright's router) that
 * frames the Orders tab and answers teams-js's postMessage protocol as the Teams host does:
 * `initialize`, `getContext` (locale, theme, frame context) and `authentication.getAuthToken`
 * with whatever token the test put in `window.hostToken`. It records every message the tab sends.
 */
const hostPage = (src: string, context: HostContext, token: string | null) => `<!doctype html><html><body style="margin:0">
<iframe id="tab" src="${src}" width="1200" height="1400" style="border:0"></iframe>
<script>
  window.hostLog = [];
  window.hostToken = ${JSON.stringify(token)};
  const context = ${JSON.stringify(context)};
  window.addEventListener('message', (evt) => {
    const msg = evt.data;
    if (!msg || typeof msg.func !== 'string') return;
    window.hostLog.push({ func: msg.func, args: msg.args });
    const reply = (args) => evt.source.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, evt.origin);
    if (msg.func === 'initialize') reply([context.frameContext, 'web', '2.58.0']);
    if (msg.func === 'getContext') reply([{ ...context, hostClientType: 'web' }]);
    if (msg.func === 'authentication.getAuthToken') reply(window.hostToken ? [true, window.hostToken] : [false, 'resourceDisabled']);
  });
  window.sendThemeChange = (theme) => document.getElementById('tab').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
</script></body></html>`;

export interface HostContext {
  frameContext: 'content' | 'settings';
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  /** A deep link's `subEntityId` (teams-js hands it to the tab as `page.subPageId`). */
  subEntityId?: string;
}

export interface TeamsHost {
  page: Page;
  tab: FrameLocator;
  problems: string[];
  /** Funcs the tab sent to the host, in order. */
  log(): Promise<{ func: string; args: unknown[] }[]>;
  close(): Promise<void>;
}

/** Opens `path` (under `publicBase`, proxied to `serverUrl`) as a Teams tab whose SSO answers with `token`. */
export async function openInTeams(
  browser: Browser,
  opts: { serverUrl: string; publicBase: string; path: string; token: string | null; context?: Partial<HostContext> },
): Promise<TeamsHost> {
  const { page, problems } = await openWatchedPage(browser);
  const context: HostContext = { frameContext: 'content', locale: 'en-us', theme: 'default', ...opts.context };
  await page.route('https://res.cdn.office.net/**', (route) => route.abort());
  // Chromium refuses to let a public https page frame a loopback server, so the bot is reached
  // under a public https name and proxied, as a reverse proxy would.
  await page.route(`${opts.publicBase}/**`, async (route) => {
    try {
      const response = await route.fetch({ url: route.request().url().replace(opts.publicBase, opts.serverUrl) });
      await route.fulfill({ response });
    } catch {
      // The request is gone before its answer: the page closed, or the tab navigated or re-rendered
      // and the browser cancelled it (the tab polls as it renders). Throwing here would surface as an
      // unhandled rejection that fails the whole run; a request the tab really needed shows up as a
      // missing view, which the tests assert on.
      await route.abort().catch(() => undefined);
    }
  });
  await page.route('https://teams.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(`${opts.publicBase}${opts.path}`, context, opts.token) }),
  );
  await page.goto('https://teams.microsoft.com/_fake_host');
  return {
    page,
    tab: page.frameLocator('#tab'),
    problems,
    log: () => page.evaluate(() => (window as any).hostLog),
    close: () => page.close(),
  };
}
