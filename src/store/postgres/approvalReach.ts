import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ApprovalReachRepository } from '../ports';
import { newReachId } from '../sqlite/approvalReach';
import { approvalReach } from './schema';
import type { PgDb } from './db';

export function pgApprovalReach(db: PgDb, now: () => Date): ApprovalReachRepository {
  const byId = async (id: string) => (await db.select().from(approvalReach).where(eq(approvalReach.id, id)))[0];
  return {
    async open({ itemId, round, channel }) {
      const at = now();
      await db
        .insert(approvalReach)
        .values({
          id: newReachId(),
          itemId,
          round,
          channel,
          status: 'pending',
          detail: null,
          failedAttempts: 0,
          lastAttemptAt: null,
          createdAt: at,
          updatedAt: at,
        })
        .onConflictDoNothing();
      return (
        await db
          .select()
          .from(approvalReach)
          .where(and(eq(approvalReach.itemId, itemId), eq(approvalReach.round, round), eq(approvalReach.channel, channel)))
      )[0]!;
    },
    get: byId,
    async forItems(itemIds) {
      if (itemIds.length === 0) return [];
      return db
        .select()
        .from(approvalReach)
        .where(inArray(approvalReach.itemId, itemIds))
        .orderBy(asc(approvalReach.createdAt), asc(approvalReach.channel));
    },
    async setStatus(id, status, detail) {
      await db
        .update(approvalReach)
        .set({ status, detail, updatedAt: now() })
        .where(and(eq(approvalReach.id, id), ne(approvalReach.status, 'decided')));
    },
    async countFailedAttempt(id) {
      const at = now();
      const [row] = await db
        .update(approvalReach)
        .set({ failedAttempts: sql`${approvalReach.failedAttempts} + 1`, lastAttemptAt: at, updatedAt: at })
        .where(eq(approvalReach.id, id))
        .returning({ n: approvalReach.failedAttempts });
      return row?.n ?? 0;
    },
    async markDecided(id) {
      return (
        (
          await db
            .update(approvalReach)
            .set({ status: 'decided', updatedAt: now() })
            .where(and(eq(approvalReach.id, id), ne(approvalReach.status, 'decided')))
            .returning({ id: approvalReach.id })
        ).length === 1
      );
    },
  };
}
