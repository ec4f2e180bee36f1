import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardOf } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { invokeCard, invokeText } from './checkoutHelpers';
import { cardWith, FULL_ID_ANNA, json, expectNoFullId, placeOrderFor, startCast, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

/** The production steps on the order's card (Cancel buttons aside). */
const stepActions = (card: any): any[] =>
  JSON.parse(json(card))
    .body.flatMap((b: any) => (b.items ?? []).filter((i: any) => i.type === 'ActionSet').flatMap((s: any) => s.actions))
    .filter((a: any) => a.verb === 'fulfil.step');

describe('the whole life cycle to delivered', () => {
  it('review -> cardholders approve -> produced -> shipped (tracking) -> delivered; orders and order <number> show it', async () => {
    const { harness, olle, rita, anna, bo } = cast;
    await anna.say('hi');
    await bo.say('hi');
    const { orderId, number } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    for (const user of [anna, bo]) {
      const card = (await cardWith(harness, user, 'Check your ID06 card')).card;
      expect(json(invokeCard(await user.click('approval.decide', card.actions[0].data)))).toContain('You approved');
    }
    expect(json(cardOf((await olle.say('orders')).sent.find((c) => c.kind === 'reply')))).toContain('Ready for production');

    let detail = cardOf((await rita.say(`order ${number.toLowerCase()}`)).sent.find((c) => c.kind === 'reply'));
    expect(cardProblems(detail)).toEqual([]);
    expect(stepActions(detail).map((a) => a.title)).toEqual(['Mark produced', 'Mark produced']);
    // The orderer sees the same order without the production steps.
    const ollesView = cardOf((await olle.say(`order ${number}`)).sent.find((c) => c.kind === 'reply'));
    expect(stepActions(ollesView)).toEqual([]);
    expect(json(ollesView)).toContain('Approved by the issuer');
    expect(invokeText(await olle.click('fulfil.step', stepActions(detail)[0].data))).toContain('Only the issuer’s reviewers');

    for (const step of ['produce', 'ship', 'deliver']) {
      for (const index of [0, 1]) {
        const action = stepActions(detail).find((a) => a.data.step === step);
        expect(action?.data.step).toBe(step);
        if (step === 'ship') {
          expect(invokeText(await rita.click('fulfil.step', action.data))).toContain('Please give the tracking reference');
          detail = invokeCard(await rita.click('fulfil.step', { ...action.data, [`trackingRef-${action.data.itemId}`]: `PN-${index}` }));
        } else {
          detail = invokeCard(await rita.click('fulfil.step', action.data));
        }
        // The same step clicked twice (double click, old card) is recorded once.
        await rita.click('fulfil.step', { ...action.data, [`trackingRef-${action.data.itemId}`]: 'again' });
        expect(
          (await harness.app.store.audit.list({ type: 'item', id: action.data.itemId })).filter((e) => e.what === `item.${step}`),
        ).toHaveLength(1);
      }
    }
    // Delivered: what is left for the desk is the issuer's report that a card was activated.
    expect(stepActions(detail).map((a) => a.title)).toEqual(['Mark activated', 'Mark activated']);
    const items = await harness.app.store.orders.items(orderId);
    expect(items.map((i) => [i.status, i.trackingRef])).toEqual([
      ['delivered', 'PN-0'],
      ['delivered', 'PN-1'],
    ]);
    const history = json(detail);
    for (const line of [
      'Order submitted',
      'Approved by the issuer',
      'Anna Berg approved the card details',
      'Card for Bo Ek shipped (PN-1)',
      'Card for Anna Berg delivered',
    ])
      expect(history).toContain(line);
    expectNoFullId(history, FULL_ID_ANNA);
    expect(json(cardOf((await olle.say('orders')).sent.find((c) => c.kind === 'reply')))).toContain('Delivered');
    expect((await olle.say('order ID06-2000-000001')).texts.join()).toContain('There is no order ID06-2000-000001');
    expectNoFullId(harness.logs.text, FULL_ID_ANNA);
  });
});
