import type { AuditRecord } from '../domain/lifecycle/audit';
import type { MessageKey, Translate } from './index';

/** One audit entry as a line of an order's history; `names` gives each item's cardholder. */
export function auditText(
  t: Translate,
  entry: Pick<AuditRecord, 'what' | 'details' | 'subject'>,
  names: ReadonlyMap<string, string>,
): string {
  // A resend whose printed name changed went to the issuer, not to the cardholder.
  const toIssuer = (entry.details as Record<string, unknown> | undefined)?.review === 'pending';
  const key = `audit.${entry.what}${toIssuer ? '.to_issuer' : ''}` as MessageKey;
  const text = t(key, { ...(entry.details as Record<string, string | number>), name: names.get(entry.subject.id) ?? '', what: entry.what });
  return text === key ? entry.what : text;
}
