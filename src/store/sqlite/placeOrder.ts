import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Order, PlaceOrderInput, PlaceOrderResult } from '../ports';
import { cartMatches } from '../placementCheck';
import { cartItems, checkouts, orderCounters, orderItems, orders } from '../schema';
import { applyEffects } from './effects';
import { checkoutOwnedBy } from './checkouts';
import { transaction, type Db } from './db';
import { addAddressSync } from './settings';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { sealCardholder } from '../sealing';

/** Carries a refusal out of the transaction callback, which rolls the claim back. */
class Refusal extends Error {
  constructor(readonly result: PlaceOrderResult) {
    super(result.kind);
  }
}

const CHUNK = 200;
const chunks = <T>(list: T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

export const readOrder = (db: Db, orderId: string): Order | undefined =>
  db.select().from(orders).where(eq(orders.id, orderId)).get() as Order | undefined;

export function reserveOrderNumber(db: Db, year: number): number {
  return db
    .insert(orderCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: orderCounters.year, set: { last: sql`${orderCounters.last} + 1` } })
    .returning({ last: orderCounters.last })
    .get().last;
}

/**
 * The whole of "confirm order" as one SQLite transaction, taken with BEGIN IMMEDIATE so a second
 * process waits for the write lock instead of reading a cart that is about to change.
 */
export function placeOrder(db: Db, now: () => Date, input: PlaceOrderInput, cipher: FieldCipher): PlaceOrderResult {
  try {
    return transaction(db, () => placeInTransaction(db, now(), input, cipher));
  } catch (err) {
    if (err instanceof Refusal) return err.result;
    throw err;
  }
}

function placeInTransaction(db: Db, at: Date, input: PlaceOrderInput, cipher: FieldCipher): PlaceOrderResult {
  const { owner, checkoutId, order } = input;
  // (a) Claim the checkout: exactly one confirmation can move it from open to placed.
  const claimed = db
    .update(checkouts)
    .set({ status: 'placed', updatedAt: at })
    .where(and(eq(checkouts.id, checkoutId), checkoutOwnedBy(owner), eq(checkouts.status, 'open')))
    .returning()
    .get();
  if (!claimed) {
    const existing = db
      .select()
      .from(checkouts)
      .where(and(eq(checkouts.id, checkoutId), checkoutOwnedBy(owner)))
      .get();
    const placed = existing?.status === 'placed' && existing.orderId ? readOrder(db, existing.orderId) : undefined;
    return placed ? { kind: 'already_placed', order: placed } : { kind: 'not_open' };
  }
  const summary = claimed.summaryItems ?? [];
  if (summary.length === 0) throw new Refusal({ kind: 'not_open' });

  // (b) The cart must be exactly what the summary showed, and what the service copied.
  const cart = db
    .select({ id: cartItems.id, updatedAt: cartItems.updatedAt, photoId: cartItems.photoId, photoFailure: cartItems.photoFailure })
    .from(cartItems)
    .where(and(eq(cartItems.companyId, owner.companyId), eq(cartItems.ordererId, owner.ordererId)))
    .orderBy(asc(cartItems.createdAt), asc(cartItems.id))
    .all();
  if (!cartMatches(cart, summary, input.items)) {
    const moved = db
      .select({ orderId: orderItems.orderId })
      .from(orderItems)
      .where(inArray(orderItems.cartItemId, summary.map((s) => s.id).slice(0, CHUNK)))
      .get();
    const elsewhere = moved && readOrder(db, moved.orderId);
    throw new Refusal(elsewhere ? { kind: 'ordered_elsewhere', order: elsewhere } : { kind: 'cart_changed' });
  }
  if (cart.some((i) => !i.photoId || i.photoFailure))
    throw new Error('an item without a usable photo reached placeOrder; the service must refuse it first');

  // (c) Write the order and its items, then take them out of the cart.
  db.insert(orders).values(order).run();
  for (const part of chunks(input.items))
    db.insert(orderItems)
      .values(part.map((item) => sealCardholder(cipher, 'order_items', item)))
      .run();
  for (const part of chunks(cart.map((i) => i.id))) db.delete(cartItems).where(inArray(cartItems.id, part)).run();
  if (order.deliveryAddress && input.saveDeliveryAddress) addAddressSync(db, at, owner.companyId, 'delivery', order.deliveryAddress);
  db.update(checkouts).set({ orderId: order.id }).where(eq(checkouts.id, checkoutId)).run();
  // (d) History, and the messages the order causes, in the same transaction.
  applyEffects(db, input.effects, at, cipher);
  return { kind: 'placed', order };
}
