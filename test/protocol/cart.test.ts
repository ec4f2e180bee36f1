import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionData, cardOf, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { invokeCard, invokeText, last, lastCard, ownerOf, seedCart } from './checkoutHelpers';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

const cartOf = async (user: TeamsUser) => harness.app.store.cart.list(await ownerOf(harness, user));
/** The Edit/Remove button data of one cardholder on a cart card. */
function itemButton(card: any, verb: 'cart.edit' | 'cart.remove', itemId: string): Record<string, unknown> {
  const json = JSON.stringify(card);
  if (!json.includes(`"verb":"${verb}","data":{"itemId":"${itemId}"`)) throw new Error(`no ${verb} for ${itemId} on the card`);
  return verb === 'cart.remove' ? { itemId, page: 1 } : { itemId };
}

describe('cart card over HTTP', () => {
  it('shows each cardholder with thumbnail, masked number, card type, manual-ID flag and Edit/Remove', async () => {
    const user = new TeamsUser(harness);
    const [anna, bo] = await seedCart(harness, user, [
      {},
      { firstName: 'Bo', lastName: 'Ek', cardType: 'visitor', hasBankId: false, manualIdVerification: true, photo: false },
    ]);
    const card = cardOf((await user.say('cart')).sent[0]);
    const json = JSON.stringify(card);
    expect(json).toContain('2 cardholders');
    expect(json).toMatch(/\/photos\/[^"]+\/thumb\?exp=\d+&sig=/);
    expect(json).toContain('19900101-**** · Sweden · Standard');
    expect(json).toContain('Visitor · Manual ID verification (no BankID)');
    expect(json).toContain('Photo needed: choose **Send photo** to send it');
    expect(json).not.toContain('199001011239');
    itemButton(card, 'cart.edit', anna!.id);
    itemButton(card, 'cart.remove', bo!.id);
    expect(card.actions.map((a: { title: string }) => a.title)).toEqual(['Add another', 'Check out', 'Empty cart']);
    const thumb = /"url":"([^"]+)"/.exec(json)![1]!;
    // The signature covers path and expiry; the test server's public base URL says port 0, so use its real address.
    const { pathname, search } = new URL(thumb);
    const image = await fetch(`${harness.url}${pathname}${search}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
  });

  it('removes a cardholder and updates the card in place; a second click on the old card changes nothing', async () => {
    const user = new TeamsUser(harness);
    const [anna, bo] = await seedCart(harness, user, [{}, { firstName: 'Bo', lastName: 'Ek' }]);
    const card = cardOf((await user.say('cart')).sent[0]);
    const removed = await user.click('cart.remove', itemButton(card, 'cart.remove', bo!.id));
    expect(removed.sent).toHaveLength(0);
    const updated = JSON.stringify(invokeCard(removed));
    expect(updated).toContain('Removed Bo Ek from the cart.');
    expect(updated).toContain('1 cardholder');
    expect(updated).not.toContain(bo!.id);
    const again = await user.click('cart.remove', itemButton(card, 'cart.remove', bo!.id));
    expect(JSON.stringify(invokeCard(again))).toContain('That cardholder is not in your cart (any more).');
    expect((await cartOf(user)).map((i) => i.id)).toEqual([anna!.id]);
  });

  it("refuses to remove another orderer's cardholder by an id in card data", async () => {
    const owner = new TeamsUser(harness);
    const intruder = new TeamsUser(harness);
    const [item] = await seedCart(harness, owner, [{}]);
    await seedCart(harness, intruder, [{ firstName: 'Eve' }]);
    const attempt = await intruder.click('cart.remove', { itemId: item!.id, page: 1 });
    const json = JSON.stringify(invokeCard(attempt));
    expect(json).toContain('That cardholder is not in your cart');
    expect(json).toContain('Eve Berg');
    expect(json).not.toContain('Anna Berg');
    expect((await cartOf(owner)).map((i) => i.id)).toEqual([item!.id]);
    const edit = await intruder.click('cart.edit', { itemId: item!.id });
    expect(JSON.stringify(invokeCard(edit))).toContain('nothing to edit');
    expect(edit.sent).toHaveLength(0);
  });

  it('empties the cart only after confirmation, and keeps it when the user says no', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}, {}, {}]);
    const card = cardOf((await user.say('cart')).sent[0]);
    const asking = await user.click('cart.empty', actionData(card, { verb: 'cart.empty' }));
    const confirmCard = invokeCard(asking);
    expect(JSON.stringify(confirmCard)).toContain('Remove all 3 cardholders from the cart?');
    expect(await harness.app.store.cart.count(await ownerOf(harness, user))).toBe(3);
    const kept = await user.click('cart.show', actionData(confirmCard, { verb: 'cart.show' }));
    expect(JSON.stringify(invokeCard(kept))).toContain('3 cardholders');
    const emptied = await user.click('cart.emptyConfirm', actionData(confirmCard, { verb: 'cart.emptyConfirm' }));
    const after = JSON.stringify(invokeCard(emptied));
    expect(after).toContain('The cart is empty now.');
    expect(after).toContain('Your cart is empty');
    expect(await cartOf(user)).toHaveLength(0);
  });

  it('does not empty a cart that changed after the confirmation was shown', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    const card = cardOf((await user.say('cart')).sent[0]);
    const confirmCard = invokeCard(await user.click('cart.empty', actionData(card, { verb: 'cart.empty' })));
    await seedCart(harness, user, [{ firstName: 'Late' }]);
    const refused = await user.click('cart.emptyConfirm', actionData(confirmCard, { verb: 'cart.emptyConfirm' }));
    expect(JSON.stringify(invokeCard(refused))).toContain('The cart changed since you asked to empty it, so nothing was removed.');
    expect(await cartOf(user)).toHaveLength(2);
  });

  it('refuses card data that does not parse', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    for (const [verb, data] of [
      ['cart.remove', { itemId: 42 }],
      ['cart.emptyConfirm', {}],
      ['cart.show', { page: 'x' }],
      ['order.confirm', { checkoutId: 'x' }],
    ] as const) {
      const turn = await user.click(verb, data as Record<string, unknown>);
      expect(invokeText(turn)).toMatch(/could not read/);
    }
    expect(await cartOf(user)).toHaveLength(1);
  });

  it('edits a cardholder from the cart and saves over the same item', async () => {
    const user = new TeamsUser(harness);
    const [anna, bo] = await seedCart(harness, user, [{}, { firstName: 'Bo' }]);
    const card = cardOf((await user.say('cart')).sent[0]);
    const editing = await user.click('cart.edit', itemButton(card, 'cart.edit', anna!.id));
    expect(JSON.stringify(invokeCard(editing))).toContain('2 cardholders');
    const summary = lastCard(editing);
    expect(JSON.stringify(summary)).toContain('Edit the cardholder');
    const pick = lastCard(await user.click('newcard.edit', actionData(summary, { title: 'Edit' })));
    await user.click('dialog.answer', actionData(pick, { title: 'Last name' }));
    const changed = await user.say('Lindqvist');
    const saving = lastCard(changed);
    expect(JSON.stringify(saving)).toContain('Lindqvist');
    const saved = await user.click('newcard.add', actionData(saving, { title: 'Save changes' }));
    expect(JSON.stringify(invokeCard(saved))).toContain('Saved.');
    expect(saved.texts.join('\n')).toContain('Saved the changes to Anna Lindqvist.');
    expect(JSON.stringify(lastCard(saved))).toContain('Anna Lindqvist');
    const items = await cartOf(user);
    expect(items.map((i) => [i.id, i.lastName])).toEqual([
      [anna!.id, 'Lindqvist'],
      [bo!.id, 'Berg'],
    ]);
    expect(items[0]!.photoId).toBe(anna!.photoId);
  });

  it('keeps the cardholder unchanged when the edit is cancelled', async () => {
    const user = new TeamsUser(harness);
    const [anna] = await seedCart(harness, user, [{}]);
    const card = cardOf((await user.say('cart')).sent[0]);
    const editing = await user.click('cart.edit', itemButton(card, 'cart.edit', anna!.id));
    const pick = lastCard(await user.click('newcard.edit', actionData(lastCard(editing), { title: 'Edit' })));
    await user.click('dialog.answer', actionData(pick, { title: 'First name' }));
    const cancelled = await user.say('cancel');
    expect(last(cancelled)).toBe('Cancelled. The cardholder in the cart is unchanged.');
    expect((await cartOf(user)).map((i) => [i.id, i.firstName, i.updatedAt.getTime()])).toEqual([
      [anna!.id, 'Anna', anna!.updatedAt.getTime()],
    ]);
  });

  it('asks for a photo first when editing a cardholder who has none, then saves it', async () => {
    const user = new TeamsUser(harness);
    const [bo] = await seedCart(harness, user, [{ firstName: 'Bo', photo: false }]);
    const card = cardOf((await user.say('cart')).sent[0]);
    const editing = await user.click('cart.edit', itemButton(card, 'cart.edit', bo!.id));
    expect(last(editing)).toMatch(/photo/);
    const { portraitJpeg } = await import('../photos/fixtures');
    const url = harness.connector.addFile(`edit-${bo!.id}.jpg`, await portraitJpeg());
    const summary = await user.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'bo.jpg',
      content: { downloadUrl: url },
    });
    await user.click('newcard.add', actionData(lastCard(summary), { title: 'Save changes' }));
    const [item] = await cartOf(user);
    expect(item!.photoId).toBeTruthy();
    expect(JSON.stringify(cardOf((await user.say('cart')).sent[0]))).not.toContain('No photo');
  });
});
