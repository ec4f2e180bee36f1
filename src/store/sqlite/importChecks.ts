import { eq, lt, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { FieldCipher } from '../../crypto/fieldCipher';
import type { ImportCheckRepository, PendingImportCheck } from '../ports';
import { importChecks } from '../schema';
import { openImportCheckFile, sealImportCheckFile } from '../sealing';
import type { Db } from './db';

export function sqliteImportChecks(db: Db, now: () => Date, cipher: FieldCipher): ImportCheckRepository {
  const open = (row: typeof importChecks.$inferSelect): PendingImportCheck => ({
    ...row,
    file: openImportCheckFile(cipher, row.id, row.file),
  });
  return {
    async create(check) {
      const row = { ...check, id: randomUUID(), attempts: 0, cardActivityId: null, createdAt: now() };
      db.insert(importChecks)
        .values({ ...row, file: sealImportCheckFile(cipher, row.id, row.file) })
        .run();
      return row;
    },
    async setCard(id, cardActivityId) {
      db.update(importChecks).set({ cardActivityId }).where(eq(importChecks.id, id)).run();
    },
    async renew(id, leaseUntil) {
      return db.update(importChecks).set({ leaseUntil }).where(eq(importChecks.id, id)).run().changes > 0;
    },
    async claimExpired(expiredBefore, leaseUntil) {
      // One statement: SQLite runs it alone, so no two claims see the same row.
      const rows = db
        .update(importChecks)
        .set({ attempts: sql`${importChecks.attempts} + 1`, leaseUntil })
        .where(lt(importChecks.leaseUntil, expiredBefore))
        .returning()
        .all();
      return rows.map(open);
    },
    async finish(id) {
      db.delete(importChecks).where(eq(importChecks.id, id)).run();
    },
  };
}
