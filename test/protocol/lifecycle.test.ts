import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardProblems } from '../support/validateCard';
import { cardOf } from '../support/botHarness';
import { invokeCard, invokeText } from './checkoutHelpers';
import {
  callsTo,
  cardWith,
  FULL_ID_ANNA,
  FULL_ID_BO,
  json,
  expectNoFullId,
  shownId,
  placeOrderFor,
  startCast,
  outboxSettled,
  type Cast,
} from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const statusOf = async (orderId: string) => (await cast.harness.app.store.orders.get(orderId))?.status;
const itemsOf = async (orderId: string) => cast.harness.app.store.orders.items(orderId);

describe('order life cycle: issuer review, cardholder approval', () => {
  it('review card to the reviewer; a non-reviewer is refused; approval replaces the card for everyone and reaches the cardholders', async () => {
    const { harness, olle, rita, anna, bo } = cast;
    await anna.say('hi'); // Anna has met the bot; Bo has not
    const { number, orderId } = await placeOrderFor(cast);

    const review = await cardWith(harness, rita, `Review order ${number}`);
    const shown = json(review.card);
    expect(shown).toContain('19900101-****');
    expectNoFullId(shown, FULL_ID_ANNA);
    expect(shown).toContain('Manual ID verification needed');
    expect(shown).toMatch(/\/photos\/[^"]+\/thumb\?[^"]*sig=/);
    expect(cardProblems(review.card)).toEqual([]);

    const refused = await olle.click('review.decide', { orderId, decision: 'approve' });
    // The same answer as for an order that does not exist: ids cannot be probed.
    expect(invokeText(refused)).toContain('sent something I could not read');
    expect(invokeText(await olle.click('review.decide', { orderId: 'no-such-order', decision: 'approve' }))).toBe(invokeText(refused));
    expect(harness.logs.text).not.toContain('"event":"turn.failed"');
    expect(await statusOf(orderId)).toBe('submitted');

    const noReason = await rita.click('review.decide', { orderId, decision: 'reject', reason: '  ' });
    expect(invokeText(noReason)).toContain('Please give a reason');

    const approved = await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    expect(json(invokeCard(approved))).toContain('Approved. The cardholders are asked to confirm');
    expect(await statusOf(orderId)).toBe('approved');
    // Replaced for everyone: the stored review card is updated in place.
    const updated = await cardWith(harness, rita, 'Approved. The cardholders', 'update');
    expect(updated.call.activityId).toBe(review.call.activityId);
    expect(itemActions(updated.card)).toEqual([]);

    const approval = await cardWith(harness, anna, 'Check your ID06 card');
    expect(json(approval.card)).toContain(shownId(FULL_ID_ANNA));
    expect(json(approval.card)).toContain('passport or national ID card');
    expect(cardProblems(approval.card)).toEqual([]);
    // Bo never wrote to the bot: his card waits and the orderer is told what to do.
    const notice = await cardWith(harness, olle, 'has not used the ID06 bot yet');
    expect(json(notice.card)).toContain('Bo Ek');
    expect(cardProblems(notice.card)).toEqual([]);
    expect(callsTo(harness, bo)).toEqual([]);

    const again = await rita.click('review.decide', { orderId, decision: 'reject', reason: 'late' });
    expect(json(invokeCard(again))).toContain('Approved');
    expect(await statusOf(orderId)).toBe('approved');

    // Full identity numbers only ever went to the cardholder's own chat, and never to the logs.
    for (const call of harness.connector.calls.filter((c) => c.conversationId !== anna.conversationId))
      expectNoFullId(json(call.body), FULL_ID_ANNA);
    expectNoFullId(harness.logs.text, FULL_ID_ANNA);
    expectNoFullId(harness.logs.text, FULL_ID_BO);
  });

  it('only the cardholder decides; a double click is "already decided"; the card is replaced for everyone', async () => {
    const { harness, rita, anna, bo } = cast;
    await anna.say('hi');
    await bo.say('hi');
    const { orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    const annaCard = await cardWith(harness, anna, 'Check your ID06 card');
    const approve = annaCard.card.actions.find((a: any) => a.data.decision === 'approve').data;

    const wrong = await bo.click('approval.decide', approve);
    expect(invokeText(wrong)).toContain('sent something I could not read');
    expect(invokeText(await bo.click('approval.decide', { ...approve, itemId: 'no-such-item' }))).toBe(invokeText(wrong));
    expect((await itemsOf(orderId))[0]!.status).toBe('awaiting_cardholder');

    const first = await anna.click('approval.decide', approve, annaCard.call.activityId);
    expect(json(invokeCard(first))).toContain('You approved your card details');
    const second = await anna.click('approval.decide', approve, annaCard.call.activityId);
    expect(invokeText(second)).toContain('already decided');
    expect((await itemsOf(orderId))[0]!.status).toBe('approved');
    expect(
      (await harness.app.store.audit.list({ type: 'item', id: (await itemsOf(orderId))[0]!.id })).filter((e) => e.what === 'item.approve'),
    ).toHaveLength(1);

    const replaced = await cardWith(harness, anna, 'You approved your card details', 'update');
    expect(replaced.call.activityId).toBe(annaCard.call.activityId);
    expectNoFullId(json(replaced.card), FULL_ID_ANNA);
  });

  it('decline -> the orderer edits and resends -> the old card says replaced -> the cardholder approves the fresh card', async () => {
    const { harness, olle, rita, bo } = cast;
    const { orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    await cardWith(harness, olle, 'has not used the ID06 bot yet');

    await bo.say('hi'); // first contact: his waiting approval is delivered now
    const boCard = await cardWith(harness, bo, 'Check your ID06 card');
    expect(json(boCard.card)).toContain(shownId(FULL_ID_BO));
    const decline = { ...boCard.card.actions.find((a: any) => a.data.decision === 'decline').data, field: 'name', reason: 'It is Bosse' };
    expect(invokeText(await bo.click('approval.decide', { ...decline, reason: '' }))).toContain('Please say what is wrong');
    const declined = await bo.click('approval.decide', decline, boCard.call.activityId);
    expect(json(invokeCard(declined))).toContain('You said something is wrong (Name): It is Bosse');

    const told = await cardWith(harness, olle, 'says the name is wrong: It is Bosse');
    expect(cardProblems(told.card)).toEqual([]);
    const edit = told.card.actions.find((a: any) => a.data.mode === 'edit').data;
    const resent = await olle.click('approval.resend', { ...edit, firstName: 'Bosse', lastName: 'Ek', email: 'bo.ek@contoso.example' });
    // The issuer approved "Bo": "Bosse" is printed only once the issuer has approved the change.
    expect(invokeText(resent)).toContain('the card issuer reviews the card again first; Bosse Ek gets the card to approve after that');
    expect(invokeText(await olle.click('approval.resend', edit))).toContain('already decided');

    const old = await cardWith(harness, bo, 'replaced by a newer one', 'update');
    expect(old.call.activityId).toBe(boCard.call.activityId);
    const change = await cardWith(harness, rita, 'Review a changed card');
    expect(json(change.card)).toContain('changed from **Bo Ek** to **Bosse Ek**');
    expect(json(change.card)).toContain('19850202-****');
    expectNoFullId(json(change.card), FULL_ID_BO);
    expect(cardProblems(change.card)).toEqual([]);
    await outboxSettled(harness);
    expect(callsTo(harness, bo).filter((c) => json(c.body).includes('Bosse Ek'))).toEqual([]);
    const pending = (await itemsOf(orderId))[1]!;
    expect([pending.status, pending.cardReview, pending.remindAt]).toEqual(['awaiting_cardholder', 'pending', null]);
    const number = /ID06-\d{4}-\d{6}/.exec(json(change.card))![0];
    expect(json(cardOf((await olle.say(`order ${number}`)).sent[0]))).toContain("19850202-**** · Waiting for the issuer's review");
    const changeData = change.card.actions[0].data;
    expect(invokeText(await olle.click('review.card', changeData))).toContain('sent something I could not read');
    expect(json(invokeCard(await rita.click('review.card', changeData)))).toContain('Approved: the card 19850202-**** of order');
    expect(json(invokeCard(await rita.click('review.card', changeData)))).toContain('Approved');

    const fresh = await cardWith(harness, bo, 'Bosse Ek');
    const approve = fresh.card.actions.find((a: any) => a.data.decision === 'approve').data;
    expect(approve.round).toBe('3');
    expect(invokeText(await bo.click('approval.decide', { ...approve, round: '1' }))).toContain('already decided');
    expect(json(invokeCard(await bo.click('approval.decide', approve)))).toContain('You approved');
    const bo2 = (await itemsOf(orderId))[1]!;
    expect([bo2.firstName, bo2.status, bo2.approvalRound, bo2.cardReview]).toEqual(['Bosse', 'approved', 3, 'with_order']);
    const audit = await harness.app.store.audit.list({ type: 'item', id: bo2.id });
    expect(audit.map((a) => a.what)).toEqual(expect.arrayContaining(['item.resend', 'item.review_card', 'item.approve']));
    await outboxSettled(harness);
  });

  it('the issuer rejects one card with a reason; approving the order then reaches only the other cardholder', async () => {
    const { harness, olle, rita, anna, bo } = cast;
    await anna.say('hi');
    await bo.say('hi');
    const { orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    const choices = review.card.body.find((b: any) => b.id === 'itemId').choices;
    const boItem = choices.find((c: any) => c.title === 'Bo Ek').value;
    const rejectOne = review.card.actions.find((a: any) => a.verb === 'review.rejectItem').data;
    expect(invokeText(await rita.click('review.rejectItem', { ...rejectOne, reason: 'x' }))).toContain('Choose the card to reject first');
    expect(invokeText(await rita.click('review.rejectItem', { ...rejectOne, itemId: boItem }))).toContain('Please give a reason');
    expect(invokeText(await olle.click('review.rejectItem', { ...rejectOne, itemId: boItem, reason: 'x' }))).toContain(
      'sent something I could not read',
    );
    expect(invokeText(await rita.click('review.rejectItem', { ...rejectOne, itemId: 'forged-item', reason: 'x' }))).toContain(
      'sent something I could not read',
    );
    const rejected = await rita.click(
      'review.rejectItem',
      { ...rejectOne, itemId: boItem, reason: 'Photo is of someone else' },
      review.call.activityId,
    );
    expect(json(invokeCard(rejected))).toContain('Bo Ek** · Rejected by the issuer');
    await cardWith(harness, rita, 'Rejected by the issuer', 'update');
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    await cardWith(harness, anna, 'Check your ID06 card');
    await outboxSettled(harness); // anything meant for Bo would have been sent by now
    expect(callsTo(harness, bo).filter((c) => json(c.body).includes('Check your ID06 card'))).toEqual([]);
    expect((await itemsOf(orderId)).map((i) => i.status)).toEqual(['awaiting_cardholder', 'rejected']);
  });
});

const itemActions = (card: any) => JSON.stringify(card).match(/review\.(rejectItem|decide)/g) ?? [];
