import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { ApplyResult, CardPost, ItemChange, LifecycleRepository, OrderChange } from '../ports';
import { cardPosts, companies, orderItems, orders } from './schema';
import { transaction, type PgDb, type PgTx } from './db';
import { applyEffects } from './effects';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { joinedWith } from '../sealing';

/** Rolls the transaction back when a conditional update matched nothing. */
class AlreadyDecided extends Error {}

/**
 * Lifecycle transitions as conditional UPDATEs (`... WHERE id = $1 AND status IN (from)`): zero rows
 * changed means someone decided first (on any instance), and the whole change, effects included,
 * is rolled back. A concurrent decision on the same row waits for the first to commit, then
 * re-checks the condition (PostgreSQL's READ COMMITTED), so exactly one applies.
 */
export function pgLifecycle(db: PgDb, now: () => Date, cipher: FieldCipher): LifecycleRepository {
  const joined = joinedWith(cipher);
  const applyOrder = async (tx: PgTx, change: OrderChange, at: Date) =>
    (
      await tx
        .update(orders)
        .set({ status: change.set.status, ...(change.set.reason !== undefined ? { reason: change.set.reason } : {}), updatedAt: at })
        .where(and(eq(orders.id, change.orderId), inArray(orders.status, [...change.from])))
    ).rowCount;
  const applyItem = async (tx: PgTx, change: ItemChange, at: Date) =>
    (
      await tx
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
    ).rowCount;
  const select = () => db.select().from(orderItems).innerJoin(orders, eq(orders.id, orderItems.orderId));

  return {
    async apply(change, effects): Promise<ApplyResult> {
      const at = now();
      try {
        await transaction(db, async (tx) => {
          if (change.order && (await applyOrder(tx, change.order, at)) !== 1) throw new AlreadyDecided();
          for (const item of change.items ?? []) if ((await applyItem(tx, item, at)) !== 1) throw new AlreadyDecided();
          await applyEffects(tx, effects, at, cipher);
        });
        return 'applied';
      } catch (err) {
        if (err instanceof AlreadyDecided) return 'already_decided';
        throw err;
      }
    },
    async item(itemId) {
      return joined(await select().where(eq(orderItems.id, itemId)))[0];
    },
    async unboundAwaiting(email, tenantId) {
      const rows = await select()
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
        .orderBy(asc(orderItems.createdAt));
      return joined(rows);
    },
    async dueApprovals(at, limit) {
      const due = or(lte(orderItems.remindAt, at), lte(orderItems.expiresAt, at));
      return joined(
        await select()
          .where(and(eq(orderItems.status, 'awaiting_cardholder'), eq(orders.status, 'approved'), due))
          .orderBy(asc(orderItems.expiresAt))
          .limit(limit),
      );
    },
    async recordPost(post: CardPost) {
      await db.insert(cardPosts).values(post).onConflictDoNothing();
    },
    async posts(purpose, subjectId) {
      return db
        .select()
        .from(cardPosts)
        .where(and(eq(cardPosts.purpose, purpose), eq(cardPosts.subjectId, subjectId)))
        .orderBy(asc(cardPosts.createdAt));
    },
    async forgetPosts(keys) {
      if (keys.length) await db.delete(cardPosts).where(inArray(cardPosts.key, keys));
    },
  };
}
