import { eq, lt, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { FieldCipher } from '../../crypto/fieldCipher';
import type { ImportCheckRepository, PendingImportCheck } from '../ports';
import { openImportCheckFile, sealImportCheckFile } from '../sealing';
import type { PgDb } from './db';
import { importChecks } from './schema';

export function pgImportChecks(db: PgDb, now: () => Date, cipher: FieldCipher): ImportCheckRepository {
  const open = (row: typeof importChecks.$inferSelect): PendingImportCheck => ({
    ...row,
    file: openImportCheckFile(cipher, row.id, row.file),
  });
  return {
    async create(check) {
      const row = { ...check, id: randomUUID(), attempts: 0, cardActivityId: null, createdAt: now() };
      await db.insert(importChecks).values({ ...row, file: sealImportCheckFile(cipher, row.id, row.file) });
      return row;
    },
    async setCard(id, cardActivityId) {
      await db.update(importChecks).set({ cardActivityId }).where(eq(importChecks.id, id));
    },
    async renew(id, leaseUntil) {
      return (
        (await db.update(importChecks).set({ leaseUntil }).where(eq(importChecks.id, id)).returning({ id: importChecks.id })).length > 0
      );
    },
    async claimExpired(expiredBefore, leaseUntil) {
      // A concurrent claim waits on the row lock, then re-reads lease_until (now in the future) and skips the row.
      const rows = await db
        .update(importChecks)
        .set({ attempts: sql`${importChecks.attempts} + 1`, leaseUntil })
        .where(lt(importChecks.leaseUntil, expiredBefore))
        .returning();
      return rows.map(open);
    },
    async finish(id) {
      await db.delete(importChecks).where(eq(importChecks.id, id));
    },
  };
}
