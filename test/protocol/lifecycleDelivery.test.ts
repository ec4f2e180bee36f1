import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardProblems } from '../support/validateCard';
import { TeamsUser } from '../support/botHarness';
import { invokeCard, invokeText } from './checkoutHelpers';
import { callsTo, cardsTo, cardWith, json, placeOrderFor, startCast, until, outboxSettled, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const DAY = 24 * 60 * 60 * 1000;
const reviewSends = () => callsTo(cast.harness, cast.rita, 'send').filter((c) => json(c.body).includes('Review order'));

describe('life-cycle messages through the outbox', () => {
  it('a 429 with Retry-After, then 200: the review card is delivered exactly once, no sooner than Retry-After', async () => {
    const { harness, rita } = cast;
    await harness.app.outbox.stop();
    const { orderId } = await placeOrderFor(cast);
    harness.connector.failures.push({ status: 429, retryAfter: 1, code: 'Throttled', conversationId: rita.conversationId });
    const started = Date.now();
    harness.app.outbox.start();
    await until(harness, () => reviewSends().length === 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    // Once the row is recorded as sent, a second delivery could no longer be on its way.
    await until(harness, async () =>
      (await harness.app.store.outbox.list()).some((m) => m.eventId === `review:${orderId}` && m.status === 'sent'),
    );
    expect(reviewSends()).toHaveLength(1);
    const row = (await harness.app.store.outbox.list()).find((m) => m.eventId === `review:${orderId}`);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('403 for a cardholder: the item waits, the orderer is told, and the card arrives when the cardholder writes', async () => {
    const { harness, olle, rita, anna } = cast;
    await anna.say('hi');
    const { orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    harness.connector.failures.push({ status: 403, code: 'BotNotInConversationRoster', conversationId: anna.conversationId });
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    const told = await cardWith(harness, olle, 'could not reach Anna Berg');
    expect(cardProblems(told.card)).toEqual([]);
    expect((await harness.app.store.orders.items(orderId))[0]!.status).toBe('awaiting_cardholder');
    expect(cardsTo(harness, anna, 'send').filter((c) => json(c).includes('Check your ID06 card'))).toEqual([]);

    await anna.say('hello again', { locale: 'en-GB' }); // a changed profile: an uncached turn, as after a while
    await cardWith(harness, anna, 'Check your ID06 card');
  });

  it('a cardholder the bot never met: the orderer changes the e-mail and the card goes to that person', async () => {
    const { harness, olle, rita } = cast;
    const bosse = new TeamsUser(harness, { name: 'Bo Ek', email: 'bosse.ek@contoso.example' });
    await bosse.say('hi');
    const { orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    const notice = await cardWith(harness, olle, 'Bo Ek (bo.ek@contoso.example) has not used the ID06 bot yet');
    const change = notice.card.actions.find((a: any) => a.data.mode === 'edit').data;
    expect(invokeText(await olle.click('approval.resend', { ...change, email: 'not-an-email' }))).toContain('That did not work');
    expect(invokeText(await olle.click('approval.resend', { ...change, email: 'Bosse.Ek@contoso.example' }))).toContain(
      'on its way to Bo Ek',
    );
    const card = await cardWith(harness, bosse, 'Check your ID06 card');
    expect(json(invokeCard(await bosse.click('approval.decide', card.card.actions[0].data)))).toContain('You approved');
    const bo = (await harness.app.store.orders.items(orderId))[1]!;
    expect([bo.email, bo.status]).toEqual(['bosse.ek@contoso.example', 'approved']);
  });

  it('a review card that goes out after the order was decided is replaced at once', async () => {
    const { harness, rita } = cast;
    await harness.app.outbox.stop();
    const { orderId } = await placeOrderFor(cast);
    expect(json(invokeCard(await rita.click('review.decide', { orderId, decision: 'reject', reason: 'Duplicate order' })))).toContain(
      'Rejected: Duplicate order',
    );
    expect(await harness.app.store.orders.get(orderId)).toMatchObject({ status: 'rejected' });
    harness.app.outbox.start();
    await until(harness, () => reviewSends().length === 1);
    const sent = reviewSends()[0]!;
    await cardWith(harness, rita, 'Rejected: Duplicate order', 'update');
    expect(callsTo(harness, rita, 'update').map((c) => c.activityId)).toEqual([sent.activityId]);
  });

  it('pending outbox rows survive a restart and are delivered after it', async () => {
    const { harness, rita, anna } = cast;
    await anna.say('hi');
    const { orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await harness.app.outbox.stop();
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    expect((await harness.app.store.outbox.list({ status: 'pending' })).some((m) => m.eventId.startsWith('approval:'))).toBe(true);
    await harness.restart();
    await cardWith(harness, anna, 'Check your ID06 card');
    await cardWith(harness, rita, 'Approved. The cardholders', 'update');
  });

  it('managers get one compact card per order for the events of a minute', async () => {
    const { harness, rita, anna, maja, time } = cast;
    await anna.say('hi');
    const { orderId, number } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    const annaCard = await cardWith(harness, anna, 'Check your ID06 card');
    await anna.click('approval.decide', annaCard.card.actions[0].data);
    expect(callsTo(harness, maja, 'send')).toEqual([]);
    time.advance(61_000);
    await harness.app.outbox.runOnce();
    await until(harness, () => callsTo(harness, maja, 'send').length === 1);
    await outboxSettled(harness);
    const sends = cardsTo(harness, maja, 'send');
    expect(sends).toHaveLength(1);
    const text = json(sends[0]);
    expect(text).toContain(`Order ${number}`);
    for (const line of ['Submitted with 2 cards', 'Approved by the issuer', 'Anna Berg approved their card details'])
      expect(text).toContain(line);
    expect(cardProblems(sends[0])).toEqual([]);
  });

  it('reminds after 2 and 5 days and expires after 14 (fake clock, across a restart); the orderer is told and can resend', async () => {
    const { harness, olle, rita, anna, time } = cast;
    await anna.say('hi');
    const { orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    await cardWith(harness, anna, 'Check your ID06 card');
    const tick = async () => {
      await harness.app.approvalTimers.runOnce();
      await harness.app.outbox.runOnce();
    };
    const reminders = () => cardsTo(harness, anna, 'send').filter((c) => json(c).includes('Reminder: your ID06 card'));

    time.advance(DAY);
    await tick();
    expect(reminders()).toHaveLength(0);
    time.advance(DAY + 60_000);
    await tick();
    await until(harness, () => reminders().length === 1);
    await harness.restart();
    time.advance(3 * DAY);
    await tick();
    await until(harness, () => reminders().length === 2);
    time.advance(8 * DAY);
    await tick();
    expect((await harness.app.store.orders.items(orderId))[0]!.status).toBe('awaiting_cardholder');
    time.advance(DAY);
    await tick();
    expect((await harness.app.store.orders.items(orderId))[0]!.status).toBe('expired');
    const told = await cardWith(harness, olle, 'Anna Berg did not answer within the time limit');
    await until(harness, () => callsTo(harness, anna, 'update').filter((c) => json(c.body).includes('This approval expired')).length === 3);
    expect(reminders()).toHaveLength(2);
    const old = await anna.click('approval.decide', reminders()[0].actions[0].data);
    expect(invokeText(old)).toContain('already decided');

    const resend = told.card.actions.find((a: any) => a.data.mode === 'same').data;
    expect(invokeText(await olle.click('approval.resend', resend))).toContain('on its way to Anna Berg');
    await until(harness, () => cardsTo(harness, anna, 'send').filter((c) => json(c).includes('"round":"2"')).length === 1);
  });
});
