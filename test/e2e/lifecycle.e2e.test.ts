/**
 * The order life cycle across three people in three Agents Playground instances: Alex orders and
 * (as the configured reviewer, REVIEWER_EMAILS) approves on the review card; Megan, the
 * cardholder (meganb@example.com is typed as the cardholder's e-mail), approves her card in her
 * own chat, the only place the full identity number is shown; Adele, made a manager by the admin
 * card, gets the order's notification (coalesced per order for a minute, so that step waits).
 *
 * How the Playground shapes the test:
 * - Each instance is started as one user (its own `.m365agentsplayground.yml`, its own port) and
 *   is its own Bot Connector: a proactive message reaches a person only through the serviceUrl of
 *   *their* instance. The bot learns that serviceUrl from a person's first message, so Megan and
 *   Adele each say something before the order is placed (a real Teams tenant has one serviceUrl and
 *   the bot creates the 1:1 chats).
 * - A compact Input.ChoiceSet renders as a Fluent combobox (click it, then the option).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChat, placeOrder } from './flows';
import { USERS, type PlaygroundChat } from './playground';
import { E2E, SHOTS, type Started } from './stack';

/** What the life-cycle cards are expected to show; the one place to adjust when the feature lands. */
const SHOWN = {
  adminCommand: 'admin',
  adminCard: /Administer/,
  emailLabel: 'E-mail',
  roleLabel: 'Role',
  addByEmailButton: /^Add$/,
  emailAnswer: USERS.adele.email,
  managerChoice: 'Manager',
  granted: /Adele Vance \(adelev@example\.com\):[^\n|]*manager/,
  reviewCard: /review/i,
  approveOrder: 'Approve',
  orderApproved: /approved/i,
  cardholderCard: /approve/i,
  approveCard: 'Approve',
  cardholderApproved: /approved/i,
  managerNotification: /approved/i,
};

const CARDHOLDER = { firstName: 'Megan', lastName: 'Bowen', personnummer: '19900101-1239', email: USERS.megan.email };

const e2e = new E2E();
let stack: Started<'alex' | 'megan' | 'adele'>;
let alex: PlaygroundChat;
let megan: PlaygroundChat;
let adele: PlaygroundChat;
let orderNumber = '';

beforeAll(async () => {
  stack = await e2e.start({ alex: USERS.alex, megan: USERS.megan, adele: USERS.adele }, { REVIEWER_EMAILS: USERS.alex.email });
  [alex, megan, adele] = await Promise.all([
    openChat(stack.browser, stack.playgrounds.alex.url),
    openChat(stack.browser, stack.playgrounds.megan.url),
    openChat(stack.browser, stack.playgrounds.adele.url),
  ]);
}, 300_000);

afterAll(() => e2e.stop(), 60_000);

describe('order life cycle across three Playground instances (orderer and reviewer, cardholder, manager)', () => {
  it('the admin makes Adele a manager, and the cardholder and the manager have each met the bot', async () => {
    await alex.send(SHOWN.adminCommand);
    const admin = await alex.waitForMessage(SHOWN.adminCard);
    await admin.getByLabel(SHOWN.emailLabel, { exact: true }).fill(SHOWN.emailAnswer);
    // The Playground renders a compact Input.ChoiceSet as a Fluent combobox, not a <select>.
    await admin.getByRole('combobox', { name: SHOWN.roleLabel }).click();
    await alex.page.getByRole('option', { name: SHOWN.managerChoice }).click();
    await alex.click(SHOWN.addByEmailButton, admin);
    // The admin card is answered in place with the new member list.
    await expect.poll(() => admin.innerText(), { timeout: 30_000 }).toMatch(SHOWN.granted);

    // Their first messages give the bot the serviceUrl of their own Playground instance.
    await megan.send('help');
    await adele.send('help');
  }, 60_000);

  it('the orderer orders a card for Megan', async () => {
    orderNumber = await placeOrder(alex, CARDHOLDER, USERS.alex.name);
    expect(orderNumber).toMatch(/^ID06-\d{4}-\d{6}$/);
  }, 120_000);

  it('the reviewer (Alex) approves the order on the review card', async () => {
    // The review card arrives right after the order (Alex is the configured reviewer).
    const review = await alex.waitForMessage(/Review order/, 60_000);
    expect(await review.innerText()).toContain(orderNumber);
    expect(await review.innerText()).toMatch(SHOWN.reviewCard);
    expect(await review.innerText()).toContain('Megan Bowen');
    await alex.screenshot(`${SHOTS}/lifecycle-1-review.png`);
    await alex.click(SHOWN.approveOrder, review);
    await expect.poll(() => review.innerText(), { timeout: 30_000 }).toMatch(SHOWN.orderApproved);
  }, 90_000);

  it("the cardholder's chat shows the approval card with what will be printed, and Megan approves", async () => {
    const card = await megan.waitForMessage('Megan Bowen', 60_000);
    const shown = await card.innerText();
    expect(shown).toMatch(SHOWN.cardholderCard);
    expect(shown).toContain('19900101-1239'); // the full number, only on the cardholder's own card
    await megan.screenshot(`${SHOTS}/lifecycle-2-cardholder.png`);
    await megan.click(SHOWN.approveCard, card);
    await expect.poll(() => card.innerText(), { timeout: 30_000 }).toMatch(SHOWN.cardholderApproved);
    expect(await card.getByRole('button', { name: SHOWN.approveCard }).count()).toBe(0);
  }, 90_000);

  it("the manager's chat shows the notification", async () => {
    const notification = await adele.waitForMessage(orderNumber, 60_000);
    await expect
      .poll(() => adele.botMessages.filter({ hasText: orderNumber }).last().innerText(), { timeout: 60_000 })
      .toMatch(SHOWN.managerNotification);
    expect(await notification.innerText()).toContain(orderNumber);
    await adele.screenshot(`${SHOTS}/lifecycle-3-manager.png`);
  }, 120_000);
});
