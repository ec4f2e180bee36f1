import { and, eq, inArray, lte, notInArray, or } from 'drizzle-orm';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { foldReplacements, type CardsInUseRepository } from '../ports';
import { cardsInUseSql, DEAD_REPLACEMENT } from '../rows/cardsInUse';
import { joinedWith } from '../sealing';
import type { PgDb } from './db';
import { cartItems, orderItems, orders } from './schema';

export function pgCardsInUse(db: PgDb, cipher: FieldCipher): CardsInUseRepository {
  const joined = joinedWith(cipher);
  const select = () => db.select().from(orderItems).innerJoin(orders, eq(orders.id, orderItems.orderId));
  return {
    async search(query) {
      const rows = (await db.execute(cardsInUseSql(query, 'ILIKE'))).rows as { id: string; total: string | number }[];
      if (rows.length === 0) return { total: 0, cards: [] };
      const byId = new Map(
        joined(
          await select().where(
            inArray(
              orderItems.id,
              rows.map((r) => r.id),
            ),
          ),
        ).map((c) => [c.id, c]),
      );
      return { total: Number(rows[0]!.total), cards: rows.flatMap((r) => (byId.has(r.id) ? [byId.get(r.id)!] : [])) };
    },
    async dueTimers(at, limit) {
      const due = or(
        and(eq(orderItems.status, 'card_active'), lte(orderItems.remindAt, at)),
        and(inArray(orderItems.status, ['card_active', 'card_blocked']), lte(orderItems.validUntil, at)),
      );
      return joined(
        await select()
          .where(and(eq(orders.status, 'approved'), due))
          .orderBy(orderItems.validUntil)
          .limit(limit),
      );
    },
    async replacements(itemIds) {
      if (itemIds.length === 0) return new Map();
      const [cart, ordered] = await Promise.all([
        db.select({ id: cartItems.replacesItemId }).from(cartItems).where(inArray(cartItems.replacesItemId, itemIds)),
        db
          .select({ id: orderItems.replacesItemId, number: orders.number })
          .from(orderItems)
          .innerJoin(orders, eq(orders.id, orderItems.orderId))
          .where(
            and(
              inArray(orderItems.replacesItemId, itemIds),
              notInArray(orderItems.status, DEAD_REPLACEMENT),
              notInArray(orders.status, ['cancelled', 'rejected']),
            ),
          ),
      ]);
      return foldReplacements(cart, ordered);
    },
  };
}
