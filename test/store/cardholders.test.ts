import { beforeEach, expect, it } from 'vitest';
import { maskIdentity } from '../../src/domain/identity/mask';
import type { IdentityScheme } from '../../src/domain/identity/types';
import { cartEntries } from '../../src/store/cartVersion';
import type { CartItemInput, CartOwner, Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';
import { placementOf } from '../support/placeOrder';

const mask = (n: string, s: string) => maskIdentity(n, s as IdentityScheme);
const person = (firstName: string, email: string, photoId: string | null): CartItemInput => ({
  firstName,
  lastName: 'Berg',
  nationality: 'SE',
  identityScheme: 'se-personnummer',
  identityNumber: '199001011239',
  coordinationNumber: null,
  dateOfBirth: '1990-01-01',
  email,
  mobile: '+46701234567',
  cardType: 'standard',
  hasBankId: true,
  manualIdVerification: false,
  photoId,
});

describeStore("a cardholder's data (export and erasure)", (backend) => {
  let store: Store;
  let owner: CartOwner;
  const at = new Date('2026-03-05T10:00:00Z');
  const photo = async () =>
    (await store.photos.save({ ownerPersonId: owner.ordererId, jpeg: Buffer.from('j'), thumbnail: Buffer.from('t'), findings: [] })).id;

  beforeEach(async () => {
    store = await backend.open(() => at);
    const { person: orderer } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'orderer' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    owner = { companyId: company.id, ordererId: orderer.id };
  });

  const placeWith = async (items: CartItemInput[]) => {
    for (const item of items) await store.cart.add(owner, item);
    const checkout = await store.checkouts.open(owner);
    await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
    const placed = await store.orders.place(await placementOf(store, owner, checkout.id, { at }));
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    return placed.order;
  };

  it('finds the person by e-mail in any case, in this company only, with numbers opened', async () => {
    await placeWith([person('Anna', 'Anna.Berg@Example.com', await photo())]);
    await store.cart.add(owner, person('Anna', 'anna.berg@example.com', null));
    const held = await store.cardholders.heldAbout(owner.companyId, 'ANNA.berg@example.com ');
    expect(held.cartItems.map((i) => i.identityNumber)).toEqual(['199001011239']);
    expect(held.orderItems.map((i) => [i.firstName, i.order.number.length > 0])).toEqual([['Anna', true]]);
    expect(await store.cardholders.heldAbout('other-company', 'anna.berg@example.com')).toEqual({ cartItems: [], orderItems: [] });
  });

  it('erases the cart and ended orders, names orders under way and leaves them and other people alone', async () => {
    const underWay = await placeWith([person('Anna', 'anna@example.com', await photo()), person('Bo', 'bo@example.com', await photo())]);
    const endedPhoto = await photo();
    const ended = await placeWith([person('Anna', 'anna@example.com', endedPhoto)]);
    await store.lifecycle.apply({ order: { orderId: ended.id, from: ['submitted'], set: { status: 'cancelled' } } }, {});
    const cartPhoto = await photo();
    await store.cart.add(owner, person('Anna', 'anna@example.com', cartPhoto));

    const result = await store.cardholders.erase(owner.companyId, 'anna@example.com', mask);
    expect(result).toEqual({ cartItems: 1, orderItems: 1, underWay: [underWay.number] });
    expect(await store.cart.list(owner)).toEqual([]);
    expect(await store.photos.get(cartPhoto)).toBeUndefined();
    expect(await store.photos.get(endedPhoto)).toBeUndefined();
    expect((await store.orders.items(ended.id))[0]).toMatchObject({
      firstName: 'Anna',
      identityNumber: '19900101-****',
      email: '',
      mobile: '',
      dateOfBirth: null,
      identityErasedAt: at,
      photoErasedAt: at,
    });
    const [anna, bo] = await store.orders.items(underWay.id);
    expect(anna).toMatchObject({ identityNumber: '199001011239', email: 'anna@example.com' });
    expect(bo).toMatchObject({ identityNumber: '199001011239', email: 'bo@example.com' });
    expect(await store.photos.get(anna!.photoId)).toBeDefined();
  });

  it('keeps requests until completed, then forgets the e-mail', async () => {
    await store.cardholders.createRequest({
      id: 'r1',
      kind: 'erase',
      companyId: owner.companyId,
      email: 'Anna@Example.com',
      requestedBy: owner.ordererId,
    });
    await store.cardholders.createRequest({
      id: 'r2',
      kind: 'export',
      companyId: owner.companyId,
      email: 'bo@example.com',
      requestedBy: owner.ordererId,
    });
    expect((await store.cardholders.openErasures()).map((r) => [r.id, r.email])).toEqual([['r1', 'anna@example.com']]);
    await store.cardholders.complete('r1');
    expect(await store.cardholders.openErasures()).toEqual([]);
    expect(await store.cardholders.request('r1')).toMatchObject({ email: '', completedAt: at });
    expect((await store.cardholders.request('r2'))?.kind).toBe('export');
  });
});
