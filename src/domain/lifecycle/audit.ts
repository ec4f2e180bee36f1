import type { LifecycleActor } from './states';

/**
 * One entry of the append-only audit log: who did what, when, and the state it moved from and to.
 * Produced by the pure transition functions; the store appends it in the same transaction as the
 * change it describes.
 */
export interface AuditRecord {
  subject: { type: AuditSubjectType; id: string };
  who: LifecycleActor;
  when: Date;
  /** Dotted verb, e.g. `order.approve`, `item.decline`, `role.grant`. */
  what: string;
  from: string | null;
  to: string | null;
  /** Reasons, tracking references, the role granted; never identity numbers. */
  details: Record<string, string>;
}

/** `retention`: the daily purge (counts only); `cardholder`: an export or erasure request (subject id is the request's id). */
export type AuditSubjectType = 'order' | 'item' | 'company' | 'retention' | 'cardholder';

export function auditRecord(input: Omit<AuditRecord, 'details'> & { details?: Record<string, string | undefined> }): AuditRecord {
  const details: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.details ?? {})) if (value !== undefined) details[key] = value;
  return { ...input, details };
}
