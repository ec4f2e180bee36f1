import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardOf, TeamsUser, type TurnResult } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { DEMO_COMPANY_ID } from '../../src/services/people/seedLocal';
import { invokeCard, invokeText } from './checkoutHelpers';
import { callsTo, cardsTo, json, outboxSettled, placeOrderFor, startCast, until, type Cast } from './lifecycleHelpers';

/** The order is placed at 14:05 Stockholm time (13:05 UTC) on 3 December 2026, whatever the machine's clock and zone. */
const PLACED_AT = Date.parse('2026-12-03T13:05:00Z');
const NUMBER = 'ID06-2026-000001';
/** The same person and chat, with a Swedish Teams client. */
const inSwedish = (user: TeamsUser, cast: Cast) =>
  new TeamsUser(cast.harness, { ...user.opts, aadObjectId: user.aadObjectId, locale: 'sv-SE' });
const replyCard = (r: TurnResult) => cardOf(r.sent.find((c) => c.kind === 'reply'));
/** Every Action.Execute of a card, wherever it sits (rows, action sets, the card's own actions). */
function executes(card: unknown): { title?: string; verb: string; data: Record<string, unknown> }[] {
  const found: { title?: string; verb: string; data: Record<string, unknown> }[] = [];
  JSON.stringify(card, (_k, v) => {
    if (v && typeof v === 'object' && (v as { type?: string }).type === 'Action.Execute') found.push(v);
    return v;
  });
  return found;
}

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
  cast.time.offset = PLACED_AT - Date.now();
});
afterEach(async () => cast.harness.stop());

describe.each([
  {
    locale: 'en-US',
    orders: 'orders',
    open: 'Open order',
    title: `Order ${NUMBER}`,
    placed: '3 Dec 2026, 14:05 CET',
    shown: 'shown below',
  },
  {
    locale: 'sv-SE',
    orders: 'beställningar',
    open: 'Öppna beställningen',
    title: `Beställning ${NUMBER}`,
    placed: '3 dec. 2026 14:05 CET',
    shown: 'visas nedan',
  },
])('orders open from the list and from notifications ($locale)', ({ locale, orders, open, title, placed, shown }) => {
  const as = (user: TeamsUser) => (locale === 'sv-SE' ? inSwedish(user, cast) : user);

  it('every row of the orders list opens its order, and the list dates its orders in Swedish time with the zone', async () => {
    await placeOrderFor(cast);
    const olle = as(cast.olle);
    const list = replyCard(await olle.say(orders));
    expect(cardProblems(list)).toEqual([]);
    expect(json(list)).toContain(placed);
    const buttons = executes(list).filter((a) => a.verb === 'order.show');
    // The row itself (selectAction) and its visible button.
    expect(buttons.map((b) => b.data)).toEqual([{ number: NUMBER }, { number: NUMBER }]);
    expect(buttons.map((b) => b.title)).toContain(open);
    const clicked = await olle.click('order.show', buttons[0]!.data);
    expect(invokeText(clicked)).toContain(shown);
    const detail = cardOf(clicked.sent.find((c) => c.kind === 'send' || c.kind === 'reply'));
    expect(json(detail)).toContain(title);
    // The order's history says when, in the same form.
    expect(json(detail)).toContain(`${placed} · `);
    expect(cardProblems(detail)).toEqual([]);
  });

  it('the manager’s notification about the order opens it', async () => {
    const maja = as(cast.maja);
    await maja.say(locale === 'sv-SE' ? 'hej' : 'hi');
    await placeOrderFor(cast);
    cast.time.advance(61_000);
    await cast.harness.app.outbox.runOnce();
    await until(cast.harness, () => callsTo(cast.harness, maja, 'send').length === 1);
    await outboxSettled(cast.harness);
    const event = cardsTo(cast.harness, maja, 'send')[0];
    expect(cardProblems(event)).toEqual([]);
    const button = executes(event).find((a) => a.verb === 'order.show');
    expect(button).toMatchObject({ title: open, data: { number: NUMBER } });
    const clicked = await maja.click('order.show', button!.data);
    expect(json(cardOf(clicked.sent.at(-1)))).toContain(title);
  });
});

describe.each([
  { locale: 'en-US', title: `Order ${NUMBER}`, bad: 'That is not an order number', example: '**order 1**', none: 'There is no order' },
  {
    locale: 'sv-SE',
    title: `Beställning ${NUMBER}`,
    bad: 'Det är inget beställningsnummer',
    example: '**order 1**',
    none: 'Det finns ingen beställning',
  },
])('`order <number>` in short forms ($locale)', ({ locale, title, bad, example, none }) => {
  it.each(['order 1', 'order 000001', 'order #1', '#1', 'order #000001', `order ${NUMBER.toLowerCase()}`, 'beställning 1'])(
    '%s opens order 1',
    async (text) => {
      await placeOrderFor(cast);
      const olle = locale === 'sv-SE' ? inSwedish(cast.olle, cast) : cast.olle;
      expect(json(replyCard(await olle.say(text)))).toContain(title);
    },
  );

  it('explains, with an example, what is not an order number; a number that names no order is said so', async () => {
    await placeOrderFor(cast);
    const olle = locale === 'sv-SE' ? inSwedish(cast.olle, cast) : cast.olle;
    const said = (await olle.say('order abc')).texts.join('\n');
    expect(said).toContain(bad);
    expect(said).toContain(example);
    expect((await olle.say('order 2')).texts.join('\n')).toContain(`${none} ID06-2026-000002`);
  });
});

describe('what `order …` does not take over', () => {
  it('inside a dialog, “Order Smith” is the answer to its question, not a slip in the command', async () => {
    const { olle } = cast;
    await olle.say('new card');
    const answered = (await olle.say('Order Smith')).texts.join('\n');
    expect(answered).not.toContain('not an order number');
    expect(answered).toMatch(/last name/i);
  });

  it('Open order shows nothing to someone who may not see the order, in the same words as a wrong number', async () => {
    await placeOrderFor(cast);
    const stranger = new TeamsUser(cast.harness, { name: 'Sten Stranger', email: 'sten@contoso.example' });
    await stranger.say('hi');
    // Local mode makes everyone an admin of the demo company: Sten is an orderer only, of other orders.
    const revoked = await cast.olle.click('admin.revoke', { companyId: DEMO_COMPANY_ID, email: 'sten@contoso.example', role: 'admin' });
    expect(invokeText(revoked) + json(invokeCard(revoked))).toContain('no longer admin');
    const clicked = await stranger.click('order.show', { number: NUMBER });
    expect(invokeText(clicked)).toContain(`There is no order ${NUMBER} that you can see`);
    expect(clicked.sent.filter((c) => json(cardOf(c)).includes(NUMBER))).toEqual([]);
  });
});
