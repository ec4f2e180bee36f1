import { expect, it } from 'vitest';
import type { ItemState } from '../../src/domain/lifecycle/states';
import { searchSpellings } from '../../src/services/tab/searchText';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';
import { seedOrder, seedPerson } from '../support/tabSeed';

const AT = new Date('2026-03-02T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** Moves a seeded order to approved and its items to the given states, with their dates, through the conditional updates. */
async function arrange(
  store: Store,
  orderId: string,
  items: { id: string; state: ItemState; validUntil?: Date; remindAt?: Date; replaces?: string }[],
) {
  const applied = await store.lifecycle.apply(
    {
      order: { orderId, from: ['submitted'], set: { status: 'approved' } },
      items: items.map((i) => ({
        itemId: i.id,
        from: ['awaiting_cardholder'],
        set: { status: i.state, validUntil: i.validUntil ?? null, remindAt: i.remindAt ?? null },
      })),
    },
    { audit: [], outbox: [] },
  );
  expect(applied).toBe('applied');
}

/** The `cards in use` read port on both dialects: scope, name search, states, due timers and replacements. */
describeStore('cards in use', (backend) => {
  it('lists a company’s delivered cards not ended, by name; finds due timers; knows what replaces a card', async () => {
    const store = await backend.open(() => AT);
    const [olle, otto] = [
      await seedPerson(store, { tenantId: 't1', aadObjectId: 'olle', name: 'olle', email: 'olle@a.example' }),
      await seedPerson(store, { tenantId: 't1', aadObjectId: 'otto', name: 'otto', email: 'otto@a.example' }),
    ];
    await store.companies.create({ id: 'A', tenantId: 't1', name: 'Alfa', orgNumber: null });
    await store.companies.create({ id: 'B', tenantId: 't1', name: 'Beta', orgNumber: null });
    for (const p of [olle, otto]) await store.companies.grant('A', p.id, 'orderer');
    const names = ['Åsa Östberg', 'Bo Ek', 'Cai Berg', 'Dan Ask', 'Eva Berg'].map((n) => ({
      firstName: n.split(' ')[0]!,
      lastName: n.split(' ')[1]!,
      email: `${n[0]}@a.example`,
    }));
    const olles = await seedOrder(store, { companyId: 'A', ordererId: olle.id }, names);
    const ottos = await seedOrder(store, { companyId: 'A', ordererId: otto.id }, [
      { firstName: 'Fia', lastName: 'Berg', email: 'f@a.example' },
    ]);
    const other = await seedOrder(store, { companyId: 'B', ordererId: otto.id }, [
      { firstName: 'Gun', lastName: 'Berg', email: 'g@b.example' },
    ]);
    const [asa, bo, cai, dan, eva] = await store.orders.items(olles.id);
    await arrange(store, olles.id, [
      { id: asa!.id, state: 'card_active', validUntil: new Date(AT.getTime() + 10 * DAY), remindAt: new Date(AT.getTime() - DAY) },
      { id: bo!.id, state: 'delivered' },
      { id: cai!.id, state: 'card_blocked', validUntil: new Date(AT.getTime() - DAY) },
      { id: dan!.id, state: 'card_ended' },
      { id: eva!.id, state: 'card_active', validUntil: new Date(AT.getTime() + 400 * DAY), remindAt: new Date(AT.getTime() + 300 * DAY) },
    ]);
    const [fia] = await store.orders.items(ottos.id);
    await arrange(store, ottos.id, [{ id: fia!.id, state: 'card_lapsed', validUntil: new Date(AT.getTime() - 2 * DAY) }]);
    const [gun] = await store.orders.items(other.id);
    await arrange(store, other.id, [{ id: gun!.id, state: 'card_active', validUntil: new Date(AT.getTime() - DAY) }]);

    const names$ = async (q: { ordererId?: string; text?: string; limit?: number }) => {
      const { total, cards } = await store.cardsInUse.search({
        companyId: 'A',
        ...(q.ordererId ? { ordererId: q.ordererId } : {}),
        ...(q.text ? { text: searchSpellings(q.text) } : {}),
        limit: q.limit ?? 20,
      });
      return { total, names: cards.map((c) => `${c.firstName} ${c.lastName}`) };
    };
    // Ended cards are not in use; another company's are not listed; by last name, then first.
    expect(await names$({})).toEqual({ total: 5, names: ['Cai Berg', 'Eva Berg', 'Fia Berg', 'Bo Ek', 'Åsa Östberg'] });
    expect(await names$({ ordererId: otto.id })).toEqual({ total: 1, names: ['Fia Berg'] });
    expect(await names$({ text: 'berg', limit: 2 })).toEqual({ total: 4, names: ['Cai Berg', 'Eva Berg'] });
    expect(await names$({ text: 'åsa ö' })).toEqual({ total: 1, names: ['Åsa Östberg'] });
    expect(await names$({ text: '100%_' })).toEqual({ total: 0, names: [] });
    expect((await store.cardsInUse.search({ companyId: 'A', limit: 1 })).cards[0]!.order.number).toBe(olles.number);

    // Due: Åsa's reminder, Cai's (blocked) and Gun's end; not Eva (later), not Fia (already lapsed).
    expect((await store.cardsInUse.dueTimers(AT, 10)).map((c) => c.firstName).sort()).toEqual(['Cai', 'Gun', 'Åsa']);
    expect(await store.cardsInUse.dueTimers(AT, 1)).toHaveLength(1);

    expect(await store.cardsInUse.replacements([asa!.id, cai!.id])).toEqual(new Map());
    // Cai's card replaced by an order under way; Åsa's renewal waits in another orderer's cart.
    const replacing = await seedOrder(store, { companyId: 'A', ordererId: olle.id }, [
      { firstName: 'Cai', lastName: 'Berg', email: 'c2@a.example', replacesItemId: cai!.id },
    ]);
    await store.cart.add({ companyId: 'A', ordererId: otto.id }, { ...asa!, photoId: null, photoFailure: null, replacesItemId: asa!.id });
    expect(await store.cardsInUse.replacements([asa!.id, cai!.id, bo!.id])).toEqual(
      new Map([
        [asa!.id, { inCart: true, orderNumbers: [] }],
        [cai!.id, { inCart: false, orderNumbers: [replacing.number] }],
      ]),
    );
    // A replacement order that was cancelled no longer counts.
    await store.lifecycle.apply(
      { order: { orderId: replacing.id, from: ['submitted'], set: { status: 'cancelled' } } },
      { audit: [], outbox: [] },
    );
    expect(await store.cardsInUse.replacements([cai!.id])).toEqual(new Map());
  });
});
