import type { AuditRecord, AuditSubjectType } from '../../domain/lifecycle/audit';

export interface AuditEntry extends AuditRecord {
  /** Monotonic position in the log, for a stable timeline order. */
  seq: number;
}

/** The append-only audit log. Appends usually ride along a change as `TxEffects.audit`. */
export interface AuditRepository {
  append(records: AuditRecord[]): Promise<void>;
  /** The timeline of one subject, oldest first. */
  list(subject: { type: AuditSubjectType; id: string }): Promise<AuditEntry[]>;
  /** The entries of several subjects (an order and its cards) in one read, oldest first. */
  listMany(subjects: { type: AuditSubjectType; id: string }[]): Promise<AuditEntry[]>;
}
