import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardProblems } from '../support/validateCard';
import { invokeCard, invokeText, ownerOf } from './checkoutHelpers';
import { activate, actionsOf, buttonFor, deliveredOrder, listCard } from './cardsInUseHelpers';
import { callsTo, cardsTo, expectNoFullId, FULL_ID_ANNA, json, startCast, until, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

describe('cards in use', () => {
  it('lists delivered cards; only an activated card can be blocked (a never-activated one is ended); lost or stolen offers a replacement without the old photo', async () => {
    const { harness, olle, rita, anna, bo, maja } = cast;
    const { number, anna: annaItem, bo: boItem } = await deliveredOrder(cast);

    let list = listCard(await olle.say('cards in use'));
    expect(cardProblems(list)).toEqual([]);
    expect(json(list)).toContain('Showing 2 of 2 cards');
    expect(json(list)).toContain('19900101-****');
    expectNoFullId(json(list), FULL_ID_ANNA);
    // Delivered, never activated: End card only.
    expect(
      actionsOf(list)
        .filter((a) => a.data?.itemId === boItem)
        .map((a) => a.title),
    ).toEqual(['End card']);
    expect(invokeText(await olle.click('cards.block', { itemId: boItem }))).toContain('Only an activated card can be blocked');

    // The issuer reports Anna's card activated: valid 5 years (Swedish citizen, the stand-in rule).
    const detail = await activate(cast, number, annaItem);
    expect(json(detail)).toContain('Active');
    const [activated] = await harness.app.store.orders.items((await harness.app.store.orders.byNumber(number))!.id);
    expect(activated!.status).toBe('card_active');
    expect(activated!.validUntil!.getTime() - cast.time.now().getTime()).toBeGreaterThan(4.9 * YEAR_MS);
    expect(invokeText(await rita.click('fulfil.step', { itemId: annaItem, step: 'activate', number }))).not.toContain('error');
    expect((await harness.app.store.audit.list({ type: 'item', id: annaItem })).filter((e) => e.what === 'item.activate')).toHaveLength(1);

    list = listCard(await olle.say('cards in use'));
    expect(
      actionsOf(list)
        .filter((a) => a.data?.itemId === annaItem)
        .map((a) => a.title),
    ).toEqual(['Report lost or stolen', 'End card']);
    expect(json(list)).toContain('Active · Valid until');

    // A manager only sees the list without buttons, and a forged click changes nothing.
    const majaId = (await harness.app.store.people.findByEmail('maja@contoso.example'))[0]!.id;
    for (const role of ['admin', 'orderer'] as const) await harness.app.store.members.revoke('demo-company', majaId, role);
    const majasList = listCard(await maja.say('cards in use'));
    expect(json(majasList)).toContain('Anna Berg');
    expect(actionsOf(majasList).filter((a) => a.verb !== 'cards.search')).toEqual([]);
    for (const verb of ['cards.block', 'cards.end'])
      expect(invokeText(await maja.click(verb, { itemId: annaItem, confirm: true }))).toContain('could not');
    expect(invokeText(await maja.click('cards.renew', { itemId: annaItem, why: 'replace' }))).toContain('could not');

    const blocked = invokeCard(await olle.click('cards.block', { itemId: annaItem }));
    expect(cardProblems(blocked)).toEqual([]);
    expect(json(blocked)).toContain('The card for Anna Berg is blocked');
    expect(invokeText(await olle.click('cards.block', { itemId: annaItem }))).toContain('already changed');
    expect((await harness.app.store.audit.list({ type: 'item', id: annaItem })).filter((e) => e.what === 'item.block')).toMatchObject([
      { who: { kind: 'orderer' }, details: { reason: 'lost or stolen' } },
    ]);
    // The issuer is asked, and Anna is told in her own chat.
    await until(
      harness,
      () => json(callsTo(harness, rita, 'send')).includes('please **block** the card for Anna Berg (19900101-****)'),
      'the issuer asked to block',
    );
    await until(harness, () => json(callsTo(harness, anna, 'send')).includes('Your ID06 card from Demo Bygg AB was blocked'), 'Anna told');
    expectNoFullId(json(callsTo(harness, rita, 'send')), FULL_ID_ANNA);

    // A replacement: in the cart, filled in, without a photo, linked to the old card; once only.
    const replace = buttonFor(blocked, 'cards.renew', annaItem);
    expect(replace.data.why).toBe('replace');
    expect(invokeText(await olle.click('cards.renew', replace.data))).toContain('A replacement for Anna Berg is in your cart');
    expect(invokeText(await olle.click('cards.renew', replace.data))).toContain('already in your cart');
    const cart = await harness.app.store.cart.list(await ownerOf(harness, olle));
    expect(cart.map((c) => [c.firstName, c.identityNumber, c.photoId, c.replacesItemId])).toEqual([['Anna', FULL_ID_ANNA, null, annaItem]]);
    expect(json((await olle.say('cart')).sent)).toContain('Photo needed');
    expect(json(listCard(await olle.say('cards in use')))).toContain('A renewal or replacement is ordered (in your cart)');

    // Bo's never-activated card is ended: asked once, Keep changes nothing, then for good with a reason.
    const ask = invokeCard(await olle.click('cards.end', { itemId: boItem }));
    expect(cardProblems(ask)).toEqual([]);
    expect(json(ask)).toContain('End the card for Bo Ek for good?');
    expect(json(invokeCard(await olle.click('cards.keep', { itemId: boItem })))).toContain('Nothing was changed');
    expect((await harness.app.store.lifecycle.item(boItem))!.status).toBe('delivered');
    const confirm = actionsOf(ask).find((a) => a.verb === 'cards.end');
    const ended = invokeCard(await olle.click('cards.end', { ...confirm.data, endReason: 'Left the company' }));
    expect(json(ended)).toContain('The card for Bo Ek is ended');
    expect(invokeText(await olle.click('cards.end', { ...confirm.data, endReason: 'again' }))).toContain('already changed');
    expect((await harness.app.store.audit.list({ type: 'item', id: boItem })).filter((e) => e.what === 'item.end')).toMatchObject([
      { who: { kind: 'orderer' }, from: 'delivered', to: 'card_ended', details: { reason: 'Left the company' } },
    ]);
    await until(harness, () => json(callsTo(harness, bo, 'send')).includes('Your ID06 card from Demo Bygg AB was ended'), 'Bo told');
    list = listCard(await olle.say('cards in use'));
    expect(json(list)).not.toContain('Bo Ek');

    // The managers hear of both (one coalesced update).
    cast.time.advance(61_000);
    await harness.app.outbox.runOnce();
    await until(harness, () => json(cardsTo(harness, maja, 'send')).includes('The card for Bo Ek was ended'), 'managers told');
    expect(json(cardsTo(harness, maja, 'send'))).toContain('The card for Anna Berg was blocked: lost or stolen');
    expectNoFullId(harness.logs.text, FULL_ID_ANNA);
  });

  it('searches by name in any case, says when nothing matches, and answers kort i bruk in Swedish', async () => {
    const { olle } = cast;
    await deliveredOrder(cast);
    const search = async (query: string) => invokeCard(await olle.click('cards.search', { query }));
    expect(json(await search('BERG'))).toContain('Showing 1 of 1 card matching “BERG”');
    expect(json(await search('bo ek'))).toContain('Bo Ek');
    const none = await search('Åsa');
    expect(cardProblems(none)).toEqual([]);
    expect(json(none)).toContain('No card in use matches “Åsa”');
    const sv = listCard(await cast.olle.say('kort i bruk', { locale: 'sv-SE' }));
    expect(json(sv)).toContain('Kort i bruk');
    expect(cardProblems(sv)).toEqual([]);
  });

  it('a company admin who did not order the card may end it, audited as admin', async () => {
    const { harness, maja } = cast;
    const { bo } = await deliveredOrder(cast);
    // Local mode: Maja is the demo company's admin (and orderer), not the orderer of this order.
    expect(json(invokeCard(await maja.click('cards.end', { itemId: bo, confirm: true, endReason: 'Left' })))).toContain(
      'The card for Bo Ek is ended',
    );
    expect((await harness.app.store.audit.list({ type: 'item', id: bo })).filter((e) => e.what === 'item.end')).toMatchObject([
      { who: { kind: 'admin' } },
    ]);
  });
});
