import { beforeEach, expect, it } from 'vitest';
import { auditRecord } from '../../src/domain/lifecycle/audit';
import { cartEntries } from '../../src/store/cartVersion';
import type { CartOwner, Order, OrderItem, Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';
import { placementOf } from '../support/placeOrder';

describeStore('lifecycle transitions in the store (conditional, all or nothing)', (backend) => {
  let store: Store;
  let owner: CartOwner;
  let order: Order;
  let items: OrderItem[];
  const at = new Date('2026-03-05T10:00:00Z');
  beforeEach(async () => {
    store = await backend.open(() => at);
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'orderer' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    owner = { companyId: company.id, ordererId: person.id };
    for (const [firstName, email] of [
      ['Anna', 'Anna@Example.com'],
      ['Bo', 'bo@example.com'],
    ]) {
      await store.cart.add(owner, {
        firstName: firstName!,
        lastName: 'Berg',
        nationality: 'SE',
        identityScheme: 'se-personnummer',
        identityNumber: '199001011239',
        coordinationNumber: null,
        dateOfBirth: '1990-01-01',
        email: email!,
        mobile: '+46701234567',
        cardType: 'standard',
        hasBankId: true,
        manualIdVerification: false,
        photoId: 'p',
      });
    }
    const checkout = await store.checkouts.open(owner);
    await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
    const placed = await store.orders.place(
      await placementOf(store, owner, checkout.id, {
        outbox: (o, copied) =>
          copied.map((i) => ({
            eventId: `review:${o.id}:${i.position}`,
            recipient: { kind: 'person' as const, id: owner.ordererId },
            tenantId: 't1',
            payload: { kind: 'text', text: i.firstName },
          })),
      }),
    );
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    order = placed.order;
    items = await store.orders.items(order.id);
  });

  const approveOrder = () =>
    store.lifecycle.apply(
      { order: { orderId: order.id, from: ['submitted', 'in_review'], set: { status: 'approved' } } },
      {
        audit: [
          auditRecord({
            subject: { type: 'order', id: order.id },
            who: { kind: 'reviewer', personId: null },
            when: at,
            what: 'order.approve',
            from: 'submitted',
            to: 'approved',
          }),
        ],
        outbox: [
          {
            eventId: 'approved',
            recipient: { kind: 'person', id: owner.ordererId },
            tenantId: 't1',
            payload: { kind: 'text', text: 'ok' },
          },
        ],
      },
    );

  it('the submitted fan-out sees the copied items and is enqueued with the order', async () => {
    expect((await store.outbox.list()).map((m) => m.payload.text)).toEqual(['Anna', 'Bo']);
  });

  it('applies once with its audit and outbox; the second attempt is "already decided" and writes nothing', async () => {
    expect(await approveOrder()).toBe('applied');
    expect(await approveOrder()).toBe('already_decided');
    expect((await store.orders.get(order.id))?.status).toBe('approved');
    expect((await store.audit.list({ type: 'order', id: order.id })).map((e) => e.what)).toEqual(['order.submit', 'order.approve']);
    expect((await store.outbox.list()).filter((m) => m.eventId === 'approved')).toHaveLength(1);
  });

  it('rolls back every change when one item is no longer in its expected state', async () => {
    await approveOrder();
    const decide = (round: number) =>
      store.lifecycle.apply(
        {
          items: [
            { itemId: items[0]!.id, from: ['awaiting_cardholder'], round, set: { status: 'approved' } },
            { itemId: items[1]!.id, from: ['approved'], set: { status: 'produced' } },
          ],
        },
        { audit: [] },
      );
    expect(await decide(0)).toBe('already_decided');
    expect((await store.lifecycle.item(items[0]!.id))?.status).toBe('awaiting_cardholder');
    const old = await store.lifecycle.apply(
      { items: [{ itemId: items[0]!.id, from: ['awaiting_cardholder'], round: 7, set: { status: 'approved' } }] },
      {},
    );
    expect(old).toBe('already_decided');
  });

  it("keeps a card's own review beside the order's: new items follow the order; pending and back, conditional on the round", async () => {
    await approveOrder();
    const [anna] = items;
    expect((await store.lifecycle.item(anna!.id))?.cardReview).toBe('with_order');
    const toIssuer = (round: number) =>
      store.lifecycle.apply(
        {
          items: [
            {
              itemId: anna!.id,
              from: ['awaiting_cardholder'],
              round,
              set: { cardReview: 'pending', approvalRound: round + 1, remindAt: null, expiresAt: null },
            },
          ],
        },
        { audit: [] },
      );
    expect(await toIssuer(0)).toBe('applied');
    expect(await toIssuer(0)).toBe('already_decided');
    expect(await store.lifecycle.item(anna!.id)).toMatchObject({ cardReview: 'pending', approvalRound: 1, remindAt: null });
    expect((await store.orders.items(order.id)).map((i) => i.cardReview)).toEqual(['pending', 'with_order']);
    expect(
      await store.lifecycle.apply(
        { items: [{ itemId: anna!.id, from: ['awaiting_cardholder'], round: 1, set: { cardReview: 'with_order', approvalRound: 2 } }] },
        { audit: [] },
      ),
    ).toBe('applied');
    expect((await store.lifecycle.item(anna!.id))?.cardReview).toBe('with_order');
  });

  it('finds unbound waiting items by e-mail (any case) in the tenant, and due approvals', async () => {
    expect(await store.lifecycle.unboundAwaiting('anna@example.com', 't1')).toEqual([]);
    await approveOrder();
    expect((await store.lifecycle.unboundAwaiting('ANNA@example.com', 't1')).map((i) => i.firstName)).toEqual(['Anna']);
    expect(await store.lifecycle.unboundAwaiting('anna@example.com', 'other-tenant')).toEqual([]);
    await store.lifecycle.apply(
      {
        items: [
          {
            itemId: items[1]!.id,
            from: ['awaiting_cardholder'],
            set: { remindAt: new Date(at.getTime() + 1000), expiresAt: new Date(at.getTime() + 5000) },
          },
        ],
      },
      {},
    );
    expect(await store.lifecycle.dueApprovals(at, 10)).toEqual([]);
    expect((await store.lifecycle.dueApprovals(new Date(at.getTime() + 1000), 10)).map((i) => i.firstName)).toEqual(['Bo']);
  });
});
