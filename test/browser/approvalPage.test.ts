import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cardWith, expectNoFullId, FULL_ID_ANNA, FULL_ID_BO, json, shownId, until } from '../protocol/lifecycleHelpers';
import { linkIn, mailTo, orderApproved, startMailCast, stopMailCast, type MailCast } from '../protocol/reachHelpers';
import { launchChromium, openWatchedPage } from './browser';

/** The e-mailed approval page in headless Chromium against the real server, the card rendered by the official renderer. */
describe('approval page (cardholders reached by e-mail) in Chromium', () => {
  let browser: Browser;
  let cast: MailCast;
  let orderId: string;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    cast = await startMailCast();
    ({ orderId } = await orderApproved(cast));
  });
  afterEach(async () => stopMailCast(cast));

  const items = () => cast.harness.app.store.orders.items(orderId);
  const open = async (address: string): Promise<{ page: Page; problems: string[]; link: string }> => {
    const link = linkIn(await mailTo(cast, address));
    const { page, problems } = await openWatchedPage(browser);
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    return { page, problems, link };
  };
  const enterDate = async (page: Page, date: string) => {
    await page.locator('#dateOfBirth').fill(date);
    await page.locator('#dob button').click();
  };
  const card = (page: Page) => page.locator('#card .ac-adaptiveCard');

  it('asks the date of birth first (nothing personal before), refuses a wrong one, then shows exactly what will be printed; Approve decides once, a replay is refused', async () => {
    const { page, problems, link } = await open('anna.berg@contoso.example');
    await page.locator('#dob').waitFor({ state: 'visible' });
    expect(await page.locator('#what').textContent()).toContain(
      'the issuer still verifies your identity with your passport or national ID card',
    );
    expect(await page.content()).not.toContain('Anna');

    await enterDate(page, '1991-01-01');
    await page.getByText('That date of birth does not match. 4 attempts left.').waitFor();
    expect(await card(page).count()).toBe(0);

    await enterDate(page, '19900101');
    await card(page).waitFor();
    const shown = await card(page).innerText();
    expect(shown).toContain('Anna Berg');
    expect(shown).toContain(shownId(FULL_ID_ANNA));
    expect(shown).toContain('passport or national ID card');
    // The photo is the card's own signed thumbnail, loaded from this server.
    expect(
      await page
        .locator('#card img')
        .first()
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Thank you, your answer is saved').waitFor();
    expect(await card(page).innerText()).toContain('You approved your card details');
    expect((await items())[0]!.status).toBe('approved');
    const audit = (await cast.harness.app.store.audit.list({ type: 'item', id: (await items())[0]!.id })).filter(
      (e) => e.what === 'item.approve',
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ who: { kind: 'cardholder', personId: null }, details: { via: 'email' } });
    // The orderer hears of it as of a Teams decision (an order event, coalesced with the order's others).
    const annaId = (await items())[0]!.id;
    expect((await cast.harness.app.store.outbox.list()).some((m) => m.eventId === `item.approved:${annaId}:1`)).toBe(true);

    // The same link again: it shows the outcome; deciding again changes nothing.
    const again = await page.evaluate(async (url) => {
      const u = new URL(url);
      const res = await fetch(`${u.pathname}/decide${u.search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ dateOfBirth: '1990-01-01', decision: 'decline', field: 'name', reason: 'late' }),
      });
      return { status: res.status, body: await res.json() };
    }, link);
    expect(again).toMatchObject({ status: 200, body: { state: 'closed', message: 'This was already decided. Nothing was changed.' } });
    expect((await items())[0]!.status).toBe('approved');
    await page.reload();
    await page.getByText('This was already decided').waitFor();
    expect(await card(page).innerText()).toContain('You approved');
    // The wrong date's 403 is the one failed request the browser saw; no script or CSP errors.
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 403 (Forbidden)']);
    expectNoFullId(cast.harness.logs.text, FULL_ID_ANNA);
  });

  it('Something is wrong: the field and the reason reach the orderer, as from the Teams card', async () => {
    const { page, problems } = await open('bo.ek@contoso.example');
    await enterDate(page, '1985-02-02');
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain(shownId(FULL_ID_BO));
    await page.getByRole('button', { name: 'Something is wrong' }).click();
    await page.getByText('Please say what is wrong.').waitFor();
    await page.locator('#card select').selectOption({ label: 'Name' });
    await page.locator('#card textarea').fill('It is Bosse');
    await page.getByRole('button', { name: 'Something is wrong' }).click();
    await page.getByText('Thank you, your answer is saved').waitFor();
    expect(await card(page).innerText()).toContain('You said something is wrong (Name): It is Bosse');
    expect((await items())[1]).toMatchObject({ status: 'declined', declinedField: 'name', reason: 'It is Bosse' });
    await cardWith(cast.harness, cast.olle, 'says the name is wrong: It is Bosse');
    expect(problems).toEqual([]);
  });

  it('the Teams card and the page cannot both decide: deciding on the page updates the Teams card', async () => {
    const { page } = await open('bo.ek@contoso.example');
    await cast.bo.say('hi'); // now the bot knows Bo: his card arrives in Teams too
    const teams = await cardWith(cast.harness, cast.bo, 'Check your ID06 card');
    await enterDate(page, '1985-02-02');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Thank you, your answer is saved').waitFor();
    const updated = await cardWith(cast.harness, cast.bo, 'You approved your card details', 'update');
    expect(updated.call.activityId).toBe(teams.call.activityId);
    const approve = teams.card.actions.find((a: any) => a.data.decision === 'approve').data;
    expect(json(await cast.bo.click('approval.decide', { ...approve, decision: 'decline', field: 'name', reason: 'x' }))).toContain(
      'already decided',
    );
    expect((await items())[1]!.status).toBe('approved');
  });

  it('deciding in Teams first: the page then says it is decided', async () => {
    const { page } = await open('bo.ek@contoso.example');
    await cast.bo.say('hi');
    const teams = await cardWith(cast.harness, cast.bo, 'Check your ID06 card');
    const approve = teams.card.actions.find((a: any) => a.data.decision === 'approve').data;
    await cast.bo.click('approval.decide', approve, teams.call.activityId);
    await until(cast.harness, async () => (await items())[1]!.status === 'approved');
    await page.reload();
    await page.getByText('This was already decided').waitFor();
    expect(await card(page).innerText()).toContain('You approved');
    expect(await page.locator('#dob').isHidden()).toBe(true);
  });

  it('an expired link says so (and what to do); a forged one is refused', async () => {
    const link = linkIn(await mailTo(cast, 'anna.berg@contoso.example'));
    const { page } = await openWatchedPage(browser);
    const forged = link.replace(/sig=.(.)/, (_m, c: string) => `sig=${c === 'A' ? 'B' : 'A'}${c}`);
    expect((await page.goto(forged))?.status()).toBe(403);
    expect(await page.locator('#message').textContent()).toContain('This link is not valid');
    cast.time.advance(15 * 24 * 60 * 60 * 1000);
    expect((await page.goto(link))?.status()).toBe(410);
    expect(await page.locator('#message').textContent()).toContain(
      'This link has expired. Ask the person who ordered your card to send a new one.',
    );
  });

  it('five wrong dates lock the link for good, even for the right date then', async () => {
    const link = linkIn(await mailTo(cast, 'anna.berg@contoso.example'));
    const post = (dateOfBirth: string) =>
      fetch(`${new URL(link).pathname}/open${new URL(link).search}`.replace(/^/, new URL(link).origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ dateOfBirth }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    for (let i = 0; i < 4; i++) expect((await post('2000-01-01')).status).toBe(403);
    expect(await post('2000-01-01')).toMatchObject({ status: 429, body: { state: 'locked' } });
    expect(await post('1990-01-01')).toMatchObject({ status: 429, body: { state: 'locked' } });
    expect(json(await post('1990-01-01'))).not.toContain('Anna');
  });
});
