import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardOf } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { invokeCard, invokeText } from './checkoutHelpers';
import { actionsOf } from './cardsInUseHelpers';
import { cardsTo, cardWith, json, placeOrderFor, startCast, until, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const cancelActions = (card: any) => actionsOf(card).filter((a) => a.verb === 'order.cancel');
const orderCard = async (user: Cast['olle'], number: string) =>
  cardOf((await user.say(`order ${number}`)).sent.find((c) => c.kind === 'reply'));

describe('cancelling from the order’s own card (order <number>)', () => {
  it('the orderer cancels one card, then the order, with a reason; cards replaced, managers told; double clicks and a card without reason change nothing', async () => {
    const { harness, olle, rita, anna, maja } = cast;
    await anna.say('hi');
    const { orderId, number } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    await cardWith(harness, anna, 'Check your ID06 card');

    const card = await orderCard(olle, number);
    expect(cardProblems(card)).toEqual([]);
    const [annaCancel, boCancel, wholeCancel] = cancelActions(card);
    expect(cancelActions(card).map((a) => a.title)).toEqual(['Cancel this card', 'Cancel this card', 'Cancel order']);
    expect(json(card)).toContain('Reason (needed to cancel)');
    // A manager only (local mode made everyone who talks an admin and orderer) sees no Cancel button.
    const majaId = (await harness.app.store.people.findByEmail('maja@contoso.example'))[0]!.id;
    for (const role of ['admin', 'orderer'] as const) await harness.app.store.members.revoke('demo-company', majaId, role);
    expect(cancelActions(await orderCard(maja, number))).toEqual([]);

    expect(invokeText(await olle.click('order.cancel', { ...annaCancel.data, cancelReason: '  ' }))).toContain(
      'Please give a reason for cancelling',
    );
    expect((await harness.app.store.orders.items(orderId)).map((i) => i.status)).toEqual(['awaiting_cardholder', 'awaiting_cardholder']);

    const afterOne = invokeCard(await olle.click('order.cancel', { ...annaCancel.data, cancelReason: 'Anna left *us*' }));
    expect(cardProblems(afterOne)).toEqual([]);
    expect(json(afterOne)).toContain('Card for Anna Berg cancelled');
    // One card left: it is the whole order now.
    expect(cancelActions(afterOne).map((a) => a.title)).toEqual(['Cancel order']);
    expect(invokeText(await olle.click('order.cancel', { ...annaCancel.data, cancelReason: 'again' }))).toContain('already cancelled');
    // Anna's approval card says cancelled.
    await until(
      harness,
      () =>
        harness.connector.calls.some(
          (c) => c.kind === 'update' && c.conversationId === anna.conversationId && json(c.body).includes('cancelled'),
        ),
      'Anna’s card replaced',
    );

    // A manager may not cancel (a forged click).
    expect(invokeText(await maja.click('order.cancel', { ...wholeCancel.data, cancelReason: 'not mine' }))).toContain('could not');
    const done = invokeCard(await olle.click('order.cancel', { ...wholeCancel.data, cancelReason: 'Project stopped' }));
    expect(json(done)).toContain('Cancelled');
    expect(cancelActions(done)).toEqual([]);
    expect(invokeText(await olle.click('order.cancel', { ...boCancel.data, cancelReason: 'again' }))).toContain('already cancelled');
    const order = await harness.app.store.orders.get(orderId);
    expect([order?.status, order?.reason]).toEqual(['cancelled', 'Project stopped']);
    const audit = await harness.app.store.audit.list({ type: 'order', id: orderId });
    expect(audit.filter((e) => e.what === 'order.cancel')).toMatchObject([
      { who: { kind: 'orderer' }, details: { reason: 'Project stopped' } },
    ]);
    cast.time.advance(61_000);
    await harness.app.outbox.runOnce();
    await until(
      harness,
      () => json(cardsTo(harness, maja, 'send')).includes('Cancelled before production: Project stopped'),
      'the managers told',
    );
    // The reason shows as typed (Markdown escaped), not in italics.
    expect(json(cardsTo(harness, maja, 'send'))).toContain(
      String.raw`The card for Anna Berg was cancelled before production: Anna left \\*us\\*`,
    );
  });

  it('after production the button is not offered and a forged click is refused', async () => {
    const { harness, olle, rita, anna, bo } = cast;
    await anna.say('hi');
    await bo.say('hi');
    const { orderId, number } = await placeOrderFor(cast);
    const before = cancelActions(await orderCard(olle, number));
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    for (const user of [anna, bo])
      await user.click('approval.decide', (await cardWith(harness, user, 'Check your ID06 card')).card.actions[0].data);
    const items = await harness.app.store.orders.items(orderId);
    await rita.click('fulfil.step', { itemId: items[0]!.id, step: 'produce', number });

    const card = await orderCard(olle, number);
    // Bo's card is not produced yet: it can still go on its own, the order cannot.
    expect(cancelActions(card).map((a) => [a.title, a.data.itemId])).toEqual([['Cancel this card', items[1]!.id]]);
    const forged = before.find((a) => a.title === 'Cancel order')!;
    expect(invokeText(await olle.click('order.cancel', { ...forged.data, cancelReason: 'too late' }))).toContain('Production has started');
    expect(invokeText(await olle.click('order.cancel', { ...forged.data, itemId: items[0]!.id, cancelReason: 'too late' }))).toContain(
      'Production has started',
    );
    expect((await harness.app.store.orders.items(orderId)).map((i) => i.status)).toEqual(['produced', 'approved']);
    expect((await harness.app.store.orders.get(orderId))?.status).toBe('approved');
  });
});
