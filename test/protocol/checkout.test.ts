import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portraitJpeg } from '../photos/fixtures';
import { actionData, cardOf, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { confirmData, invokeCard, invokeText, last, lastCard, ORDER_NUMBER, ownerOf, seedCart, walkToSummary } from './checkoutHelpers';
import { cardProblems } from '../support/validateCard';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

const ordersOf = async (user: TeamsUser) => harness.app.store.orders.listFor(await ownerOf(harness, user), 100);

describe('checkout over HTTP with a fake Teams connector', () => {
  it('goes from a new card through every checkout step to exactly one order, with buttons and typed answers', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    for (const answer of ['Anna', 'Berg', 'Sverige', '19900101-1239', 'anna.berg@example.com', '070-123 45 67', 'Standard', 'no'])
      await user.say(answer);
    const url = harness.connector.addFile(`checkout-${user.aadObjectId}.jpg`, await portraitJpeg());
    const summary = await user.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'anna.jpg',
      content: { downloadUrl: url },
    });
    await user.click('newcard.add', actionData(cardOf(summary.sent.at(-1)), { verb: 'newcard.add' }));

    const cart = await user.say('cart');
    const checkoutStart = await user.click('checkout.start', actionData(cardOf(cart.sent[0]), { verb: 'checkout.start' }));
    expect(invokeCard(checkoutStart)).toBeTruthy();
    const delivery = lastCard(checkoutStart);
    expect(JSON.stringify(delivery)).toContain('Express pick-up');
    const address = await user.click('dialog.answer', actionData(delivery, { title: 'Standard delivery' }));
    expect(JSON.stringify(invokeCard(address))).toContain('Standard delivery');
    expect(JSON.stringify(lastCard(address))).toContain('Torsgatan 30, 113 21 Stockholm');
    const name = await user.click('dialog.answer', actionData(lastCard(address), { title: 'New address' }));
    expect(last(name)).toMatch(/company or name/);
    await user.say('Demo Bygg AB');
    await user.say('Site office Norra');
    expect(last(await user.say('Sveavägen 44'))).toMatch(/postal code/);
    const badPostal = await user.say('1132');
    expect(badPostal.texts.join('\n')).toMatch(/"1132" is not a Swedish postal code/);
    await user.say('11144');
    const save = await user.say('Stockholm');
    expect(JSON.stringify(lastCard(save))).toContain('Demo Bygg AB, c/o Site office Norra, Sveavägen 44, 111 44 Stockholm');
    const recipient = await user.click('dialog.answer', actionData(lastCard(save), { title: 'Yes' }));
    const mobile = await user.click('dialog.answer', actionData(lastCard(recipient), { title: 'Me (Olle Orderer)' }));
    expect(last(mobile)).toMatch(/Olle Orderer's \*\*mobile\*\*/);
    const more = await user.say('070-123 45 67');
    await user.click('dialog.answer', actionData(lastCard(more), { title: 'Add another' }));
    await user.say('Bo Ek');
    await user.say('0709876543');
    const expense = await user.say('continue');
    expect(last(expense)).toMatch(/expense code/);
    expect((await user.say('x'.repeat(31))).texts.join('\n')).toMatch(/at most 30 characters; "x{31}" has 31/);
    const invoice = await user.say('KST 4711');
    expect(JSON.stringify(lastCard(invoice))).toContain('Region Syd, Fakturor');
    const terms = await user.say('2');
    expect(JSON.stringify(lastCard(terms))).toContain('Delivery terms');
    const summaryTurn = await user.click('dialog.answer', actionData(lastCard(terms), { title: 'I accept' }));

    const card = lastCard(summaryTurn);
    const shown = JSON.stringify(card);
    for (const text of [
      'Anna Berg: 19900101-****',
      'manual ID verification',
      'Sveavägen 44, 111 44 Stockholm (saved for next time)',
      'Olle Orderer (+46701234567), Bo Ek (+46709876543)',
      'Box 45, 211 20 Malmö',
      'KST 4711',
      'SEK 199.00',
      'VAT 25 %',
      'SEK 49.75',
      'Total incl. VAT: SEK 248.75',
    ]) {
      expect(shown).toContain(text);
    }
    expect(shown).not.toContain('1239');

    const confirmed = await user.click('order.confirm', actionData(card, { verb: 'order.confirm' }));
    const placedCard = invokeCard(confirmed);
    expect(JSON.stringify(placedCard)).toMatch(/Placed as order ID06-\d{4}-\d{6}/);
    expect(placedCard.actions ?? []).toEqual([]);
    expect(last(confirmed)).toMatch(/Your order \*\*ID06-\d{4}-\d{6}\*\* is placed/);

    const { store } = harness.app;
    const owner = await ownerOf(harness, user);
    const { orders } = await store.orders.listFor(owner, 10);
    expect(orders).toHaveLength(1);
    const order = orders[0]!.order;
    expect(order).toMatchObject({
      itemCount: 1,
      expenseCode: 'KST 4711',
      netOre: 19900,
      vatOre: 4975,
      grossOre: 24875,
      deliveryKind: 'address',
      status: 'submitted',
    });
    expect(order.deliveryAddress).toEqual({
      name: 'Demo Bygg AB',
      careOf: 'Site office Norra',
      street: 'Sveavägen 44',
      postalCode: '111 44',
      city: 'Stockholm',
    });
    expect(order.recipients).toEqual([
      { name: 'Olle Orderer', mobile: '+46701234567' },
      { name: 'Bo Ek', mobile: '+46709876543' },
    ]);
    const [item] = await store.orders.items(order.id);
    expect(item).toMatchObject({ firstName: 'Anna', lastName: 'Berg', identityNumber: '199001011239', manualIdVerification: true });
    expect(item!.photoId).toBeTruthy();
    expect(await store.cart.count(owner)).toBe(0);
    expect(await store.audit.list({ type: 'order', id: order.id })).toEqual([
      expect.objectContaining({ what: 'order.submit', to: 'submitted' }),
    ]);
    expect((await store.settings.addresses(owner.companyId, 'delivery')).map((a) => a.street)).toContain('Sveavägen 44');
    expect(harness.logs.text).not.toContain('199001011239');

    const list = await user.say('orders');
    expect(JSON.stringify(cardOf(list.sent[0]))).toContain(order.number);
  });

  it('edits one part from the summary and comes back to a summary that orders the new answer', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    const summary = await walkToSummary(user, { expenseCode: 'OLD-1' });
    const editing = await user.click('checkout.edit', actionData(lastCard(summary), { verb: 'checkout.edit' }));
    expect(JSON.stringify(invokeCard(editing))).toContain('Editing');
    const pick = lastCard(editing);
    expect(pick.actions.map((a: { title: string }) => a.title)).toEqual([
      'Delivery option',
      'Delivery address',
      'Recipients',
      'Expense code',
      'Invoice address',
      'Back',
    ]);
    const asked = await user.click('dialog.answer', actionData(pick, { title: 'Expense code' }));
    expect(last(asked)).toMatch(/expense code/);
    const again = await user.say('NEW-2');
    const shown = JSON.stringify(lastCard(again));
    expect(shown).toContain('NEW-2');
    expect(shown).not.toContain('OLD-1');
    expect(shown).toContain('Olle Orderer (+46701234567)');
    await user.click('order.confirm', confirmData(again));
    const { orders } = await ordersOf(user);
    expect(orders.map((o) => o.order.expenseCode)).toEqual(['NEW-2']);
  });

  it('refuses to go on without accepting the delivery terms, and no forged click gets round it', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    await user.say('checkout');
    for (const answer of ['standard', '1', 'me', '0701234567', 'continue', 'none']) await user.say(answer);
    const terms = await user.say('1');
    const card = lastCard(terms);
    expect(JSON.stringify(card)).toContain('Demo delivery terms.');
    const declined = await user.click('dialog.answer', actionData(card, { title: 'I do not accept' }));
    expect(declined.texts.join('\n')).toContain('The order can only be placed if you accept the delivery terms');
    expect(JSON.stringify(declined.sent)).not.toContain('Check your order');
    const typedNo = await user.say('no');
    expect(typedNo.texts.join('\n')).toContain('only be placed if you accept');
    const forged = await user.click('order.confirm', {
      checkoutId: '00000000-0000-4000-8000-000000000000',
      nonce: actionData(lastCard(typedNo), { title: 'I accept' }).nonce,
    });
    expect(invokeText(forged)).toMatch(/checkout is closed/);
    const typedConfirm = await user.say('confirm');
    expect(typedConfirm.texts.join('\n')).toContain('only be placed if you accept');
    expect((await ordersOf(user)).total).toBe(0);
    const accepted = await user.say('I accept');
    expect(JSON.stringify(lastCard(accepted))).toContain('Check your order');
  });

  it('orders once on a double click; the second click keeps the summary and says calmly which order it is', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}, {}]);
    const summary = await walkToSummary(user);
    const first = await user.click('order.confirm', confirmData(summary));
    const number = ORDER_NUMBER.exec(JSON.stringify(invokeCard(first)))![0];
    const second = await user.click('order.confirm', confirmData(summary));
    const card = invokeCard(second);
    const shown = JSON.stringify(card);
    expect(cardProblems(card)).toEqual([]);
    for (const text of [
      'Check your order',
      'Anna Berg: 19900101-****',
      'Bo Berg',
      'KST 4711',
      `Placed as order ${number}. Nothing was ordered twice.`,
    ])
      expect(shown).toContain(text);
    expect(shown).not.toContain('Attention');
    expect(card.actions ?? []).toHaveLength(0);
    expect(second.texts).toHaveLength(0);
    expect((await ordersOf(user)).total).toBe(1);
  });

  it('orders once when both clicks arrive at the same moment', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    const summary = await walkToSummary(user);
    const results = await Promise.all([
      user.click('order.confirm', confirmData(summary)),
      user.click('order.confirm', confirmData(summary)),
    ]);
    const texts = results.map((r) => JSON.stringify(invokeCard(r)));
    expect(texts.filter((t) => /Placed as order/.test(t))).toHaveLength(2);
    expect(texts.filter((t) => /Nothing was ordered twice/.test(t))).toHaveLength(1);
    expect((await ordersOf(user)).total).toBe(1);
  });

  it('refuses a click on an old summary after an edit, and later answers it with the order number', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    const oldSummary = await walkToSummary(user);
    const editing = await user.click('checkout.edit', actionData(lastCard(oldSummary), { verb: 'checkout.edit' }));
    await user.click('dialog.answer', actionData(lastCard(editing), { title: 'Expense code' }));
    const newSummary = await user.say('P-99');
    const stale = await user.click('order.confirm', confirmData(oldSummary));
    expect(invokeText(stale)).toMatch(/out of date/);
    expect((await ordersOf(user)).total).toBe(0);
    const placed = await user.click('order.confirm', confirmData(newSummary));
    const number = ORDER_NUMBER.exec(JSON.stringify(invokeCard(placed)))![0];
    const late = await user.click('order.confirm', confirmData(oldSummary));
    expect(JSON.stringify(invokeCard(late))).toContain(`Placed as order ${number}. Nothing was ordered twice.`);
    expect((await ordersOf(user)).total).toBe(1);
  });

  it('gives exactly one order when the same cart is checked out from two chats and both confirm at once', async () => {
    const aad = crypto.randomUUID();
    const personal = new TeamsUser(harness, { aadObjectId: aad });
    // Two personal chats of one person (checkout never runs in a group chat: it asks for mobile numbers).
    const group = new TeamsUser(harness, { aadObjectId: aad, conversationId: `a:second-personal-${aad}` });
    await seedCart(harness, personal, [{}, {}]);
    const a = await walkToSummary(personal);
    const b = await walkToSummary(group);
    const [ra, rb] = await Promise.all([personal.click('order.confirm', confirmData(a)), group.click('order.confirm', confirmData(b))]);
    const texts = [ra, rb].map((r) => JSON.stringify(invokeCard(r)));
    const placed = texts.filter((t) => /Placed as order/.test(t));
    expect(placed).toHaveLength(1);
    const number = ORDER_NUMBER.exec(placed[0]!)![0];
    expect(texts.filter((t) => t.includes(`already placed as order ${number}`))).toHaveLength(1);
    expect([ra, rb].flatMap((r) => r.texts).join('\n')).toContain(`Already placed as order ${number}. Nothing was ordered twice.`);
    const { total, orders } = await ordersOf(personal);
    expect(total).toBe(1);
    expect(orders[0]!.order.itemCount).toBe(2);
  });

  it('confirms after a restart between the summary and the click', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    const summary = await walkToSummary(user);
    await harness.restart();
    const placed = await user.click('order.confirm', confirmData(summary));
    expect(JSON.stringify(invokeCard(placed))).toMatch(/Placed as order ID06-\d{4}-\d{6}/);
    expect((await ordersOf(user)).total).toBe(1);
  });

  it('does not order a cart with a cardholder without a photo, and says who and why', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{ firstName: 'Anna' }, { firstName: 'Bo', lastName: 'Ek', photo: false }]);
    const start = await user.say('checkout');
    expect(start.texts.join('\n')).toContain('Note: Bo Ek cannot be ordered until the photo is fixed');
    for (const answer of ['standard', '1', 'me', '0701234567', 'continue', 'none', '1']) await user.say(answer);
    const summary = await user.say('I accept');
    const card = lastCard(summary);
    expect(JSON.stringify(card)).toContain('Bo Ek: no photo');
    expect(card.actions.map((a: { verb: string }) => a.verb)).not.toContain('order.confirm');
    const typed = await user.say('confirm');
    expect(typed.texts.join('\n')).toContain('Some cardholders cannot be ordered yet, so nothing was ordered');
    const forged = await user.click('order.confirm', {
      checkoutId: card.actions[1].data.checkoutId,
      nonce: actionData(lastCard(typed), { verb: 'checkout.edit' }).nonce,
    });
    expect(JSON.stringify(forged.sent)).toContain('nothing was ordered');
    expect((await ordersOf(user)).total).toBe(0);
    expect(await harness.app.store.cart.count(await ownerOf(harness, user))).toBe(2);
  });

  it('checks out in Swedish with express pick-up (no address asked), confirmed by typing, the card updated in place', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    await seedCart(harness, user, [{}]);
    const start = await user.say('till kassan');
    expect(last(start)).toMatch(/Hur ska korten \*\*levereras\*\*/);
    const recipient = await user.say('express');
    expect(last(recipient)).toMatch(/Vem \*\*hämtar korten\*\* på serviceplatsen/);
    expect(last(recipient)).not.toMatch(/paket|bud/i);
    for (const answer of ['jag', '070-123 45 67', 'fortsätt', 'ingen', '2']) await user.say(answer);
    const summary = await user.say('jag godkänner');
    const shown = JSON.stringify(lastCard(summary));
    for (const text of [
      'Kontrollera din beställning',
      'Expressuthämtning: Hos Sistecs serviceplats',
      '199,00 kr',
      'Moms 25 %',
      'Summa inkl. moms: 248,75 kr',
      'Ingen',
      'Region Syd',
    ])
      expect(shown).toContain(text);
    expect(shown).not.toContain('Leveransadress');
    const summaryId = summary.sent.at(-1)!.activityId;
    const confirmed = await user.say('bekräfta');
    const update = confirmed.sent.find((c) => c.kind === 'update');
    expect(update?.activityId).toBe(summaryId);
    expect(JSON.stringify(cardOf(update))).toMatch(/Lagd som beställning ID06-\d{4}-\d{6}/);
    expect(cardOf(update).actions ?? []).toEqual([]);
    expect(last(confirmed)).toMatch(/Tack! Din beställning \*\*ID06-\d{4}-\d{6}\*\* är lagd/);
    const [listed] = (await ordersOf(user)).orders;
    expect(listed!.order).toMatchObject({ deliveryKind: 'pickup', deliveryAddress: null, expenseCode: null });
    expect(listed!.order.deliveryTitle).toContain('Express pick-up');
  });

  it('says so when the cart is empty, and cancels a checkout without touching the cart', async () => {
    const user = new TeamsUser(harness);
    await user.say('help');
    expect(last(await user.say('checkout'))).toMatch(/Your cart is empty/);
    await seedCart(harness, user, [{}]);
    const summary = await walkToSummary(user);
    const cancelled = await user.click('checkout.cancel', actionData(lastCard(summary), { verb: 'checkout.cancel' }));
    expect(JSON.stringify(invokeCard(cancelled))).toContain('Cancelled.');
    expect(last(cancelled)).toBe('Checkout cancelled. Nothing was ordered; your cart is unchanged.');
    const late = await user.click('order.confirm', confirmData(summary));
    expect(JSON.stringify(invokeCard(late))).toMatch(/checkout is closed/);
    expect(await harness.app.store.cart.count(await ownerOf(harness, user))).toBe(1);
    expect((await ordersOf(user)).total).toBe(0);
  });

  it("lists the orderer's orders newest first, and only theirs", async () => {
    const user = new TeamsUser(harness);
    const other = new TeamsUser(harness);
    await seedCart(harness, other, [{}]);
    await other.click('order.confirm', confirmData(await walkToSummary(other)));
    const numbers: string[] = [];
    for (const names of [[{ firstName: 'First' }], [{ firstName: 'Second' }, { firstName: 'Third' }]]) {
      await seedCart(harness, user, names);
      const placed = await user.click('order.confirm', confirmData(await walkToSummary(user)));
      numbers.push(ORDER_NUMBER.exec(JSON.stringify(invokeCard(placed)))![0]);
    }
    // The reply, not a review card the outbox sends meanwhile (in local mode the orderer also reviews).
    const list = JSON.stringify(cardOf((await user.say('orders')).sent.find((c) => c.kind === 'reply')));
    expect(list).toContain('2 orders, newest first.');
    expect(list.indexOf(numbers[1]!)).toBeGreaterThan(-1);
    expect(list.indexOf(numbers[1]!)).toBeLessThan(list.indexOf(numbers[0]!));
    expect(list).toContain('Second Berg, Third Berg');
    expect(list).toContain('Submitted');
    const theirs = (await ordersOf(other)).orders[0]!.order.number;
    expect(list).not.toContain(theirs);
  });
});
