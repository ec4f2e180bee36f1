import { and, count, eq, lt } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { CartItemInput, ImportJobRepository } from '../ports';
import { IMPORT_JOB_TTL_MS, toJob } from '../rows/imports';
import { cartItems, importJobs } from '../schema';
import { transaction, type Db } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openImportJob, sealCardholder, sealImportJob } from '../sealing';

export function sqliteImports(db: Db, now: () => Date, cipher: FieldCipher): ImportJobRepository {
  return {
    async create(job) {
      // Unconfirmed jobs hold personal data: they do not outlive a day.
      db.delete(importJobs)
        .where(and(eq(importJobs.status, 'checked'), lt(importJobs.createdAt, new Date(now().getTime() - IMPORT_JOB_TTL_MS))))
        .run();
      const row = { ...job, id: randomUUID(), status: 'checked' as const, createdAt: now(), confirmedAt: null };
      db.insert(importJobs).values(sealImportJob(cipher, row)).run();
      return toJob(row);
    },
    async get(jobId) {
      const row = db.select().from(importJobs).where(eq(importJobs.id, jobId)).get();
      return row && toJob(openImportJob(cipher, row));
    },
    async report(jobId) {
      const row = db.select({ id: importJobs.id, report: importJobs.report }).from(importJobs).where(eq(importJobs.id, jobId)).get();
      return row?.report ? cipher.openBytes({ table: 'import_jobs', column: 'report', row: row.id }, row.report) : undefined;
    },
    async discard(jobId, owner) {
      return (
        db
          .update(importJobs)
          .set({ status: 'expired', readyRows: [], report: null })
          .where(
            and(
              eq(importJobs.id, jobId),
              eq(importJobs.status, 'checked'),
              eq(importJobs.companyId, owner.companyId),
              eq(importJobs.ordererId, owner.ordererId),
            ),
          )
          .run().changes > 0
      );
    },
    async confirmIntoCart(jobId, owner) {
      return transaction(db, () => {
        const at = now();
        const claimed = db
          .update(importJobs)
          .set({ status: 'confirmed', confirmedAt: at })
          .where(
            and(
              eq(importJobs.id, jobId),
              eq(importJobs.status, 'checked'),
              eq(importJobs.companyId, owner.companyId),
              eq(importJobs.ordererId, owner.ordererId),
            ),
          )
          .returning({ id: importJobs.id, readyRows: importJobs.readyRows, problems: importJobs.problems, report: importJobs.report })
          .get();
        let added = 0;
        if (claimed) {
          for (const item of openImportJob(cipher, claimed).readyRows as CartItemInput[]) {
            const row = { ...item, id: randomUUID(), companyId: owner.companyId, ordererId: owner.ordererId, createdAt: at, updatedAt: at };
            db.insert(cartItems)
              .values(sealCardholder(cipher, 'cart_items', row))
              .run();
            added++;
          }
          // The personal data has moved to the cart, and the error report has done its job: the job keeps only counts and problems.
          db.update(importJobs).set({ readyRows: [], report: null }).where(eq(importJobs.id, jobId)).run();
        }
        const cartSize =
          db
            .select({ n: count() })
            .from(cartItems)
            .where(and(eq(cartItems.companyId, owner.companyId), eq(cartItems.ordererId, owner.ordererId)))
            .get()?.n ?? 0;
        return { added, cartSize, alreadyConfirmed: !claimed };
      });
    },
  };
}
