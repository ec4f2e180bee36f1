import type { AuditRecord } from '../../domain/lifecycle/audit';
import type { AuditEntry } from '../ports';

type AuditRow = {
  at: Date;
  subjectType: AuditRecord['subject']['type'];
  subjectId: string;
  actorKind: AuditRecord['who']['kind'];
  actorPersonId: string | null;
  what: string;
  fromState: string | null;
  toState: string | null;
  details: Record<string, string>;
};

export const auditRow = (r: AuditRecord): AuditRow => ({
  at: r.when,
  subjectType: r.subject.type,
  subjectId: r.subject.id,
  actorKind: r.who.kind,
  actorPersonId: r.who.personId,
  what: r.what,
  fromState: r.from,
  toState: r.to,
  details: r.details,
});

export const toAuditEntry = (r: AuditRow & { seq: number }): AuditEntry => ({
  seq: r.seq,
  subject: { type: r.subjectType, id: r.subjectId },
  who: { kind: r.actorKind, personId: r.actorPersonId },
  when: r.at,
  what: r.what,
  from: r.fromState,
  to: r.toState,
  details: r.details,
});
