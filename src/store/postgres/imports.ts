import { and, eq, lt, max } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { CartItemInput, ImportJobRepository } from '../ports';
import { IMPORT_JOB_TTL_MS, toJob } from '../rows/imports';
import { cartItems, importJobs } from './schema';
import { cartOwnedBy, cartSize } from './cart';
import { transaction, type PgDb } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openImportJob, sealCardholder, sealImportJob } from '../sealing';

export function pgImports(db: PgDb, now: () => Date, cipher: FieldCipher): ImportJobRepository {
  const openJobOf = (jobId: string, owner: { companyId: string; ordererId: string }) =>
    and(
      eq(importJobs.id, jobId),
      eq(importJobs.status, 'checked'),
      eq(importJobs.companyId, owner.companyId),
      eq(importJobs.ordererId, owner.ordererId),
    );
  return {
    async create(job) {
      // Unconfirmed jobs hold personal data: they do not outlive a day.
      await db
        .delete(importJobs)
        .where(and(eq(importJobs.status, 'checked'), lt(importJobs.createdAt, new Date(now().getTime() - IMPORT_JOB_TTL_MS))));
      const row = { ...job, id: randomUUID(), status: 'checked' as const, createdAt: now(), confirmedAt: null };
      await db.insert(importJobs).values(sealImportJob(cipher, row));
      return toJob(row);
    },
    async get(jobId) {
      const [row] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
      return row && toJob(openImportJob(cipher, row));
    },
    async report(jobId) {
      const [row] = await db.select({ id: importJobs.id, report: importJobs.report }).from(importJobs).where(eq(importJobs.id, jobId));
      return row?.report ? cipher.openBytes({ table: 'import_jobs', column: 'report', row: row.id }, row.report) : undefined;
    },
    async discard(jobId, owner) {
      return (
        ((await db.update(importJobs).set({ status: 'expired', readyRows: [], report: null }).where(openJobOf(jobId, owner))).rowCount ??
          0) > 0
      );
    },
    async confirmIntoCart(jobId, owner) {
      return transaction(db, async (tx) => {
        const at = now();
        const [claimed] = await tx
          .update(importJobs)
          .set({ status: 'confirmed', confirmedAt: at })
          .where(openJobOf(jobId, owner))
          .returning({ id: importJobs.id, readyRows: importJobs.readyRows, problems: importJobs.problems, report: importJobs.report });
        const rows = (claimed ? openImportJob(cipher, claimed).readyRows : []) as CartItemInput[];
        if (claimed && rows.length) {
          // Consecutive times after the newest item keep the file's row order in the cart.
          const [newest] = await tx
            .select({ at: max(cartItems.createdAt) })
            .from(cartItems)
            .where(cartOwnedBy(owner));
          const base = Math.max(at.getTime(), (newest?.at?.getTime() ?? 0) + 1);
          const stamp = (i: number) => new Date(base + i);
          await tx.insert(cartItems).values(
            rows.map((item, i) =>
              sealCardholder(cipher, 'cart_items', {
                ...item,
                photoFailure: item.photoFailure ?? null,
                id: randomUUID(),
                companyId: owner.companyId,
                ordererId: owner.ordererId,
                createdAt: stamp(i),
                updatedAt: stamp(i),
              }),
            ),
          );
        }
        // The personal data has moved to the cart, and the error report has done its job: the job keeps only counts and problems.
        if (claimed) await tx.update(importJobs).set({ readyRows: [], report: null }).where(eq(importJobs.id, jobId));
        return { added: rows.length, cartSize: await cartSize(tx, owner), alreadyConfirmed: !claimed };
      });
    },
  };
}
