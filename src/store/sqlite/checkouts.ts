import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { CartOwner, Checkout, CheckoutRepository } from '../ports';
import { checkouts } from '../schema';
import type { Db } from './db';

export const checkoutOwnedBy = (owner: CartOwner) =>
  and(eq(checkouts.companyId, owner.companyId), eq(checkouts.ordererId, owner.ordererId));

export function sqliteCheckouts(db: Db, now: () => Date): CheckoutRepository {
  const mine = (owner: CartOwner, id: string) => and(eq(checkouts.id, id), checkoutOwnedBy(owner));
  return {
    async open(owner) {
      const at = now();
      const row: Checkout = {
        id: randomUUID(),
        companyId: owner.companyId,
        ordererId: owner.ordererId,
        status: 'open',
        summaryItems: null,
        orderId: null,
        createdAt: at,
        updatedAt: at,
      };
      db.insert(checkouts).values(row).run();
      return row;
    },
    async get(owner, checkoutId) {
      return db.select().from(checkouts).where(mine(owner, checkoutId)).get();
    },
    async recordSummary(owner, checkoutId, items) {
      const result = db
        .update(checkouts)
        .set({ summaryItems: items, updatedAt: now() })
        .where(and(mine(owner, checkoutId), eq(checkouts.status, 'open')))
        .run();
      return result.changes > 0;
    },
    async cancel(owner, checkoutId) {
      const result = db
        .update(checkouts)
        .set({ status: 'cancelled', updatedAt: now() })
        .where(and(mine(owner, checkoutId), eq(checkouts.status, 'open')))
        .run();
      return result.changes > 0;
    },
  };
}
