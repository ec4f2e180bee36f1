import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { portraitJpeg, solid } from '../photos/fixtures';
import { cardOf, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { isSummaryIn, photoQuestion, reachPhotoStep, waitForCall } from '../support/photoFlow';
import { cardProblems } from '../support/validateCard';
import { launchChromium, openWatchedPage } from './browser';

/** The upload page in headless Chromium against the real server; the chat is the fake connector. */
describe('upload page in Chromium', () => {
  let harness: Harness;
  let browser: Browser;
  let photo: Buffer;
  let clockOffsetMs = 0;

  beforeAll(async () => {
    harness = await startHarness({}, { now: () => new Date(Date.now() + clockOffsetMs) });
    browser = await launchChromium();
    photo = await portraitJpeg();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  const openPage = () => openWatchedPage(browser);

  const jpegFile = (buffer: Buffer, name = 'anna.jpg') => ({ name, mimeType: 'image/jpeg', buffer });

  it('picks a photo, shows it whole (the server crops it around the face), uploads, and the chat continues with the summary', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const { page, problems } = await openPage();
    const response = await page.goto(uploadUrl);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Upload the photo of Anna Berg');
    // Outside Teams, teams-js cannot initialise: the page says so by falling back to plain mode.
    await page.waitForFunction(() => document.body.dataset.mode === 'plain');
    expect(await page.locator('#upload').isDisabled()).toBe(true);

    await page.setInputFiles('#file', jpegFile(photo));
    const preview = page.locator('#preview-img');
    await preview.waitFor({ state: 'visible' });
    expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(900);
    const box = (await preview.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(3 / 4, 2);
    expect(await preview.evaluate((img) => getComputedStyle(img).objectFit)).toBe('contain');
    expect(await page.locator('figcaption').textContent()).toContain('cropped around the face automatically');

    const mark = harness.connector.calls.length;
    await page.click('#upload');
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#done').textContent()).toContain('Return to the chat in Teams to continue');
    expect(await page.locator('#upload-form').isHidden()).toBe(true);
    expect(await page.locator('#close').isHidden()).toBe(true);

    const summary = await waitForCall(harness, isSummaryIn(user.conversationId, mark, harness));
    const card = cardOf(summary);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('19900101-****');
    expect(problems).toEqual([]);

    // The link is used up: reloading shows its own page, not an error dump.
    const used = await page.reload();
    expect(used?.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('This upload link has already been used');
    await page.close();
  });

  it('shows a hard failure with its specific message and lets the user pick another photo', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const { page, problems } = await openPage();
    await page.goto(uploadUrl);
    await page.setInputFiles('#file', jpegFile(await solid(200, 260), 'small.jpg'));
    await page.locator('#preview-img').waitFor({ state: 'visible' });
    await page.click('#upload');
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/only 200 × 260 pixels; it must be at least 300 × 410.*Choose another photo/);
    expect(await page.locator('#upload-form').isVisible()).toBe(true);

    const mark = harness.connector.calls.length;
    await page.setInputFiles('#file', jpegFile(photo));
    expect(await error.isHidden()).toBe(true);
    await page.click('#upload');
    await page.locator('#done').waitFor({ state: 'visible' });
    await waitForCall(harness, isSummaryIn(user.conversationId, mark, harness));
    expect(problems.filter((p) => !/status of 422/.test(p))).toEqual([]);
    await page.close();
  });

  it('says the chat has advice when the photo has soft findings', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const { page } = await openPage();
    await page.goto(uploadUrl);
    await page.setInputFiles('#file', jpegFile(await portraitJpeg({ background: '#5a5048' })));
    await page.click('#upload');
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#done-findings').textContent()).toContain('The chat also shows some advice about this photo');
    await waitForCall(harness, (c) => c.conversationId === user.conversationId && JSON.stringify(cardOf(c) ?? {}).includes('Use anyway'));
    await page.close();
  });

  it('refuses a file over 5 MB in the page before uploading anything', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const { page } = await openPage();
    await page.goto(uploadUrl);
    await page.setInputFiles('#file', jpegFile(Buffer.alloc(6 * 1024 * 1024, 7), 'huge.jpg'));
    expect(await page.locator('#error').textContent()).toBe(
      'The photo is 6 MB; the limit is 5 MB. Please send a smaller photo, for example by choosing a smaller size when you share it.',
    );
    expect(await page.locator('#upload').isDisabled()).toBe(true);
    await page.close();
  });

  it('shows the expired page (410) for a link older than 15 minutes', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    clockOffsetMs = 16 * 60 * 1000;
    try {
      const { page } = await openPage();
      const response = await page.goto(uploadUrl);
      expect(response?.status()).toBe(410);
      expect(await page.locator('h1').textContent()).toBe('This upload link has expired');
      expect(await page.locator('p').textContent()).toContain('type upload to get a new link');
      expect(await page.locator('input').count()).toBe(0);
      await page.close();
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('shows the invalid-link page (403) for a tampered signature', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const { page } = await openPage();
    const response = await page.goto(uploadUrl.replace(/sig=[^&]+/, 'sig=forged'));
    expect(response?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('This link is not valid');
    await page.close();
  });

  it('speaks the language of the chat the link came from', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    const { uploadUrl } = photoQuestion(
      await reachPhotoStep(user, ['Anna', 'Berg', 'Sverige', '19900101-1239', 'a@b.se', '0701234567', 'standard', 'ja']),
    );
    const { page } = await openPage();
    await page.goto(uploadUrl);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('h1').textContent()).toBe('Ladda upp fotot på Anna Berg');
    expect(await page.locator('label[for=file]').textContent()).toBe('Välj ett foto');
    await page.close();
  });
});
