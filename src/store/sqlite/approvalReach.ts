import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { ApprovalReachRepository } from '../ports';
import { approvalReach } from '../schema';
import type { Db } from './db';

/** 24 random bytes: the approval link's id, unguessable on its own (the link is signed too). */
export const newReachId = () => randomBytes(24).toString('base64url');

export function sqliteApprovalReach(db: Db, now: () => Date): ApprovalReachRepository {
  const byId = (id: string) => db.select().from(approvalReach).where(eq(approvalReach.id, id)).get();
  return {
    async open({ itemId, round, channel }) {
      const at = now();
      db.insert(approvalReach)
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
        .onConflictDoNothing()
        .run();
      return db
        .select()
        .from(approvalReach)
        .where(and(eq(approvalReach.itemId, itemId), eq(approvalReach.round, round), eq(approvalReach.channel, channel)))
        .get()!;
    },
    async get(id) {
      return byId(id);
    },
    async forItems(itemIds) {
      if (itemIds.length === 0) return [];
      return db
        .select()
        .from(approvalReach)
        .where(inArray(approvalReach.itemId, itemIds))
        .orderBy(asc(approvalReach.createdAt), asc(approvalReach.channel))
        .all();
    },
    async setStatus(id, status, detail) {
      db.update(approvalReach)
        .set({ status, detail, updatedAt: now() })
        .where(and(eq(approvalReach.id, id), ne(approvalReach.status, 'decided')))
        .run();
    },
    async countFailedAttempt(id) {
      const at = now();
      const row = db
        .update(approvalReach)
        .set({ failedAttempts: sql`${approvalReach.failedAttempts} + 1`, lastAttemptAt: at, updatedAt: at })
        .where(eq(approvalReach.id, id))
        .returning({ n: approvalReach.failedAttempts })
        .get();
      return row?.n ?? 0;
    },
    async markDecided(id) {
      return (
        db
          .update(approvalReach)
          .set({ status: 'decided', updatedAt: now() })
          .where(and(eq(approvalReach.id, id), ne(approvalReach.status, 'decided')))
          .run().changes === 1
      );
    },
  };
}
