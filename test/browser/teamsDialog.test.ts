import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { portraitJpeg } from '../photos/fixtures';
import { startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { isSummaryIn, photoQuestion, reachPhotoStep, waitForCall } from '../support/photoFlow';
import { launchChromium } from './browser';

/**
 * Inside Teams: a stand-in Teams web client (served as https://teams.microsoft.com by Playwright's
 * router) frames the page as a dialog and answers teams-js's postMessage protocol the way the
 * Teams host does: `initialize` and `getContext` with frameContext "task". It records what the
 * page sends, so the test sees `dialog.url.submit()` arrive as `tasks.completeTask`.
 */
describe('upload page as a Teams dialog', () => {
  let harness: Harness;
  let browser: Browser;

  beforeAll(async () => {
    harness = await startHarness();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  const hostPage = (src: string) => `<!doctype html><html><body>
<iframe id="dialog" src="${src}" width="600" height="900"></iframe>
<script>
  window.hostLog = [];
  window.addEventListener('message', (evt) => {
    const msg = evt.data;
    if (!msg || typeof msg.func !== 'string') return;
    window.hostLog.push({ func: msg.func, args: msg.args });
    const reply = (args) => evt.source.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, evt.origin);
    if (msg.func === 'initialize') reply(['task', 'web', '2.58.0']);
    if (msg.func === 'getContext') reply([{ frameContext: 'task', locale: 'en-us', hostClientType: 'web', theme: 'default' }]);
  });
</script></body></html>`;

  it('initialises teams-js, uploads, and closes the dialog with dialog.url.submit()', async () => {
    const user = new TeamsUser(harness);
    const { taskData } = photoQuestion(await reachPhotoStep(user));
    const fetched = await user.post(user.activity({ type: 'invoke', name: 'task/fetch', value: { data: taskData } }));
    // Chromium refuses to let a public https page frame a loopback server (local network access
    // checks), so the bot is reached under a public https name, proxied to the local server the
    // way a reverse proxy would. The signature covers the path only, so the link stays valid.
    const publicBase = 'https://id06-bot.example.test';
    const dialogUrl = (fetched.body.task.value.url as string).replace(harness.url, publicBase);

    const page = await browser.newPage();
    await page.route('https://res.cdn.office.net/**', (route) => route.abort());
    await page.route(`${publicBase}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(publicBase, harness.url) });
      await route.fulfill({ response });
    });
    await page.route('https://teams.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/html', body: hostPage(dialogUrl) }));
    await page.goto('https://teams.microsoft.com/_fake_host');
    const frame = page.frameLocator('#dialog');
    await frame.locator('body[data-mode="dialog"]').waitFor({ state: 'attached' });

    const mark = harness.connector.calls.length;
    await frame.locator('#file').setInputFiles({ name: 'anna.jpg', mimeType: 'image/jpeg', buffer: await portraitJpeg() });
    await frame.locator('#upload').click();
    const close = frame.locator('#close');
    await close.waitFor({ state: 'visible' });
    await waitForCall(harness, isSummaryIn(user.conversationId, mark, harness));

    await close.click();
    await page.waitForFunction(() => (window as any).hostLog.some((m: any) => m.func === 'tasks.completeTask'));
    const log: { func: string; args: unknown[] }[] = await page.evaluate(() => (window as any).hostLog);
    expect(log.map((m) => m.func)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'tasks.completeTask']));
    expect(log.find((m) => m.func === 'tasks.completeTask')!.args[0]).toEqual({ uploaded: true });
    await page.close();
  });
});
