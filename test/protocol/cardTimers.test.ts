import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardProblems } from '../support/validateCard';
import { confirmData, invokeText, ORDER_NUMBER, ownerOf, seedCart, walkToSummary } from './checkoutHelpers';
import { activate, actionsOf, deliverAll, deliveredOrder, listCard } from './cardsInUseHelpers';
import { cardsTo, cardWith, json, startCast, until, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const DAY = 24 * 60 * 60 * 1000;

describe('a card’s end: reminders, renewal, lapse and supersede (fake clock, across a restart)', () => {
  it('reminds the orderer 60 and 14 days before the end with Renew; the renewal ordered and activated supersedes the old card, which lapsed at its date', async () => {
    const { harness, olle, rita, anna, time } = cast;
    const { number, anna: annaItem } = await deliveredOrder(cast);
    await activate(cast, number, annaItem);
    const validUntil = (await harness.app.store.lifecycle.item(annaItem))!.validUntil!;
    const tick = async () => {
      await harness.app.approvalTimers.runOnce();
      await harness.app.outbox.runOnce();
    };
    const reminders = () => cardsTo(harness, olle, 'send').filter((c) => json(c).includes('ends on'));

    // Outside the renewal window: no Renew yet, and a forged click says from when.
    expect(actionsOf(listCard(await olle.say('cards in use'))).filter((a) => a.verb === 'cards.renew')).toEqual([]);
    expect(invokeText(await olle.click('cards.renew', { itemId: annaItem, why: 'renew' }))).toContain('it can be renewed from');
    await tick();
    expect(reminders()).toHaveLength(0);

    time.advance(validUntil.getTime() - time.now().getTime() - 60 * DAY + 60_000);
    await tick();
    await tick();
    await until(harness, () => reminders().length === 1, 'the first reminder');
    expect(json(reminders()[0])).toContain('in 60 days');
    expect(cardProblems(reminders()[0])).toEqual([]);
    await harness.restart();
    time.advance(46 * DAY);
    await tick();
    await until(harness, () => reminders().length === 2, 'the second reminder');
    expect(json(reminders()[1])).toContain('in 14 days');
    expect((await harness.app.store.audit.list({ type: 'item', id: annaItem })).filter((e) => e.what === 'item.end_reminder')).toHaveLength(
      2,
    );

    // Renew from the reminder: a cart item without the photo; a fresh one is sent, then checkout.
    const renew = actionsOf(reminders()[1]).find((a) => a.verb === 'cards.renew');
    expect(invokeText(await olle.click('cards.renew', renew.data))).toContain('A renewal for Anna Berg is in your cart');
    const owner = await ownerOf(harness, olle);
    const [renewal] = await harness.app.store.cart.list(owner);
    expect([renewal!.photoId, renewal!.replacesItemId]).toEqual([null, annaItem]);
    const [withPhoto] = await seedCart(harness, olle, [{ firstName: 'Photo', email: 'photo@contoso.example' }]);
    await harness.app.store.cart.remove(owner, withPhoto!.id);
    await harness.app.store.cart.replace(owner, renewal!.id, { ...renewal!, photoId: withPhoto!.photoId });
    const confirmed = await olle.click('order.confirm', confirmData(await walkToSummary(olle)));
    const second = json(confirmed.body).match(ORDER_NUMBER)![0];
    const order2 = (await harness.app.store.orders.byNumber(second))!;
    const [newItem] = await harness.app.store.orders.items(order2.id);
    expect(newItem!.replacesItemId).toBe(annaItem);
    expect(json(listCard(await olle.say('cards in use')))).toContain(`A renewal or replacement is ordered (${second})`);

    // The old card passes its date before the new one is activated: it lapses once, the orderer is told.
    time.advance(15 * DAY);
    await tick();
    await tick();
    expect((await harness.app.store.lifecycle.item(annaItem))!.status).toBe('card_lapsed');
    expect((await harness.app.store.audit.list({ type: 'item', id: annaItem })).filter((e) => e.what === 'item.lapse')).toHaveLength(1);
    await until(harness, () => json(cardsTo(harness, olle, 'send')).includes('is no longer valid'), 'the lapse notice');
    expect(json(listCard(await olle.say('cards in use')))).toContain('No longer valid: its date passed on');

    await rita.click(
      'review.decide',
      { orderId: order2.id, decision: 'approve' },
      (await cardWith(harness, rita, `Review order ${second}`)).call.activityId,
    );
    await anna.click('approval.decide', (await cardWith(harness, anna, newItem!.id)).card.actions[0].data);
    await deliverAll(cast, second, [newItem!.id]);
    await activate(cast, second, newItem!.id);
    expect((await harness.app.store.lifecycle.item(annaItem))!.status).toBe('card_superseded');
    const list = json(listCard(await olle.say('cards in use')));
    // Anna's new card is listed, her old one (superseded) no longer; Bo's card of the first order stays.
    expect(list).toContain(`19900101-**** · order ${second}`);
    expect(list).not.toContain(annaItem);
    expect(list).toContain(`19850202-**** · order ${number}`);
    expect(list.match(/Anna Berg/g)).toHaveLength(1);
  });
});
