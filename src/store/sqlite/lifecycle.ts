import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { ApplyResult, CardPost, ItemChange, LifecycleRepository, OrderChange, TxEffects } from '../ports';
import { cardPosts, companies, orderItems, orders } from '../schema';
import type { Db } from './db';
import { applyEffects } from './effects';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { joinedWith } from '../sealing';

/** Rolls the transaction back when a conditional update matched nothing. */
class AlreadyDecided extends Error {}

/**
 * Lifecycle transitions as conditional UPDATEs (`... WHERE id = ? AND status IN (from)`): zero rows
 * changed means someone decided first, and the whole change, effects included, is rolled back.
 */
export function sqliteLifecycle(db: Db, now: () => Date, cipher: FieldCipher): LifecycleRepository {
  const joined = joinedWith(cipher);
  const applyOrder = (change: OrderChange, at: Date) =>
    db
      .update(orders)
      .set({ status: change.set.status, ...(change.set.reason !== undefined ? { reason: change.set.reason } : {}), updatedAt: at })
      .where(and(eq(orders.id, change.orderId), inArray(orders.status, [...change.from])))
      .run().changes;
  const applyItem = (change: ItemChange, at: Date) =>
    db
      .update(orderItems)
      .set({ ...change.set, updatedAt: at })
      .where(
        and(
          eq(orderItems.id, change.itemId),
          inArray(orderItems.status, [...change.from]),
          change.round === undefined ? undefined : eq(orderItems.approvalRound, change.round),
          change.sent === undefined ? undefined : eq(orderItems.remindersSent, change.sent),
        ),
      )
      .run().changes;

  const select = () => db.select().from(orderItems).innerJoin(orders, eq(orders.id, orderItems.orderId));
  return {
    async apply(change: { order?: OrderChange; items?: ItemChange[] }, effects: TxEffects): Promise<ApplyResult> {
      const at = now();
      try {
        db.transaction(
          (tx) => {
            if (change.order && applyOrder(change.order, at) !== 1) throw new AlreadyDecided();
            for (const item of change.items ?? []) if (applyItem(item, at) !== 1) throw new AlreadyDecided();
            applyEffects(tx, effects, at, cipher);
          },
          { behavior: 'immediate' },
        );
        return 'applied';
      } catch (err) {
        if (err instanceof AlreadyDecided) return 'already_decided';
        throw err;
      }
    },
    async item(itemId) {
      return joined(select().where(eq(orderItems.id, itemId)).all())[0];
    },
    async unboundAwaiting(email, tenantId) {
      const rows = select()
        .innerJoin(companies, eq(companies.id, orders.companyId))
        .where(
          and(
            sql`lower(${orderItems.email}) = ${email.trim().toLowerCase()}`,
            eq(orderItems.status, 'awaiting_cardholder'),
            isNull(orderItems.cardholderPersonId),
            eq(orders.status, 'approved'),
            eq(companies.tenantId, tenantId),
          ),
        )
        .orderBy(asc(orderItems.createdAt))
        .all();
      return joined(rows);
    },
    async dueApprovals(at, limit) {
      const due = or(lte(orderItems.remindAt, at), lte(orderItems.expiresAt, at));
      return joined(
        select()
          .where(and(eq(orderItems.status, 'awaiting_cardholder'), eq(orders.status, 'approved'), due))
          .orderBy(asc(orderItems.expiresAt))
          .limit(limit)
          .all(),
      );
    },
    async recordPost(post: CardPost) {
      db.insert(cardPosts).values(post).onConflictDoNothing().run();
    },
    async posts(purpose, subjectId) {
      return db
        .select()
        .from(cardPosts)
        .where(and(eq(cardPosts.purpose, purpose), eq(cardPosts.subjectId, subjectId)))
        .orderBy(asc(cardPosts.createdAt))
        .all();
    },
    async forgetPosts(keys) {
      if (keys.length) db.delete(cardPosts).where(inArray(cardPosts.key, keys)).run();
    },
  };
}
