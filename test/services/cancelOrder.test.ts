import { beforeEach, expect, it } from 'vitest';
import { textIssuerCalls } from '../support/textIssuer';
import { createLogger } from '../../src/logger';
import type { Actor, ServiceContext } from '../../src/services/context';
import { ForbiddenError, ValidationFailedError } from '../../src/services/errors';
import { cancelOrder } from '../../src/services/lifecycle/cancelOrder';
import { decideApproval } from '../../src/services/lifecycle/decideApproval';
import { fulfilItem } from '../../src/services/lifecycle/fulfilItem';
import type { LifecyclePorts } from '../../src/services/lifecycle/ports';
import { reviewOrder } from '../../src/services/lifecycle/reviewOrder';
import { cartEntries } from '../../src/store/cartVersion';
import type { Order, Person, Store } from '../../src/store/ports';
import { placementOf } from '../support/placeOrder';
import { describeStore } from '../support/stores';

const AT = new Date('2026-03-02T10:00:00Z');
/** Plain-text ports: what each card would say, so the test reads what was replaced or sent. */
const ports: LifecyclePorts = {
  issuer: {
    reviewCard: (view, outcome) => ({
      kind: 'text',
      text: `review ${view.order.number} ${outcome.kind}${'reason' in outcome ? `: ${outcome.reason}` : ''} [${view.items.map((v) => v.item.status).join(',')}]`,
    }),
    ...textIssuerCalls,
  },
  approvals: {
    request: ({ item }) => ({ kind: 'text', text: `approve ${item.firstName}` }),
    outcome: ({ item, outcome }) => ({ kind: 'text', text: `${item.firstName} ${outcome}` }),
    ordererAction: ({ item, why }) => ({ kind: 'text', text: `${item.firstName} ${why}` }),
  },
  timing: { reminderDays: [2, 5], expiryDays: 14 },
};

