import { and, asc, count, desc, eq, notInArray, inArray } from 'drizzle-orm';
import type { Order, OrderItem, OrderRepository } from '../ports';
import { CLOSED_ITEM, CLOSED_ORDER, listingOf } from '../rows/orders';
import { orderItems, orders } from '../schema';
import type { Db } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openCardholder } from '../sealing';
import { placeOrder, readOrder, reserveOrderNumber } from './placeOrder';

const LISTED_CARD = {
  orderId: orderItems.orderId,
  firstName: orderItems.firstName,
  lastName: orderItems.lastName,
  status: orderItems.status,
};

export function sqliteOrders(db: Db, now: () => Date, cipher: FieldCipher): OrderRepository {
  return {
    async place(input) {
      return placeOrder(db, now, input, cipher);
    },
    async reserveNumber(year) {
      return reserveOrderNumber(db, year);
    },
    async get(orderId) {
      return readOrder(db, orderId);
    },
    async byNumber(number) {
      return db.select().from(orders).where(eq(orders.number, number)).get() as Order | undefined;
    },
    async items(orderId) {
      return db
        .select()
        .from(orderItems)
        .where(eq(orderItems.orderId, orderId))
        .orderBy(asc(orderItems.position))
        .all()
        .map((row) => openCardholder(cipher, 'order_items', row) as OrderItem);
    },
    async openCardholders(companyId) {
      const rows = db
        .select({ identityIndex: orderItems.identityIndex, orderNumber: orders.number })
        .from(orderItems)
        .innerJoin(orders, eq(orders.id, orderItems.orderId))
        .where(and(eq(orders.companyId, companyId), notInArray(orders.status, CLOSED_ORDER), notInArray(orderItems.status, CLOSED_ITEM)))
        .all();
      return rows.flatMap((r) => (r.identityIndex ? [{ identityIndex: r.identityIndex, orderNumber: r.orderNumber }] : []));
    },
    async listFor(owner, limit) {
      const mine = and(eq(orders.companyId, owner.companyId), eq(orders.ordererId, owner.ordererId));
      const total = db.select({ n: count() }).from(orders).where(mine).get()?.n ?? 0;
      const rows = db.select().from(orders).where(mine).orderBy(desc(orders.createdAt), desc(orders.number)).limit(limit).all();
      // Every listed order's cards in one statement: names for the list, states for the progress.
      const cards = rows.length
        ? db
            .select(LISTED_CARD)
            .from(orderItems)
            .where(
              inArray(
                orderItems.orderId,
                rows.map((o) => o.id),
              ),
            )
            .orderBy(asc(orderItems.orderId), asc(orderItems.position))
            .all()
        : [];
      return { total, orders: rows.map((order) => listingOf(order as OrderListingOrder, cards)) };
    },
  };
}
type OrderListingOrder = NonNullable<ReturnType<typeof readOrder>>;
