import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Order, OrderBrowseRepository, OrderItem } from '../ports';
import { orderBrowseSql } from '../rows/orderBrowse';
import { orderItems, orders } from './schema';
import type { PgDb } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openCardholder } from '../sealing';

export function pgOrderBrowse(db: PgDb, cipher: FieldCipher): OrderBrowseRepository {
  const opened = (row: OrderItem) => openCardholder(cipher, 'order_items', row) as OrderItem;
  return {
    async search(query) {
      const { page, count } = orderBrowseSql(query, 'ILIKE');
      const rows = (await db.execute(page)).rows as { id: string; total: string | number }[];
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) {
        const counted = query.offset > 0 ? ((await db.execute(count)).rows[0] as { n: string | number } | undefined)?.n : 0;
        return { total: Number(counted ?? 0), orders: [] };
      }
      const total = Number(rows[0]!.total);
      const [found, items] = await Promise.all([
        db.select().from(orders).where(inArray(orders.id, ids)),
        db.select().from(orderItems).where(inArray(orderItems.orderId, ids)).orderBy(asc(orderItems.orderId), asc(orderItems.position)),
      ]);
      const byId = new Map((found as Order[]).map((o) => [o.id, o]));
      return {
        total,
        orders: ids.flatMap((id) =>
          byId.has(id) ? [{ order: byId.get(id)!, items: (items as OrderItem[]).filter((i) => i.orderId === id).map(opened) }] : [],
        ),
      };
    },
    async cardsOf(personId, limit) {
      const rows = await db
        .select({ order: orders, item: orderItems })
        .from(orderItems)
        .innerJoin(orders, eq(orders.id, orderItems.orderId))
        .where(eq(orderItems.cardholderPersonId, personId))
        .orderBy(desc(orders.createdAt), asc(orderItems.position))
        .limit(limit);
      return rows.map((r) => ({ order: r.order as Order, item: opened(r.item as OrderItem) }));
    },
  };
}