describeStore('cancelling before production', (backend) => {
  let store: Store;
  let ctx: ServiceContext;
  let order: Order;
  const people: Record<string, Person> = {};
  const as = (name: string): Actor => ({ personId: people[name]!.id, tenantId: 't1' });

  beforeEach(async () => {
    store = await backend.open(() => AT);
    ctx = {
      store,
      now: () => AT,
      log: createLogger('silent'),
      reviewers: { emails: ['rita@issuer.example'], channelConversationId: null },
      lifecycle: ports,
    };
    await store.companies.create({ id: 'A', tenantId: 't1', name: 'Alfa Bygg', orgNumber: null });
    for (const [name, email] of [
      ['olle', 'olle@alfa.example'],
      ['otto', 'otto@alfa.example'],
      ['rita', 'rita@issuer.example'],
      ['anna', 'anna@alfa.example'],
      ['bo', 'bo@alfa.example'],
      ['maja', 'maja@alfa.example'],
      ['oskar', 'oskar@alfa.example'],
    ]) {
      const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: name!, name: name! });
      await store.people.updateProfile(person.id, { email: email! });
      people[name!] = (await store.people.get(person.id))!;
    }
    await store.companies.grant('A', people.olle!.id, 'orderer');
    await store.companies.grant('A', people.oskar!.id, 'orderer');
    await store.companies.grant('A', people.otto!.id, 'admin');
    await store.companies.grant('A', people.maja!.id, 'manager');
    const owner = { companyId: 'A', ordererId: people.olle!.id };
    for (const [first, email] of [
      ['Anna', 'anna@alfa.example'],
      ['Bo', 'bo@alfa.example'],
    ]) {
      await store.cart.add(owner, {
        firstName: first!,
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
        photoId: `p-${first}`,
      });
    }
    const checkout = await store.checkouts.open(owner);
    await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
    const placed = await store.orders.place(await placementOf(store, owner, checkout.id));
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    order = placed.order;
  });

  const cancel = (who: string, input: Record<string, unknown>) =>
    cancelOrder({ ctx, actor: as(who), input: { orderId: order.id, reason: 'Employee left', ...input } });
  const items = () => store.orders.items(order.id);
  const texts = async () => (await store.outbox.list()).map((m) => String(m.payload.text ?? m.payload.line ?? ''));

  it('the orderer cancels an approved order: every card cancelled, approval cards withdrawn, reminders stopped, managers told; a second click changes nothing', async () => {
    await reviewOrder({ ctx, actor: as('rita'), input: { orderId: order.id, decision: 'approve' } });
    const [anna] = await items();
    await decideApproval({ ctx, actor: as('anna'), input: { itemId: anna!.id, round: 1, decision: 'approve' } });
    for (const who of ['maja', 'oskar', 'anna']) await expect(cancel(who, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancel('olle', { reason: '  ' })).rejects.toBeInstanceOf(ValidationFailedError);

    expect(await cancel('olle', {})).toMatchObject({ kind: 'applied', order: { status: 'cancelled', reason: 'Employee left' } });
    expect((await store.orders.get(order.id))!.status).toBe('cancelled');
    expect((await items()).map((i) => [i.status, i.remindAt, i.expiresAt])).toEqual([
      ['cancelled', null, null],
      ['cancelled', null, null],
    ]);
    // Bo's approval card had not been answered: the waiting one is withdrawn; nothing due later.
    const pending = (await store.outbox.list()).filter((m) => m.status === 'pending' && String(m.payload.text ?? '').startsWith('approve'));
    expect(pending).toEqual([]);
    expect(await store.lifecycle.dueApprovals(new Date(AT.getTime() + 30 * 86_400_000), 10)).toEqual([]);
    const events = (await store.outbox.list()).filter(
      (m) => m.payload.kind === 'event' && String(m.payload.line).includes('Cancelled before production'),
    );
    expect(events.some((m) => m.recipient.id === people.maja!.id)).toBe(true);
    expect(events.some((m) => m.recipient.id === people.olle!.id)).toBe(false); // the actor is not told what they did
    const audit = await store.audit.list({ type: 'order', id: order.id });
    expect(audit.at(-1)).toMatchObject({ what: 'order.cancel', who: { kind: 'orderer', personId: people.olle!.id } });

    expect(await cancel('olle', {})).toMatchObject({ kind: 'already_decided' });
    expect(await cancel('otto', {})).toMatchObject({ kind: 'already_decided' });
  });

  it('one card is cancelled and the order goes on; the last open card takes the order with it; an admin cancel is audited as admin', async () => {
    const [anna, bo] = await items();
    expect(await cancel('otto', { itemId: anna!.id })).toMatchObject({ kind: 'applied', order: { status: 'submitted' } });
    expect((await items()).map((i) => i.status)).toEqual(['cancelled', 'awaiting_cardholder']);
    expect((await store.audit.list({ type: 'item', id: anna!.id })).at(-1)).toMatchObject({
      what: 'item.cancel',
      who: { kind: 'admin', personId: people.otto!.id },
    });
    expect(await cancel('otto', { itemId: anna!.id })).toMatchObject({ kind: 'already_decided' });
    expect(await texts()).toEqual(
      expect.arrayContaining([expect.stringContaining('The card for Anna Berg was cancelled before production: Employee left')]),
    );
    // The review goes on with Bo only; approving reaches Bo, never Anna.
    await reviewOrder({ ctx, actor: as('rita'), input: { orderId: order.id, decision: 'approve' } });
    expect((await store.outbox.list()).filter((m) => m.payload.text === 'approve Anna')).toEqual([]);
    expect(await cancel('olle', { itemId: bo!.id })).toMatchObject({ kind: 'applied', order: { status: 'cancelled' } });
    expect((await store.orders.get(order.id))!.status).toBe('cancelled');
  });

  it('after production starts nothing is cancelled, the order nor a card still waiting, and a forged item id is not found', async () => {
    await reviewOrder({ ctx, actor: as('rita'), input: { orderId: order.id, decision: 'approve' } });
    const [anna, bo] = await items();
    await decideApproval({ ctx, actor: as('anna'), input: { itemId: anna!.id, round: 1, decision: 'approve' } });
    await fulfilItem({ ctx, actor: as('rita'), input: { itemId: anna!.id, step: 'produce' } });
    expect(await cancel('olle', {})).toEqual({ kind: 'refused', code: 'production_started' });
    expect(await cancel('olle', { itemId: anna!.id })).toEqual({ kind: 'refused', code: 'production_started' });
    // Bo's card has not been produced: it alone may still be cancelled, the order stays.
    expect(await cancel('olle', { itemId: bo!.id })).toMatchObject({ kind: 'applied', order: { status: 'approved' } });
    expect((await items()).map((i) => i.status)).toEqual(['produced', 'cancelled']);
    await expect(cancel('olle', { itemId: 'forged' })).rejects.toThrow(/not found|item forged/i);
  });
});
