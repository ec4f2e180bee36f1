import { and, asc, eq, or } from 'drizzle-orm';
import type { AuditRecord } from '../../domain/lifecycle/audit';
import type { AuditRepository } from '../ports';
import { auditRow, toAuditEntry } from '../rows/audit';
import { auditEvents } from '../schema';
import { transaction, type Db, type SyncDb } from './db';

/** Synchronous append, for use inside another repository's transaction. */
export function insertAudit(tx: SyncDb, records: AuditRecord[]): void {
  if (records.length === 0) return;
  tx.insert(auditEvents).values(records.map(auditRow)).run();
}

export function sqliteAudit(db: Db): AuditRepository {
  return {
    async append(records) {
      transaction(db, (tx) => insertAudit(tx, records));
    },
    async list(subject) {
      const rows = db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.subjectType, subject.type), eq(auditEvents.subjectId, subject.id)))
        .orderBy(asc(auditEvents.seq))
        .all();
      return rows.map(toAuditEntry);
    },
    async listMany(subjects) {
      if (subjects.length === 0) return [];
      const rows = db
        .select()
        .from(auditEvents)
        .where(or(...subjects.map((s) => and(eq(auditEvents.subjectType, s.type), eq(auditEvents.subjectId, s.id)))))
        .orderBy(asc(auditEvents.seq))
        .all();
      return rows.map(toAuditEntry);
    },
  };
}
