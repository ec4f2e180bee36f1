import sharp from 'sharp';
import { textIssuerCalls } from './textIssuer';
import { createLogger } from '../../src/logger';
import type { Actor, ServiceContext } from '../../src/services/context';
import { decideApproval } from '../../src/services/lifecycle/decideApproval';
import { fulfilItem } from '../../src/services/lifecycle/fulfilItem';
import type { LifecyclePorts } from '../../src/services/lifecycle/ports';
import { reachCardholder } from '../../src/services/lifecycle/reachCardholder';
import { reviewOrder } from '../../src/services/lifecycle/reviewOrder';
import { cartEntries } from '../../src/store/cartVersion';
import type { CartOwner, Order, Person, PhotoFindingRecord, Store } from '../../src/store/ports';
import { placementOf } from './placeOrder';

/**
 * Orders in every state for the Orders tab's tests and bench, made through the real store and the
 * real life-cycle services (review, cardholder approval, production), not by writing rows.
 */
let seeded = 0;

/** Plain-text cards: these orders are looked at in the tab, not in the chat. */
const textPorts: LifecyclePorts = {
  issuer: { reviewCard: (view, outcome) => ({ kind: 'text', text: `review ${view.order.number} ${outcome.kind}` }), ...textIssuerCalls },
  approvals: {
    request: ({ item }) => ({ kind: 'text', text: `approve ${item.firstName}` }),
    outcome: ({ item, outcome }) => ({ kind: 'text', text: `${item.firstName} ${outcome}` }),
    ordererAction: ({ item, why }) => ({ kind: 'text', text: `${item.firstName} ${why}` }),
  },
  timing: { reminderDays: [2, 5], expiryDays: 14 },
};

export function seedContext(store: Store, reviewerEmail: string, now: () => Date = () => new Date()): ServiceContext {
  return {
    store,
    now,
    log: createLogger('silent'),
    reviewers: { emails: [reviewerEmail], channelConversationId: null },
    lifecycle: textPorts,
  };
}

export async function seedPerson(store: Store, p: { tenantId: string; aadObjectId: string; name: string; email: string }): Promise<Person> {
  const { person } = await store.people.upsertSeen({ tenantId: p.tenantId, aadObjectId: p.aadObjectId, name: p.name });
  await store.people.updateProfile(person.id, { email: p.email });
  return (await store.people.get(person.id))!;
}

let photoBytes: Promise<{ jpeg: Buffer; thumbnail: Buffer }> | undefined;
const photo = () =>
  (photoBytes ??= (async () => {
    const image = (w: number, h: number) =>
      sharp({ create: { width: w, height: h, channels: 3, background: '#9ab' } })
        .jpeg()
        .toBuffer();
    return { jpeg: await image(600, 800), thumbnail: await image(150, 200) };
  })());

export interface SeedCardholder {
  firstName: string;
  lastName: string;
  email: string;
  findings?: PhotoFindingRecord[];
  manualIdVerification?: boolean;
  /** An already saved photo (the bench shares one across 10,000 orders). */
  photoId?: string;
  /** The card in use this one renews or replaces. */
  replacesItemId?: string;
}

/** One placed order (state `submitted`) with a photo per cardholder. */
export async function seedOrder(store: Store, owner: CartOwner, cardholders: SeedCardholder[], year = 2026): Promise<Order> {
  for (const c of cardholders) {
    const photoId =
      c.photoId ?? (await store.photos.save({ ownerPersonId: owner.ordererId, ...(await photo()), findings: c.findings ?? [] })).id;
    await store.cart.add(owner, {
      firstName: c.firstName,
      lastName: c.lastName,
      nationality: 'SE',
      identityScheme: 'se-personnummer',
      identityNumber: '199001011239',
      coordinationNumber: null,
      dateOfBirth: '1990-01-01',
      email: c.email,
      mobile: '+46701234567',
      cardType: 'standard',
      hasBankId: true,
      manualIdVerification: c.manualIdVerification ?? false,
      photoId,
      ...(c.replacesItemId ? { replacesItemId: c.replacesItemId } : {}),
    });
  }
  const checkout = await store.checkouts.open(owner);
  await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
  // Each order a minute after the one before, so "newest first" is the order of seeding.
  const placed = await store.orders.place(
    await placementOf(store, owner, checkout.id, { year, at: new Date(Date.UTC(year, 0, 1) + seeded++ * 60_000) }),
  );
  if (placed.kind !== 'placed') throw new Error(`seed order not placed: ${placed.kind}`);
  return placed.order;
}

export type SeedState = 'submitted' | 'rejected' | 'awaiting_cardholders' | 'in_production' | 'shipped' | 'delivered';

/**
 * Moves an order on as the reviewer and its cardholders would. Cardholders must be people with the
 * items' e-mails (they are bound to their items when reached, as on first contact with the bot).
 */
export async function advance(
  ctx: ServiceContext,
  order: Order,
  to: SeedState,
  who: { reviewer: Actor; cardholders: Person[] },
): Promise<void> {
  if (to === 'submitted') return;
  await reviewOrder({
    ctx,
    actor: who.reviewer,
    input: {
      orderId: order.id,
      decision: to === 'rejected' ? 'reject' : 'approve',
      ...(to === 'rejected' ? { reason: 'The photos are not usable' } : {}),
    },
  });
  if (to === 'rejected' || to === 'awaiting_cardholders') return;
  for (const person of who.cardholders) await reachCardholder({ ctx, person });
  for (const item of await ctx.store.orders.items(order.id)) {
    if (!item.cardholderPersonId) throw new Error(`no cardholder reached for ${item.email}`);
    await decideApproval({
      ctx,
      actor: { personId: item.cardholderPersonId, tenantId: who.reviewer.tenantId },
      input: { itemId: item.id, round: item.approvalRound, decision: 'approve' },
    });
    const steps = { in_production: ['produce'], shipped: ['produce', 'ship'], delivered: ['produce', 'ship', 'deliver'] }[to] as (
      'produce' | 'ship' | 'deliver'
    )[];
    for (const step of steps)
      await fulfilItem({
        ctx,
        actor: who.reviewer,
        input: { itemId: item.id, step, ...(step === 'ship' ? { trackingRef: 'PN-123456' } : {}) },
      });
  }
}
