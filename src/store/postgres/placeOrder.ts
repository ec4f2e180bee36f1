import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Order, PlaceOrderInput, PlaceOrderResult } from '../ports';
import { cartMatches } from '../placementCheck';
import { cartItems, checkouts, orderCounters, orderItems, orders } from './schema';
import { listCart, lockOwner } from './cart';
import { checkoutOwnedBy } from './checkouts';
import { transaction, type PgDb, type PgExec, type PgTx } from './db';
import { applyEffects } from './effects';
import { addAddressIn } from './settings';
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

export const readOrder = async (db: PgExec, orderId: string): Promise<Order | undefined> =>
  (await db.select().from(orders).where(eq(orders.id, orderId)))[0] as Order | undefined;

export async function reserveOrderNumber(db: PgDb, year: number): Promise<number> {
  const [row] = await db
    .insert(orderCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: orderCounters.year, set: { last: sql`${orderCounters.last} + 1` } })
    .returning({ last: orderCounters.last });
  return row!.last;
}

/**
 * "Confirm order" as one PostgreSQL transaction. The checkout claim is a conditional UPDATE (a
 * second confirmation on another instance waits for it, then finds the checkout placed), and the
 * orderer's row is locked before the cart is read, so a concurrent add or another checkout of the
 * same cart waits instead of interleaving.
 */
export async function placeOrder(db: PgDb, now: () => Date, input: PlaceOrderInput, cipher: FieldCipher): Promise<PlaceOrderResult> {
  try {
    return await transaction(db, (tx) => placeInTransaction(tx, now(), input, cipher));
  } catch (err) {
    if (err instanceof Refusal) return err.result;
    throw err;
  }
}

async function placeInTransaction(tx: PgTx, at: Date, input: PlaceOrderInput, cipher: FieldCipher): Promise<PlaceOrderResult> {
  const { owner, checkoutId, order } = input;
  const [claimed] = await tx
    .update(checkouts)
    .set({ status: 'placed', updatedAt: at })
    .where(and(eq(checkouts.id, checkoutId), checkoutOwnedBy(owner), eq(checkouts.status, 'open')))
    .returning();
  if (!claimed) {
    const [existing] = await tx
      .select()
      .from(checkouts)
      .where(and(eq(checkouts.id, checkoutId), checkoutOwnedBy(owner)));
    const placed = existing?.status === 'placed' && existing.orderId ? await readOrder(tx, existing.orderId) : undefined;
    return placed ? { kind: 'already_placed', order: placed } : { kind: 'not_open' };
  }
  const summary = claimed.summaryItems ?? [];
  if (summary.length === 0) throw new Refusal({ kind: 'not_open' });

  await lockOwner(tx, owner);
  const cart = await listCart(tx, owner);
  if (!cartMatches(cart, summary, input.items)) {
    const [moved] = await tx
      .select({ orderId: orderItems.orderId })
      .from(orderItems)
      .where(inArray(orderItems.cartItemId, summary.map((s) => s.id).slice(0, CHUNK)))
      .limit(1);
    const elsewhere = moved && (await readOrder(tx, moved.orderId));
    throw new Refusal(elsewhere ? { kind: 'ordered_elsewhere', order: elsewhere } : { kind: 'cart_changed' });
  }
  if (cart.some((i) => !i.photoId || i.photoFailure))
    throw new Error('an item without a usable photo reached placeOrder; the service must refuse it first');

  await tx.insert(orders).values(order);
  for (const part of chunks(input.items))
    await tx.insert(orderItems).values(part.map((item) => sealCardholder(cipher, 'order_items', item)));
  await tx.delete(cartItems).where(
    inArray(
      cartItems.id,
      cart.map((i) => i.id),
    ),
  );
  if (order.deliveryAddress && input.saveDeliveryAddress) await addAddressIn(tx, at, owner.companyId, 'delivery', order.deliveryAddress);
  await tx.update(checkouts).set({ orderId: order.id }).where(eq(checkouts.id, checkoutId));
  await applyEffects(tx, input.effects, at, cipher);
  return { kind: 'placed', order };
}
