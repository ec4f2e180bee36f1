import { beforeEach, expect, it } from 'vitest';
import { textIssuerCalls } from '../support/textIssuer';
import { createLogger } from '../../src/logger';
import type { Actor, ServiceContext } from '../../src/services/context';
import { ForbiddenError } from '../../src/services/errors';
import { decideApproval } from '../../src/services/lifecycle/decideApproval';
import { fulfilItem } from '../../src/services/lifecycle/fulfilItem';
import type { LifecyclePorts } from '../../src/services/lifecycle/ports';
import { reviewCardChange } from '../../src/services/lifecycle/cardReview';
import { resendApproval } from '../../src/services/lifecycle/resendApproval';
import { reviewOrder } from '../../src/services/lifecycle/reviewOrder';
import { orderDetail } from '../../src/services/orders/orderDetail';
import { cartEntries } from '../../src/store/cartVersion';
import type { Order, Person, Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';
import { placementOf } from '../support/placeOrder';

const AT = new Date('2026-03-02T10:00:00Z');
/** Plain-text ports: these tests are about who may do what, not about cards. */
const ports: LifecyclePorts = {
  issuer: { reviewCard: (view, outcome) => ({ kind: 'text', text: `review ${view.order.number} ${outcome.kind}` }), ...textIssuerCalls },
  approvals: {
    request: ({ item }) => ({ kind: 'text', text: `approve ${item.firstName} ${item.identityNumber}` }),
    outcome: ({ item, outcome }) => ({ kind: 'text', text: `${item.firstName} ${outcome}` }),
    ordererAction: ({ item, why }) => ({ kind: 'text', text: `${item.firstName} ${why}` }),
  },
  timing: { reminderDays: [2, 5], expiryDays: 14 },
};

describeStore('life-cycle services: who may do what (outside local mode)', (backend) => {
  let store: Store;
  let ctx: ServiceContext;
  let order: Order;
  const people: Record<string, Person> = {};
  const as = (name: string): Actor => ({ personId: people[name]!.id, tenantId: 't1' });
  const meet = async (name: string, email: string) => {
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: name, name });
    await store.people.updateProfile(person.id, { email });
    people[name] = (await store.people.get(person.id))!;
  };

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
    await store.companies.create({ id: 'B', tenantId: 't1', name: 'Beta Bygg', orgNumber: null });
    for (const [name, email] of [
      ['olle', 'olle@alfa.example'],
      ['rita', 'rita@issuer.example'],
      ['anna', 'anna@alfa.example'],
      ['maja', 'maja@alfa.example'],
      ['bea', 'bea@beta.example'],
    ])
      await meet(name!, email!);
    await store.companies.grant('A', people.olle!.id, 'orderer');
    await store.companies.grant('A', people.maja!.id, 'manager');
    await store.companies.grant('B', people.bea!.id, 'admin');
    await store.companies.grant('B', people.bea!.id, 'orderer');
    const owner = { companyId: 'A', ordererId: people.olle!.id };
    await store.cart.add(owner, {
      firstName: 'Anna',
      lastName: 'Berg',
      nationality: 'SE',
      identityScheme: 'se-personnummer',
      identityNumber: '199001011239',
      coordinationNumber: null,
      dateOfBirth: '1990-01-01',
      email: 'Anna@alfa.example',
      mobile: '+46701234567',
      cardType: 'standard',
      hasBankId: true,
      manualIdVerification: false,
      photoId: 'p',
    });
    const checkout = await store.checkouts.open(owner);
    await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
    const placed = await store.orders.place(await placementOf(store, owner, checkout.id));
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    order = placed.order;
  });

  const approveOrder = () => reviewOrder({ ctx, actor: as('rita'), input: { orderId: order.id, decision: 'approve' } });
  const itemId = async () => (await store.orders.items(order.id))[0]!.id;

  it('only reviewers review; the orderer, a manager and another company are refused and nothing changes', async () => {
    for (const who of ['olle', 'maja', 'bea', 'anna']) {
      await expect(reviewOrder({ ctx, actor: as(who), input: { orderId: order.id, decision: 'approve' } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect((await store.orders.get(order.id))?.status).toBe('submitted');
    expect(await approveOrder()).toMatchObject({ kind: 'applied' });
    expect(await approveOrder()).toMatchObject({ kind: 'already_decided' });
    expect((await store.audit.list({ type: 'order', id: order.id })).map((e) => [e.what, e.who.personId])).toEqual([
      ['order.submit', people.olle!.id],
      ['order.approve', people.rita!.id],
    ]);
  });

  it('binds the cardholder by e-mail (any case) and only they decide; the approval message carries the full number only to them', async () => {
    await approveOrder();
    const item = (await store.orders.items(order.id))[0]!;
    expect(item.cardholderPersonId).toBe(people.anna!.id);
    const withNumber = (await store.outbox.list()).filter((m) => String(m.payload.text ?? '').includes('199001011239'));
    expect(withNumber.map((m) => m.recipient)).toEqual([{ kind: 'person', id: people.anna!.id }]);
    for (const who of ['olle', 'rita', 'maja']) {
      await expect(
        decideApproval({ ctx, actor: as(who), input: { itemId: item.id, round: 1, decision: 'approve' } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(
      await decideApproval({ ctx, actor: as('anna'), input: { itemId: item.id, round: 1, decision: 'decline', reason: ' ' } }),
    ).toEqual({ kind: 'refused', code: 'reason_required' });
    expect(
      await decideApproval({
        ctx,
        actor: as('anna'),
        input: { itemId: item.id, round: 1, decision: 'decline', field: 'name', reason: 'Typo' },
      }),
    ).toMatchObject({ kind: 'applied' });
    expect(await decideApproval({ ctx, actor: as('anna'), input: { itemId: item.id, round: 1, decision: 'approve' } })).toMatchObject({
      kind: 'already_decided',
    });
  });

  it('only the orderer (or an admin of that company) resends; only reviewers fulfil; managers view but do not fulfil', async () => {
    await approveOrder();
    const id = await itemId();
    await decideApproval({ ctx, actor: as('anna'), input: { itemId: id, round: 1, decision: 'decline', field: 'name', reason: 'Typo' } });
    for (const who of ['bea', 'maja', 'rita', 'anna']) {
      await expect(resendApproval({ ctx, actor: as(who), input: { itemId: id, round: 1, mode: 'same' } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    // A new printed name goes back to the issuer first: the cardholder cannot approve it before.
    expect(
      await resendApproval({ ctx, actor: as('olle'), input: { itemId: id, round: 1, mode: 'edit', firstName: 'Anne' } }),
    ).toMatchObject({ kind: 'applied', reached: false, toIssuer: true });
    expect(await decideApproval({ ctx, actor: as('anna'), input: { itemId: id, round: 2, decision: 'approve' } })).toEqual({
      kind: 'refused',
      code: 'card_in_review',
    });
    await expect(reviewCardChange({ ctx, actor: as('olle'), input: { itemId: id, round: 2 } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await reviewCardChange({ ctx, actor: as('rita'), input: { itemId: id, round: 2 } })).toMatchObject({ kind: 'applied' });
    expect(await reviewCardChange({ ctx, actor: as('rita'), input: { itemId: id, round: 2 } })).toMatchObject({ kind: 'already_decided' });
    await decideApproval({ ctx, actor: as('anna'), input: { itemId: id, round: 3, decision: 'approve' } });
    for (const who of ['olle', 'maja'])
      await expect(fulfilItem({ ctx, actor: as(who), input: { itemId: id, step: 'produce' } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await fulfilItem({ ctx, actor: as('rita'), input: { itemId: id, step: 'produce' } })).toMatchObject({
      kind: 'applied',
      state: 'produced',
    });
    expect(await fulfilItem({ ctx, actor: as('rita'), input: { itemId: id, step: 'ship' } })).toEqual({
      kind: 'refused',
      code: 'tracking_ref_required',
    });

    const seen = await orderDetail({ ctx, actor: as('maja'), input: { number: order.number.toLowerCase() } });
    expect([seen.progress, seen.reviewer, seen.timeline.map((e) => e.what)]).toEqual([
      'in_production',
      false,
      ['order.submit', 'order.approve', 'item.decline', 'item.resend', 'item.review_card', 'item.approve', 'item.produce'],
    ]);
    await expect(orderDetail({ ctx, actor: as('bea'), input: { number: order.number } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(orderDetail({ ctx, actor: as('anna'), input: { number: order.number } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
