import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { cartEntries, cartVersion } from '../cartVersion';
import type { Order, OrderItem, PlaceOrderInput, PlaceOrderResult } from '../ports';
import { auditRecord } from '../../domain/lifecycle/audit';
import { cartItems, checkouts, orderCounters, orderItems, orders } from '../schema';
import { applyEffects } from './effects';
import { checkoutOwnedBy } from './checkouts';
import type { Db } from './db';
import { addAddressSync } from './settings';

/** Carries a refusal out of the transaction callback, which rolls the claim back. */
class Refusal extends Error {
  constructor(readonly result: PlaceOrderResult) {
    super(result.kind);
  }
}

const CHUNK = 200;
const chunks = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

export const readOrder = (db: Db, orderId: string): Order | undefined => db.select().from(orders).where(eq(orders.id, orderId)).get() as Order | undefined;

/**
 * The whole of "confirm order" as one SQLite transaction, taken with BEGIN IMMEDIATE so a second
 * process waits for the write lock instead of reading a cart that is about to change.
 */
export function placeOrder(db: Db, now: () => Date, input: PlaceOrderInput): PlaceOrderResult {
  try {
    return db.transaction(() => placeInTransaction(db, now(), input), { behavior: 'immediate' });
  } catch (err) {
    if (err instanceof Refusal) return err.result;
    throw err;
  }
}

function placeInTransaction(db: Db, at: Date, input: PlaceOrderInput): PlaceOrderResult {
  const { owner, checkoutId } = input;
  // (a) Claim the checkout: exactly one confirmation can move it from open to placed.
  const claimed = db
    .update(checkouts)
    .set({ status: 'placed', updatedAt: at })
    .where(and(eq(checkouts.id, checkoutId), checkoutOwnedBy(owner), eq(checkouts.status, 'open')))
    .returning()
    .get();
  if (!claimed) {
    const existing = db.select().from(checkouts).where(and(eq(checkouts.id, checkoutId), checkoutOwnedBy(owner))).get();
    const order = existing?.status === 'placed' && existing.orderId ? readOrder(db, existing.orderId) : undefined;
    return order ? { kind: 'already_placed', order } : { kind: 'not_open' };
  }
  const summary = claimed.summaryItems ?? [];
  if (summary.length === 0) throw new Refusal({ kind: 'not_open' });

  // (b) The cart must be exactly what the summary showed.
  const items = db
    .select()
    .from(cartItems)
    .where(and(eq(cartItems.companyId, owner.companyId), eq(cartItems.ordererId, owner.ordererId)))
    .orderBy(asc(cartItems.createdAt), asc(cartItems.id))
    .all();
  if (cartVersion(cartEntries(items)) !== cartVersion(summary)) {
    const moved = db.select({ orderId: orderItems.orderId }).from(orderItems).where(inArray(orderItems.cartItemId, summary.map((s) => s.id).slice(0, CHUNK))).get();
    const order = moved && readOrder(db, moved.orderId);
    throw new Refusal(order ? { kind: 'ordered_elsewhere', order } : { kind: 'cart_changed' });
  }
  if (items.some((i) => !i.photoId || i.photoFailure)) throw new Error('an item without a usable photo reached placeOrder; the service must refuse it first');
  if (input.totals.cardCount !== items.length) throw new Error(`totals for ${input.totals.cardCount} cards, cart has ${items.length}`);

  const { last: sequence } = db
    .insert(orderCounters)
    .values({ year: input.year, last: 1 })
    .onConflictDoUpdate({ target: orderCounters.year, set: { last: sql`${orderCounters.last} + 1` } })
    .returning({ last: orderCounters.last })
    .get();
  const order: Order = {
    id: randomUUID(),
    number: input.orderNumber(sequence),
    companyId: owner.companyId,
    ordererId: owner.ordererId,
    checkoutId,
    status: 'submitted',
    deliveryOptionId: input.delivery.optionId,
    deliveryKind: input.delivery.kind,
    deliveryTitle: input.delivery.title,
    deliveryAddress: input.delivery.kind === 'address' ? input.delivery.address : null,
    recipients: input.recipients,
    invoiceAddress: input.invoiceAddress,
    expenseCode: input.expenseCode,
    termsVersion: input.termsVersion,
    itemCount: items.length,
    pricePerCardOre: input.totals.pricePerCardOre,
    vatRatePercent: input.totals.vatRatePercent,
    netOre: input.totals.netOre,
    vatOre: input.totals.vatOre,
    grossOre: input.totals.grossOre,
    reason: null,
    createdAt: at,
    updatedAt: at,
  };
  db.insert(orders).values(order).run();
  // (c) Copy the items, then take them out of the cart.
  const copies = items.map(({ id, companyId: _c, ordererId: _o, photoFailure: _f, createdAt: _ca, updatedAt: _ua, photoId, ...person }, position): OrderItem => ({
    ...person,
    id: randomUUID(),
    orderId: order.id,
    position,
    cartItemId: id,
    status: 'awaiting_cardholder',
    photoId: photoId!,
    reason: null,
    declinedField: null,
    trackingRef: null,
    cardholderPersonId: null,
    approvalRound: 0,
    remindAt: null,
    remindersSent: 0,
    expiresAt: null,
    createdAt: at,
    updatedAt: null,
  }));
  for (const part of chunks(copies)) db.insert(orderItems).values(part).run();
  for (const part of chunks(items.map((i) => i.id))) db.delete(cartItems).where(inArray(cartItems.id, part)).run();
  if (input.delivery.kind === 'address' && input.delivery.address && input.delivery.saveAddress) {
    addAddressSync(db, at, owner.companyId, 'delivery', input.delivery.address);
  }
  db.update(checkouts).set({ orderId: order.id }).where(eq(checkouts.id, checkoutId)).run();
  // (d) History, and the messages the order causes, in the same transaction.
  applyEffects(db as never, {
    audit: [
      auditRecord({
        subject: { type: 'order', id: order.id },
        who: { kind: 'orderer', personId: input.actorPersonId },
        when: at,
        what: 'order.submit',
        from: null,
        to: 'submitted',
        details: { number: order.number, itemCount: String(items.length) },
      }),
    ],
    outbox: input.effects?.(order, copies).outbox ?? [],
  }, at);
  return { kind: 'placed', order };
}
