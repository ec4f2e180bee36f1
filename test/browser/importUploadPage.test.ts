import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { makeXlsx } from '../import/helpers';
import { cardOf, flatten, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { badCheckDigit, good, HEADER } from '../support/importRows';
import { waitForCall } from '../support/photoFlow';
import { tempDir } from '../support/tmp';
import { cardProblems } from '../support/validateCard';
import { launchChromium, openWatchedPage } from './browser';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import file upload page in headless Chromium against the real server; the chat is the fake connector. */
describe('import upload page in Chromium', () => {
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

  async function uploadLink(user: TeamsUser, command = 'import'): Promise<string> {
    const card = cardOf((await user.say(command)).sent.at(-1));
    const link = card?.actions?.find((a: any) => a.type === 'Action.OpenUrl' && /\/upload\//.test(a.url));
    if (!link) throw new Error(`no upload link on ${JSON.stringify(card)}`);
    return link.url;
  }

  const openPage = () => openWatchedPage(browser);

  it('picks an .xlsx, shows its name and size, uploads, says to return to the chat, and the chat shows the checked result', async () => {
    const user = new TeamsUser(harness);
    const uploadUrl = await uploadLink(user);
    const { page, problems } = await openPage();
    expect((await page.goto(uploadUrl))?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Upload the import file');
    expect(await page.locator('#file').getAttribute('accept')).toBe('.xlsx,.zip');
    expect(await page.locator('#camera').count()).toBe(0);
    await page.waitForFunction(() => document.body.dataset.mode === 'plain');
    expect(await page.locator('#upload').isDisabled()).toBe(true);

    const workbook = await makeXlsx([HEADER, good(300), good(301), good(302), badCheckDigit]);
    await page.setInputFiles('#file', { name: 'Crew March.xlsx', mimeType: XLSX, buffer: workbook });
    const info = page.locator('#file-info');
    await info.waitFor({ state: 'visible' });
    expect(await info.textContent()).toBe(`Chosen: Crew March.xlsx (${Math.ceil(workbook.length / 1024)} KB)`);
    expect(await page.locator('#upload').isEnabled()).toBe(true);

    const mark = harness.connector.calls.length;
    await page.click('#upload');
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#done').textContent()).toContain('Received — return to the chat; the bot is checking your file.');
    expect(await page.locator('#upload-form').isHidden()).toBe(true);

    const checking = await waitForCall(
      harness,
      (c) => harness.connector.calls.indexOf(c) >= mark && c.conversationId === user.conversationId && c.kind !== 'update',
    );
    expect(flatten(checking.body)).toContain('Import: Crew March.xlsx');
    const result = await waitForCall(
      harness,
      (c) => c.kind === 'update' && c.activityId === checking.activityId && /Checked 4 rows/.test(flatten(c.body)),
      20_000,
    );
    expect(cardProblems(cardOf(result))).toEqual([]);
    expect(flatten(result.body)).toContain('Add 3 cardholders to the cart');
    expect(problems).toEqual([]);

    const used = await page.reload();
    expect(used?.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('This upload link has already been used');
    expect(await page.locator('p').textContent()).toContain('type import in the chat to get a new link');
    await page.close();
  });

  it('refuses a file over 20 MB in the page before uploading anything', async () => {
    const user = new TeamsUser(harness);
    const uploadUrl = await uploadLink(user);
    const { page } = await openPage();
    await page.goto(uploadUrl);
    // From disk: Chromium reads a local file itself, much faster than a 21 MB buffer sent over CDP.
    const dir = tempDir('id06-big-');
    try {
      writeFileSync(dir.file('photos.zip'), Buffer.alloc(21 * 1024 * 1024, 7));
      await page.setInputFiles('#file', dir.file('photos.zip'));
    } finally {
      dir.cleanup();
    }
    expect(await page.locator('#error').textContent()).toBe(
      'The file is 21 MB; the limit is 20 MB. Send the photos in several smaller ZIP files, or make them smaller.',
    );
    expect(await page.locator('#upload').isDisabled()).toBe(true);
    expect(await page.locator('#file-info').isHidden()).toBe(true);
    expect((await fetch(uploadUrl)).status).toBe(200);
    await page.close();
  });

  it('speaks Swedish when the link came from a Swedish chat', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    const uploadUrl = await uploadLink(user, 'importera');
    const { page } = await openPage();
    await page.goto(uploadUrl);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('h1').textContent()).toBe('Ladda upp importfilen');
    expect(await page.locator('label[for=file]').textContent()).toBe('Välj en fil');
    await page.setInputFiles('#file', { name: 'lista.xlsx', mimeType: XLSX, buffer: Buffer.alloc(1536 * 1024, 1) });
    expect(await page.locator('#file-info').textContent()).toBe('Vald: lista.xlsx (1,5 MB)');
    await page.close();
  });
});
