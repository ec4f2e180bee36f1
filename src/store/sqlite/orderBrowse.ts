import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Order, OrderBrowseRepository, OrderItem } from '../ports';
import { orderBrowseSql } from '../rows/orderBrowse';
import { orderItems, orders } from '../schema';
import type { Db } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openCardholder } from '../sealing';

export function sqliteOrderBrowse(db: Db, cipher: FieldCipher): OrderBrowseRepository {
  const opened = (row: OrderItem) => openCardholder(cipher, 'order_items', row) as OrderItem;
  return {
    async search(query) {
      const { page, count } = orderBrowseSql(query, 'LIKE');
      const rows = db.all<{ id: string; total: number }>(page);
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) return { total: query.offset > 0 ? Number(db.get<{ n: number }>(count)?.n ?? 0) : 0, orders: [] };
      const total = Number(rows[0]!.total);
      const found = new Map((db.select().from(orders).where(inArray(orders.id, ids)).all() as Order[]).map((o) => [o.id, o]));
      const items = db
        .select()
        .from(orderItems)
        .where(inArray(orderItems.orderId, ids))
        .orderBy(asc(orderItems.orderId), asc(orderItems.position))
        .all()
        .map((row) => opened(row as OrderItem));
      return {
        total,
        orders: ids.flatMap((id) => (found.has(id) ? [{ order: found.get(id)!, items: items.filter((i) => i.orderId === id) }] : [])),
      };
    },
    async cardsOf(personId, limit) {
      return db
        .select({ order: orders, item: orderItems })
        .from(orderItems)
        .innerJoin(orders, eq(orders.id, orderItems.orderId))
        .where(eq(orderItems.cardholderPersonId, personId))
        .orderBy(desc(orders.createdAt), asc(orderItems.position))
        .limit(limit)
        .all()
        .map((r) => ({ order: r.order as Order, item: opened(r.item as OrderItem) }));
    },
  };
}
