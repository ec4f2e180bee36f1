import type { AuditRecord } from '../domain/lifecycle/audit';
import type { MessageKey, Translate } from './index';

/** One audit entry as a line of an order's history; `names` gives each item's cardholder. */
export function auditText(t: Translate, entry: Pick<AuditRecord, 'what' | 'details' | 'subject'>, names: ReadonlyMap<string, string>): string {
  const key = `audit.${entry.what}` as MessageKey;
  const text = t(key, { ...(entry.details as Record<string, string | number>), name: names.get(entry.subject.id) ?? '', what: entry.what });
  return text === key ? entry.what : text;
}
