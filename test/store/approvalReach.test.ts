import { beforeEach, expect, it } from 'vitest';
import { cartEntries } from '../../src/store/cartVersion';
import type { OrderItem, Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';
import { placementOf } from '../support/placeOrder';
import { cardholderInput } from '../support/cardholderInput';

describeStore('approval reach records (how a round went out; the e-mail link)', (backend) => {
  let store: Store;
  let clock = new Date('2026-03-05T10:00:00Z');
  let item: OrderItem;
  beforeEach(async () => {
    clock = new Date('2026-03-05T10:00:00Z');
    store = await backend.open(() => clock);
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'orderer' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    const owner = { companyId: company.id, ordererId: person.id };
    await store.cart.add(owner, cardholderInput({ photoId: 'p' }));
    const checkout = await store.checkouts.open(owner);
    await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
    const placed = await store.orders.place(await placementOf(store, owner, checkout.id));
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    item = (await store.orders.items(placed.order.id))[0]!;
  });

  it('opens one record per item, round and channel: a retried job gets the same one, with an unguessable id', async () => {
    const first = await store.approvalReach.open({ itemId: item.id, round: 1, channel: 'email' });
    expect(first).toMatchObject({
      itemId: item.id,
      round: 1,
      channel: 'email',
      status: 'pending',
      detail: null,
      failedAttempts: 0,
      createdAt: clock,
    });
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await store.approvalReach.open({ itemId: item.id, round: 1, channel: 'email' })).id).toBe(first.id);
    const teams = await store.approvalReach.open({ itemId: item.id, round: 1, channel: 'teams' });
    const next = await store.approvalReach.open({ itemId: item.id, round: 2, channel: 'email' });
    expect(new Set([first.id, teams.id, next.id]).size).toBe(3);
    expect((await store.approvalReach.forItems([item.id])).map((r) => `${r.channel}:${r.round}`).sort()).toEqual([
      'email:1',
      'email:2',
      'teams:1',
    ]);
    expect(await store.approvalReach.forItems([])).toEqual([]);
  });

  it('records the outcome; counts failed attempts; is decided exactly once and then keeps that', async () => {
    const record = await store.approvalReach.open({ itemId: item.id, round: 1, channel: 'email' });
    clock = new Date(clock.getTime() + 1000);
    await store.approvalReach.setStatus(record.id, 'sent', 'consent');
    expect(await store.approvalReach.get(record.id)).toMatchObject({ status: 'sent', detail: 'consent', updatedAt: clock });
    expect(await store.approvalReach.countFailedAttempt(record.id)).toBe(1);
    expect(await store.approvalReach.countFailedAttempt(record.id)).toBe(2);
    expect((await store.approvalReach.get(record.id))?.lastAttemptAt).toEqual(clock);
    expect(await store.approvalReach.markDecided(record.id)).toBe(true);
    expect(await store.approvalReach.markDecided(record.id)).toBe(false);
    await store.approvalReach.setStatus(record.id, 'failed', 'mail_failed');
    expect((await store.approvalReach.get(record.id))?.status).toBe('decided');
    expect(await store.approvalReach.get('no-such-record')).toBeUndefined();
  });
});
