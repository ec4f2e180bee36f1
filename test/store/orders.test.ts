import { beforeEach, expect, it } from 'vitest';
import { cartEntries, cartVersion } from '../../src/store/cartVersion';
import type { CartItemInput, CartOwner, Store } from '../../src/store/ports';
import { placementOf } from '../support/placeOrder';
import { describeStore } from '../support/stores';
import { cardholderInput } from '../support/cardholderInput';

const item = (over: Partial<CartItemInput> = {}): CartItemInput => cardholderInput({ photoId: 'photo-1', ...over });
const address = { name: 'Demo Bygg AB', careOf: 'Site office', street: 'Torsgatan 30', postalCode: '113 21', city: 'Stockholm' };

describeStore('placing an order (one transaction)', (backend) => {
  let store: Store;
  let owner: CartOwner;
  let clock = Date.parse('2026-03-05T10:00:00Z');
  beforeEach(async () => {
    store = await backend.open(() => new Date(clock++));
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'orderer' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    owner = { companyId: company.id, ordererId: person.id };
  });

  async function summarisedCheckout(): Promise<string> {
    const checkout = await store.checkouts.open(owner);
    expect(await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)))).toBe(true);
    return checkout.id;
  }
  const input = (checkoutId: string, _cardCount: number, over: { as?: CartOwner; year?: number } = {}) =>
    placementOf(store, owner, checkoutId, {
      ...over,
      deliveryAddress: address,
      saveDeliveryAddress: true,
      outbox: (order) => [
        {
          eventId: `order.submitted:${order.id}`,
          recipient: { kind: 'person', id: owner.ordererId },
          tenantId: 't',
          payload: { kind: 'text', text: `Order ${order.number} submitted` },
        },
      ],
    });

  it('copies the cart into a numbered order, empties the cart, saves the address and writes audit + outbox', async () => {
    await store.cart.add(owner, item());
    await store.cart.add(owner, item({ firstName: 'Bo', photoId: 'photo-2' }));
    const checkoutId = await summarisedCheckout();
    const result = await store.orders.place(await input(checkoutId, 2));
    expect(result.kind).toBe('placed');
    if (result.kind !== 'placed') return;
    expect(result.order.number).toBe('ID06-2026-000001');
    expect(await store.cart.count(owner)).toBe(0);
    const items = await store.orders.items(result.order.id);
    expect(items.map((i) => [i.firstName, i.photoId, i.identityNumber, i.position, i.status])).toEqual([
      ['Anna', 'photo-1', '199001011239', 0, 'awaiting_cardholder'],
      ['Bo', 'photo-2', '199001011239', 1, 'awaiting_cardholder'],
    ]);
    expect(await store.checkouts.get(owner, checkoutId)).toMatchObject({ status: 'placed', orderId: result.order.id });
    expect(await store.settings.addresses(owner.companyId, 'delivery')).toEqual([expect.objectContaining(address)]);
    const audit = await store.audit.list({ type: 'order', id: result.order.id });
    expect(audit).toEqual([
      expect.objectContaining({ what: 'order.submit', who: { kind: 'orderer', personId: owner.ordererId }, from: null, to: 'submitted' }),
    ]);
    const outbox = await store.outbox.list();
    expect(outbox).toEqual([expect.objectContaining({ eventId: `order.submitted:${result.order.id}`, status: 'pending' })]);
    expect(JSON.stringify(outbox)).not.toContain('199001011239');
  });

  it('places once when the same checkout is confirmed twice at the same moment', async () => {
    await store.cart.add(owner, item());
    const checkoutId = await summarisedCheckout();
    const [a, b] = [await input(checkoutId, 1), await input(checkoutId, 1)];
    const results = await Promise.all([store.orders.place(a), store.orders.place(b)]);
    expect(results.map((r) => r.kind).sort()).toEqual(['already_placed', 'placed']);
    const numbers = results.map((r) => ('order' in r ? r.order.number : ''));
    expect(numbers[0]).toBe(numbers[1]);
    expect((await store.orders.listFor(owner, 10)).total).toBe(1);
    expect(await store.outbox.list()).toHaveLength(1);
  });

  it('refuses a second checkout of the same cart and names the order that took the items', async () => {
    await store.cart.add(owner, item());
    const first = await summarisedCheckout();
    const second = await summarisedCheckout();
    const placed = await store.orders.place(await input(first, 1));
    const later = await store.orders.place(await input(second, 1));
    expect(later.kind).toBe('ordered_elsewhere');
    expect(later.kind === 'ordered_elsewhere' && placed.kind === 'placed' && later.order.id === placed.order.id).toBe(true);
    expect((await store.checkouts.get(owner, second))?.status).toBe('open');
    expect((await store.orders.listFor(owner, 10)).total).toBe(1);
  });

  it('refuses when the cart changed after the summary, and rolls the claim back', async () => {
    const { item: anna } = await store.cart.add(owner, item());
    const checkoutId = await summarisedCheckout();
    await store.cart.replace(owner, anna.id, item({ firstName: 'Annika' }));
    expect((await store.orders.place(await input(checkoutId, 1))).kind).toBe('cart_changed');
    expect((await store.checkouts.get(owner, checkoutId))?.status).toBe('open');
    expect(await store.cart.count(owner)).toBe(1);
    expect(await store.outbox.list()).toHaveLength(0);
    // A fresh summary of the changed cart can be confirmed.
    await store.checkouts.recordSummary(owner, checkoutId, cartEntries(await store.cart.list(owner)));
    expect((await store.orders.place(await input(checkoutId, 1))).kind).toBe('placed');
  });

  it('refuses a cancelled, unsummarised or foreign checkout', async () => {
    await store.cart.add(owner, item());
    const cancelled = await summarisedCheckout();
    await store.checkouts.cancel(owner, cancelled);
    expect((await store.orders.place(await input(cancelled, 1))).kind).toBe('not_open');
    const bare = await store.checkouts.open(owner);
    expect((await store.orders.place(await input(bare.id, 1))).kind).toBe('not_open');
    const { person: other } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'other' });
    const mine = await summarisedCheckout();
    expect((await store.orders.place(await input(mine, 1, { as: { ...owner, ordererId: other.id } }))).kind).toBe('not_open');
    expect(await store.cart.count(owner)).toBe(1);
  });

  it('numbers orders per year and lists them newest first', async () => {
    for (const year of [2026, 2026, 2027]) {
      await store.cart.add(owner, item());
      const id = await summarisedCheckout();
      await store.orders.place(await input(id, 1, { year }));
    }
    const { total, orders } = await store.orders.listFor(owner, 10);
    expect(total).toBe(3);
    expect(orders.map((o) => o.order.number)).toEqual(['ID06-2027-000001', 'ID06-2026-000002', 'ID06-2026-000001']);
    expect(orders[0]!.names).toEqual(['Anna Berg']);
    expect(orders.map((o) => o.itemStates)).toEqual([['awaiting_cardholder'], ['awaiting_cardholder'], ['awaiting_cardholder']]);
  });

  it("lists at most five names per order but every card's state, each order with its own cards", async () => {
    for (let k = 0; k < 7; k++) await store.cart.add(owner, item({ firstName: `P${k}`, photoId: `photo-${k}` }));
    const seven = await store.orders.place(await input(await summarisedCheckout(), 7));
    await store.cart.add(owner, item({ firstName: 'Solo', photoId: 'photo-solo' }));
    const one = await store.orders.place(await input(await summarisedCheckout(), 1));
    if (seven.kind !== 'placed' || one.kind !== 'placed') throw new Error('not placed');
    const { orders } = await store.orders.listFor(owner, 10);
    const byId = new Map(orders.map((o) => [o.order.id, o]));
    expect(byId.get(seven.order.id)).toMatchObject({
      names: ['P0 Berg', 'P1 Berg', 'P2 Berg', 'P3 Berg', 'P4 Berg'],
      itemStates: Array(7).fill('awaiting_cardholder'),
    });
    expect(byId.get(one.order.id)).toMatchObject({ names: ['Solo Berg'], itemStates: ['awaiting_cardholder'] });
  });

  it("reads an order's and its cards' history in one list, oldest first, and nothing of other subjects", async () => {
    const at = (ms: number) => new Date(Date.parse('2026-03-05T10:00:00Z') + ms);
    const entry = (type: 'order' | 'item', id: string, what: string, ms: number) => ({
      subject: { type, id },
      who: { kind: 'system' as const, personId: null },
      when: at(ms),
      what,
      from: null,
      to: null,
      details: {},
    });
    await store.audit.append([
      entry('order', 'o1', 'a', 1),
      entry('item', 'i1', 'b', 2),
      entry('item', 'other', 'x', 3),
      entry('order', 'o2', 'y', 4),
      entry('item', 'i2', 'c', 5),
    ]);
    const listed = await store.audit.listMany([
      { type: 'order', id: 'o1' },
      { type: 'item', id: 'i1' },
      { type: 'item', id: 'i2' },
    ]);
    expect(listed.map((e) => e.what)).toEqual(['a', 'b', 'c']);
    expect(await store.audit.listMany([])).toEqual([]);
  });

  it('empties the cart only at the version the user confirmed', async () => {
    await store.cart.add(owner, item());
    const seen = cartVersion(cartEntries(await store.cart.list(owner)));
    await store.cart.add(owner, item({ firstName: 'Bo' }));
    expect(await store.cart.clearAtVersion(owner, seen)).toEqual({ changed: true });
    expect(await store.cart.count(owner)).toBe(2);
    const now = cartVersion(cartEntries(await store.cart.list(owner)));
    expect(await store.cart.clearAtVersion(owner, now)).toEqual({ cleared: 2 });
  });
});

describeStore('cart order', (backend) => {
  it('keeps the order items were added in, even within one millisecond', async () => {
    const store = await backend.open(() => new Date('2026-03-05T10:00:00Z'));
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'o' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    const owner = { companyId: company.id, ordererId: person.id };
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    for (const firstName of names) await store.cart.add(owner, item({ firstName }));
    expect((await store.cart.list(owner)).map((i) => i.firstName)).toEqual(names);
  });
});
