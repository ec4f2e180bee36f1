import { and, count, eq, lt } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { CartItemInput, ImportJob, ImportJobRepository, ImportProblemRecord } from '../ports';
import { cartItems, importJobs } from '../schema';
import type { Db } from './db';

function toJob(row: typeof importJobs.$inferSelect): ImportJob {
  return {
    id: row.id,
    companyId: row.companyId,
    ordererId: row.ordererId,
    status: row.status,
    fileName: row.fileName,
    totalRows: row.totalRows,
    readyRows: row.readyRows as CartItemInput[],
    problems: row.problems as ImportProblemRecord[],
    hasReport: row.report !== null,
    createdAt: row.createdAt,
  };
}

const JOB_TTL_MS = 24 * 60 * 60 * 1000;

export function sqliteImports(db: Db, now: () => Date): ImportJobRepository {
  return {
    async create(job) {
      // Unconfirmed jobs hold personal data: they do not outlive a day.
      db.delete(importJobs).where(and(eq(importJobs.status, 'checked'), lt(importJobs.createdAt, new Date(now().getTime() - JOB_TTL_MS)))).run();
      const row = { ...job, id: randomUUID(), status: 'checked' as const, createdAt: now(), confirmedAt: null };
      db.insert(importJobs).values(row).run();
      return toJob(row);
    },
    async get(jobId) {
      const row = db.select().from(importJobs).where(eq(importJobs.id, jobId)).get();
      return row && toJob(row);
    },
    async report(jobId) {
      return db.select({ report: importJobs.report }).from(importJobs).where(eq(importJobs.id, jobId)).get()?.report ?? undefined;
    },
    async discard(jobId, owner) {
      return (
        db
          .update(importJobs)
          .set({ status: 'expired', readyRows: [] })
          .where(and(eq(importJobs.id, jobId), eq(importJobs.status, 'checked'), eq(importJobs.companyId, owner.companyId), eq(importJobs.ordererId, owner.ordererId)))
          .run().changes > 0
      );
    },
    async confirmIntoCart(jobId, owner) {
      return db.transaction(() => {
        const at = now();
        const claimed = db
          .update(importJobs)
          .set({ status: 'confirmed', confirmedAt: at })
          .where(and(eq(importJobs.id, jobId), eq(importJobs.status, 'checked'), eq(importJobs.companyId, owner.companyId), eq(importJobs.ordererId, owner.ordererId)))
          .returning({ readyRows: importJobs.readyRows })
          .get();
        let added = 0;
        if (claimed) {
          for (const item of claimed.readyRows as CartItemInput[]) {
            db.insert(cartItems).values({ ...item, id: randomUUID(), companyId: owner.companyId, ordererId: owner.ordererId, createdAt: at, updatedAt: at }).run();
            added++;
          }
          // The personal data has moved to the cart; the job keeps only counts and problems.
          db.update(importJobs).set({ readyRows: [] }).where(eq(importJobs.id, jobId)).run();
        }
        const cartSize = db.select({ n: count() }).from(cartItems).where(and(eq(cartItems.companyId, owner.companyId), eq(cartItems.ordererId, owner.ordererId))).get()?.n ?? 0;
        return { added, cartSize, alreadyConfirmed: !claimed };
      });
    },
  };
}
