import { and, asc, count, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Order, OrderItem, OrderRepository } from '../ports';
import { CLOSED_ITEM, CLOSED_ORDER, listingOf } from '../rows/orders';
import { orderItems, orders } from './schema';
import type { PgDb } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openCardholder } from '../sealing';
import { placeOrder, readOrder, reserveOrderNumber } from './placeOrder';

const LISTED_CARD = {
  orderId: orderItems.orderId,
  firstName: orderItems.firstName,
  lastName: orderItems.lastName,
  status: orderItems.status,
};

export function pgOrders(db: PgDb, now: () => Date, cipher: FieldCipher): OrderRepository {
  return {
    place: (input) => placeOrder(db, now, input, cipher),
    reserveNumber: (year) => reserveOrderNumber(db, year),
    get: (orderId) => readOrder(db, orderId),
    async byNumber(number) {
      return (await db.select().from(orders).where(eq(orders.number, number)))[0] as Order | undefined;
    },
    async items(orderId) {
      const rows = await db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.position));
      return rows.map((row) => openCardholder(cipher, 'order_items', row) as OrderItem);
    },
    async openCardholders(companyId) {
      const rows = await db
        .select({ identityIndex: orderItems.identityIndex, orderNumber: orders.number })
        .from(orderItems)
        .innerJoin(orders, eq(orders.id, orderItems.orderId))
        .where(and(eq(orders.companyId, companyId), notInArray(orders.status, CLOSED_ORDER), notInArray(orderItems.status, CLOSED_ITEM)));
      return rows.flatMap((r) => (r.identityIndex ? [{ identityIndex: r.identityIndex, orderNumber: r.orderNumber }] : []));
    },
    async listFor(owner, limit) {
      const mine = and(eq(orders.companyId, owner.companyId), eq(orders.ordererId, owner.ordererId));
      const [total] = await db.select({ n: count() }).from(orders).where(mine);
      const rows = (await db
        .select()
        .from(orders)
        .where(mine)
        .orderBy(desc(orders.createdAt), desc(orders.number))
        .limit(limit)) as Order[];
      // Every listed order's cards in one query, not one per order: names for the list, states for the progress.
      const cards = rows.length
        ? await db
            .select(LISTED_CARD)
            .from(orderItems)
            .where(
              inArray(
                orderItems.orderId,
                rows.map((o) => o.id),
              ),
            )
            .orderBy(asc(orderItems.orderId), asc(orderItems.position))
        : [];
      return { total: total?.n ?? 0, orders: rows.map((order) => listingOf(order, cards)) };
    },
  };
}
