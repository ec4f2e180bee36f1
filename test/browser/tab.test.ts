import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHarness, type Harness } from '../support/botHarness';
import { PUBLIC_BASE, startTabStack, type TabStack } from '../support/tabStack';
import { seedPerson } from '../support/tabSeed';
import { launchChromium, openWatchedPage } from './browser';
import { openInTeams, type TeamsHost } from './tabHost';

/** Waits on what the page shows (the default second is too short on a loaded 2-core machine). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

/**
 * The built Orders tab (dist/tab, built once by the global setup) in headless Chromium inside a
 * stand-in Teams host, against the real server in production mode: Teams SSO tokens signed by
 * FakeMicrosoft's Entra keys. One browser for the file.
 */
describe('Orders tab in Teams', () => {
  let stack: TabStack;
  let browser: Browser;
  const hosts: TeamsHost[] = [];
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTabStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const open = async (who: keyof TabStack['cast'], opts: { path?: string; locale?: string; theme?: 'default' | 'dark' | 'contrast'; frameContext?: 'content' | 'settings' } = {}) => {
    const person = stack.cast[who] as TabStack['cast']['olle'];
    const host = await openInTeams(browser, {
      serverUrl: stack.harness.url,
      publicBase: PUBLIC_BASE,
      path: opts.path ?? '/tab/',
      token: await stack.tokenFor(person),
      context: { locale: opts.locale ?? 'en-us', theme: opts.theme ?? 'default', frameContext: opts.frameContext ?? 'content' },
    });
    hosts.push(host);
    return host;
  };
  const noProblems = (host: TeamsHost) => expect(host.problems).toEqual([]);

  it('the orderer signs in with Teams SSO and pages, searches and filters their orders, then opens one', { timeout: 60_000 }, async () => {
    const host = await open('olle');
    const { tab } = host;
    await poll(() => tab.getByTestId('order-count').textContent()).toBe('27 orders');
    expect(await tab.getByTestId('order-row').count()).toBe(25);
    expect(await tab.getByTestId('page').textContent()).toBe('Page 1 of 2');
    expect(await tab.getByTestId('order-row').first().textContent()).toContain(stack.cast.orders[26]!.number);
    await tab.getByRole('button', { name: 'Next' }).click();
    await poll(() => tab.getByTestId('page').textContent()).toBe('Page 2 of 2');
    await poll(() => tab.getByTestId('order-row').count()).toBe(2);

    await tab.getByLabel('Search by order number, name or e-mail').fill('östberg');
    await poll(() => tab.getByTestId('order-count').textContent()).toBe('1 order');
    expect(await tab.getByTestId('order-row').textContent()).toContain('Waiting for 2 of 2 cardholders to approve');
    await tab.getByLabel('Search by order number, name or e-mail').fill('');
    await tab.getByLabel('State').selectOption('delivered');
    await poll(() => tab.getByTestId('order-count').textContent()).toBe('1 order');
    expect(await tab.getByTestId('order-row').textContent()).toContain('Anna Berg');

    await tab.getByRole('button', { name: stack.cast.orders[24]!.number }).click();
    await poll(() => tab.getByTestId('order-page-status').textContent()).toContain('Delivered');
    expect(await tab.getByTestId('card-state').textContent()).toBe('Delivered');
    expect(await tab.getByTestId('timeline').locator('li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Order submitted'), expect.stringContaining('Approved by the issuer')]),
    );
    expect(await tab.getByTestId('card-row').textContent()).toContain('19900101-****');
    expect((await host.log()).map((m) => m.func)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));
    noProblems(host);
    await host.close();
  });

  it('the manager sees the whole company read-only and exports the filtered list', async () => {
    const host = await open('maja');
    const { tab, page } = host;
    await poll(() => tab.getByTestId('order-count').textContent()).toBe('28 orders');
    await poll(() => tab.getByText('Read only: you are a manager of this company.').count()).toBe(1);
    await tab.getByLabel('State').selectOption('rejected');
    await poll(() => tab.getByTestId('order-count').textContent()).toBe('1 order');
    const [download] = await Promise.all([page.waitForEvent('download'), tab.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('Rolf Rejected');
    noProblems(host);
    await host.close();
  });

  it('the reviewer sees the queue with photos (large on click) and findings', async () => {
    const host = await open('rita');
    const { tab } = host;
    await poll(() => tab.getByTestId('review-count').textContent()).toBe('26 orders wait for review, oldest first.');
    expect(await tab.getByTestId('queued-order').count()).toBe(10);
    const thumb = tab.getByRole('img', { name: 'Photo of Per Persson 1', exact: true });
    await poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(150);
    await tab.getByRole('button', { name: 'View photo of Per Persson 1 large', exact: true }).click();
    await poll(() => tab.getByTestId('large-photo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);
    await tab.getByRole('button', { name: 'Close' }).click();
    await tab.getByRole('button', { name: 'Next' }).click();
    await tab.getByRole('button', { name: 'Next' }).click();
    await poll(() => tab.getByTestId('finding').allTextContents()).toEqual([expect.stringMatching(/blur/i)]);
    noProblems(host);
    await host.close();
  });

  it('the cardholder sees their cards; a channel tab of a company without a role shows a notice and no data', async () => {
    const anna = await open('anna');
    await poll(() => anna.tab.getByTestId('my-card').textContent()).toContain('Delivered');
    expect(await anna.tab.getByTestId('my-card').textContent()).toContain('PN-123456');
    noProblems(anna);
    await anna.close();
    const olle = await open('olle', { path: '/tab/?company=beta' });
    await poll(() => olle.tab.getByText('This tab shows the orders of a company you hold no role in').count()).toBe(1);
    expect(await olle.tab.getByTestId('order-row').count()).toBe(0);
    await olle.close();
  });

  it('follows the Teams theme (dark, then a live switch to high contrast) and the Swedish locale', async () => {
    const host = await open('otto', { locale: 'sv-se', theme: 'dark' });
    const { tab, page } = host;
    await poll(() => tab.getByTestId('order-count').textContent()).toBe('28 beställningar');
    const provider = tab.locator('[data-theme]').first();
    expect(await provider.getAttribute('data-theme')).toBe('dark');
    const background = () => provider.evaluate((el) => getComputedStyle(el).backgroundColor);
    const dark = await background();
    await page.evaluate(() => (window as any).sendThemeChange('contrast'));
    await poll(() => provider.getAttribute('data-theme')).toBe('contrast');
    expect(await background()).not.toBe(dark);
    noProblems(host);
    await host.close();
  });

  it('the channel tab configuration page lists only the companies the person holds a role in', async () => {
    const host = await open('otto', { frameContext: 'settings' });
    const options = host.tab.getByLabel('Show the orders of').locator('option');
    await poll(() => options.allTextContents()).toEqual(['Alfa Bygg AB']);
    await poll(async () => (await host.log()).some((m) => m.func === 'settings.setValidityState' && m.args[0] === true)).toBe(true);
    await host.close();
  });
});

describe('Orders tab in local mode: the development sign-in', () => {
  let harness: Harness;
  let browser: Browser;
  beforeAll(async () => {
    [harness, browser] = await Promise.all([startHarness(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('says it is not Microsoft sign-in, signs in as a person the bot has met, and shows their orders', async () => {
    const person = await seedPerson(harness.app.store, { tenantId: 'local-tenant', aadObjectId: 'local-user', name: 'Lisa Local', email: 'lisa@local.example' });
    await harness.app.store.companies.create({ id: 'demo-company', tenantId: 'local-tenant', name: 'Demo Bygg AB', orgNumber: null });
    await harness.app.store.companies.grant('demo-company', person.id, 'orderer');
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${harness.url}/tab/`);
    await poll(() => page.getByText('Development sign-in (local mode)').count()).toBe(1);
    await page.getByLabel('Sign in as').selectOption({ label: 'Lisa Local' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByTestId('order-count').textContent()).toBe('0 orders');
    expect(problems).toEqual([]);
    await page.close();
  });
});
