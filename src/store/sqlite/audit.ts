import { and, asc, eq } from 'drizzle-orm';
import type { AuditRecord } from '../../domain/lifecycle/audit';
import type { AuditEntry, AuditRepository } from '../ports';
import { auditEvents } from '../schema';
import type { Db } from './db';
import type { SyncDb } from './effects';

/** Synchronous append, for use inside another repository's transaction. */
export function insertAudit(tx: SyncDb, records: AuditRecord[]): void {
  if (records.length === 0) return;
  tx.insert(auditEvents)
    .values(
      records.map((r) => ({
        at: r.when,
        subjectType: r.subject.type,
        subjectId: r.subject.id,
        actorKind: r.who.kind,
        actorPersonId: r.who.personId,
        what: r.what,
        fromState: r.from,
        toState: r.to,
        details: r.details,
      })),
    )
    .run();
}

export function sqliteAudit(db: Db): AuditRepository {
  return {
    async append(records) {
      db.transaction((tx) => insertAudit(tx, records));
    },
    async list(subject) {
      const rows = db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.subjectType, subject.type), eq(auditEvents.subjectId, subject.id)))
        .orderBy(asc(auditEvents.seq))
        .all();
      return rows.map(
        (r): AuditEntry => ({
          seq: r.seq,
          subject: { type: r.subjectType, id: r.subjectId },
          who: { kind: r.actorKind, personId: r.actorPersonId },
          when: r.at,
          what: r.what,
          from: r.fromState,
          to: r.toState,
          details: r.details,
        }),
      );
    },
  };
}
