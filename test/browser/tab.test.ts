import { readFileSync } from 'node:fs';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator } from 'playwright-core';
import { startHarness, type Harness } from '../support/botHarness';
import { PUBLIC_BASE, startTabStack, type TabStack } from '../support/tabStack';
import { seedPerson } from '../support/tabSeed';
import { TEST_APP_ID, TEST_TENANT } from '../support/productionEnv';
import { waitFor } from '../support/waitFor';
import type { Order } from '../../src/store/ports';
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

  const open = async (
    who: keyof TabStack['cast'],
    opts: {
      path?: string;
      locale?: string;
      theme?: 'default' | 'dark' | 'contrast';
      frameContext?: 'content' | 'settings';
      subEntityId?: string;
    } = {},
  ) => {
    const person = stack.cast[who] as TabStack['cast']['olle'];
    const host = await openInTeams(browser, {
      serverUrl: stack.harness.url,
      publicBase: PUBLIC_BASE,
      path: opts.path ?? '/tab/',
      token: await stack.tokenFor(person),
      context: {
        locale: opts.locale ?? 'en-us',
        theme: opts.theme ?? 'default',
        frameContext: opts.frameContext ?? 'content',
        ...(opts.subEntityId ? { subEntityId: opts.subEntityId } : {}),
      },
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
    expect((await host.log()).map((m) => m.func)).toEqual(
      expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']),
    );
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

/**
 * The tab's actions go through the chat's services: what they change shows in the chat (the fake
 * connector gets the orderer's notification, with *Open in Orders* linking back to the order).
 * A stack of its own, so the read-only views above keep their counts.
 */
describe('Orders tab actions', () => {
  let stack: TabStack;
  let browser: Browser;
  // The bot's clock: notifications about one order wait a minute to be coalesced; the test moves it on.
  let ahead = 0;
  const now = () => new Date(Date.now() + ahead);
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTabStack({ now }), launchChromium()]);
    // The bot runs in this worker, which cannot be given NODE_EXTRA_CA_CERTS: its token requests to
    // FakeMicrosoft (msal over node's https, global agent) trust the fake's throwaway CA this way.
    https.globalAgent.options.ca = [...rootCertificates, readFileSync(stack.ms.caFile, 'utf8')];
    // Olle has a chat with the bot (as after his first message), so his notifications are delivered.
    const conversationId = 'a:personal-olle';
    await stack.harness.app.store.conversations.upsert({
      conversationId,
      personId: stack.cast.olle.id,
      tenantId: TEST_TENANT,
      conversationType: 'personal',
      serviceUrl: stack.harness.connector.url,
      reference: {
        conversation: { id: conversationId, conversationType: 'personal', tenantId: TEST_TENANT },
        serviceUrl: stack.harness.connector.url,
        channelId: 'msteams',
        user: { id: '29:olle', aadObjectId: stack.cast.olle.aadObjectId },
        bot: { id: `28:${TEST_APP_ID}` },
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  const open = async (who: 'olle' | 'rita' | 'maja', context: { subEntityId?: string } = {}) =>
    openInTeams(browser, {
      serverUrl: stack.harness.url,
      publicBase: PUBLIC_BASE,
      path: '/tab/',
      token: await stack.tokenFor(stack.cast[who]),
      context,
    });
  const report = (tab: FrameLocator) =>
    tab
      .getByTestId('action-report')
      .textContent({ timeout: 2_000 })
      .catch(() => null);
  /** Olle's notification cards about one order, once the outbox has delivered them. */
  const notified = (number: string) =>
    waitFor(
      [stack.harness.connector.changes],
      () => {
        const cards = stack.harness.connector.calls
          .filter((c) => c.conversationId === 'a:personal-olle' && c.kind === 'send')
          .map(
            (c) =>
              (
                c.body.attachments as
                  { content: { body: { text: string }[]; actions?: { type: string; title: string; url: string }[] } }[] | undefined
              )?.[0]?.content,
          )
          .filter((card) => card?.body[0]?.text.startsWith(`Order ${number} ·`)); // the order's event card, not the notices about cardholders
        return cards.length ? cards : undefined;
      },
      `Olle's notification about ${number}`,
    );

  it(
    'the reviewer approves two orders at once and rejects a third with a reason; the orderer is told in the chat, with a link back to the order',
    { timeout: 60_000 },
    async () => {
      const [first, second, third] = stack.cast.orders as [Order, Order, Order];
      const rita = await open('rita');
      const { tab } = rita;
      await poll(() => tab.getByTestId('review-count').textContent()).toBe('26 orders wait for review, oldest first.');
      await tab.getByLabel(`Select ${first.number}`).check();
      await tab.getByLabel(`Select ${second.number}`).check();
      await tab.getByRole('button', { name: 'Approve selected (2)' }).click();
      await poll(() => report(tab)).toBe(`Approved: ${first.number}, ${second.number}.`);
      await poll(() => tab.getByTestId('review-count').textContent()).toBe('24 orders wait for review, oldest first.');

      await tab.getByLabel(`Select ${third.number}`).check();
      await tab.getByRole('button', { name: 'Reject selected (1)…' }).click();
      const reject = tab.getByRole('button', { name: 'Reject', exact: true });
      expect(await reject.isDisabled()).toBe(true); // a rejection needs a reason
      await tab.getByRole('textbox', { name: 'Reason (the orderer reads it)' }).fill('The photo is of someone else');
      await reject.click();
      await poll(() => report(tab)).toBe(`Rejected: ${third.number}.`);
      await poll(() => tab.getByTestId('review-count').textContent()).toBe('23 orders wait for review, oldest first.');
      expect(rita.problems).toEqual([]);
      await rita.close();

      ahead += 61_000; // past the minute in which an order's events are coalesced
      const [approvedCard] = await notified(first.number);
      expect(approvedCard!.body.map((b) => b.text).join(' ')).toMatch(/approved/i);
      const link = approvedCard!.actions?.find((a) => a.type === 'Action.OpenUrl');
      expect(link?.title).toBe('Open in Orders');
      const url = new URL(link!.url);
      expect(url.origin + url.pathname).toBe(`https://teams.microsoft.com/l/entity/${TEST_APP_ID}/orders`);
      expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: first.number });
      const [rejectedCard] = await notified(third.number);
      expect(rejectedCard!.body.map((b) => b.text).join(' ')).toContain('The photo is of someone else');

      // The link opens the tab on that order (Teams passes subEntityId to the tab as subPageId).
      const olle = await open('olle', { subEntityId: first.number });
      await poll(() => olle.tab.getByRole('heading', { level: 2 }).textContent()).toBe(`Order ${first.number}`);
      expect(await olle.tab.getByTestId('timeline').textContent()).toContain('Approved by the issuer');
      expect(olle.problems).toEqual([]);
      await olle.close();
    },
  );

  it(
    'the reviewer rejects one card of an order; a decision someone else already made is reported, not repeated',
    { timeout: 60_000 },
    async () => {
      const fifth = stack.cast.orders[4]!; // Per Persson 5, still on the queue's first page
      const rita = await open('rita');
      const { tab } = rita;
      const order = tab.getByTestId('queued-order').filter({ hasText: fifth.number });
      await poll(() => order.count()).toBe(1);
      await order.getByRole('button', { name: 'Reject card…' }).click();
      await tab.getByRole('textbox', { name: 'Reason (the orderer reads it)' }).fill('Name does not match the passport');
      await tab.getByRole('button', { name: 'Reject', exact: true }).click();
      await poll(() => report(tab)).toBe('The card of Per Persson 5 is rejected.');
      await poll(() => order.getByTestId('card-state').textContent()).toBe('Rejected by the issuer');

      // Meanwhile another reviewer approves an order this page still shows.
      const fourth = stack.cast.orders[3]!;
      await tab.getByLabel(`Select ${fourth.number}`).check();
      const response = await fetch(`${stack.harness.url}/api/tab/review/decide`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor(stack.cast.rita)}` },
        body: JSON.stringify({ decision: 'approve', numbers: [fourth.number] }),
      });
      expect(await response.json()).toEqual({ results: [{ number: fourth.number, outcome: 'applied' }] });
      await tab.getByRole('button', { name: 'Approve selected (1)' }).click();
      await poll(() => report(tab)).toBe(`Already decided by someone else: ${fourth.number}.`);
      expect(rita.problems).toEqual([]);
      await rita.close();
    },
  );

  it(
    'the orderer corrects a cardholder e-mail and sends a new approval request; the manager is offered no action',
    { timeout: 60_000 },
    async () => {
      const waiting = stack.cast.orders[26]!; // Åsa Östberg and Bo Ek: approved by the issuer, waiting for both cardholders
      const olle = await open('olle', { subEntityId: waiting.number });
      const { tab } = olle;
      const bo = tab.getByTestId('card-row').filter({ hasText: 'Bo Ek' });
      await poll(() => bo.count()).toBe(1);
      await bo.getByRole('button', { name: 'Change e-mail…' }).click();
      const send = tab.getByRole('button', { name: 'Send', exact: true });
      await tab.getByRole('textbox', { name: 'E-mail address' }).fill('not an address');
      expect(await send.isDisabled()).toBe(true);
      await tab.getByRole('textbox', { name: 'E-mail address' }).fill('Bo.Ek@Alfa.example');
      await send.click();
      await poll(() => report(tab)).toBe('Bo Ek has not talked to the bot yet: the chat tells you how to reach them.');
      await poll(() => bo.textContent()).toContain('bo.ek@alfa.example');
      const item = (await stack.harness.app.store.orders.items(waiting.id)).find((i) => i.lastName === 'Ek')!;
      expect(item.approvalRound).toBe(2);

      // Åsa will not need her card after all: cancelled before production, the order goes on with Bo.
      const asa = tab.getByTestId('card-row').filter({ hasText: 'Åsa Östberg' });
      await asa.getByRole('button', { name: 'Cancel card…' }).click();
      await tab.getByRole('textbox', { name: 'Reason (the issuer and the company’s managers read it)' }).fill('Moved to another employer');
      await tab.getByRole('button', { name: 'Cancel it', exact: true }).click();
      await poll(() => report(tab)).toBe('The card of Åsa Östberg is cancelled.');
      await poll(() => asa.getByTestId('card-state').textContent()).toBe('Cancelled');
      expect(await asa.getByTestId('card-actions').count()).toBe(0);
      expect((await stack.harness.app.store.orders.get(waiting.id))!.status).toBe('approved');
      expect(olle.problems).toEqual([]);
      await olle.close();

      const maja = await open('maja', { subEntityId: waiting.number });
      await poll(() => maja.tab.getByTestId('card-row').count()).toBe(2);
      expect(await maja.tab.getByTestId('card-actions').count()).toBe(0);
      await maja.close();
    },
  );
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
    const person = await seedPerson(harness.app.store, {
      tenantId: 'local-tenant',
      aadObjectId: 'local-user',
      name: 'Lisa Local',
      email: 'lisa@local.example',
    });
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
