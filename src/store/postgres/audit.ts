import { and, asc, eq, or } from 'drizzle-orm';
import type { AuditRecord } from '../../domain/lifecycle/audit';
import type { AuditRepository } from '../ports';
import { auditRow, toAuditEntry } from '../rows/audit';
import { auditEvents } from './schema';
import type { PgDb, PgExec } from './db';

/** For use inside another repository's transaction. */
export async function insertAudit(tx: PgExec, records: AuditRecord[]): Promise<void> {
  if (records.length) await tx.insert(auditEvents).values(records.map(auditRow));
}

export function pgAudit(db: PgDb): AuditRepository {
  return {
    async append(records) {
      await insertAudit(db, records);
    },
    async list(subject) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.subjectType, subject.type), eq(auditEvents.subjectId, subject.id)))
        .orderBy(asc(auditEvents.seq));
      return rows.map(toAuditEntry);
    },
    async listMany(subjects) {
      if (subjects.length === 0) return [];
      const rows = await db
        .select()
        .from(auditEvents)
        .where(or(...subjects.map((s) => and(eq(auditEvents.subjectType, s.type), eq(auditEvents.subjectId, s.id)))))
        .orderBy(asc(auditEvents.seq));
      return rows.map(toAuditEntry);
    },
  };
}
