import type { AuditRecord } from '../../domain/lifecycle/audit';
import type { OutboxDraft } from './outbox';

/**
 * What a state change carries along: its audit records and the messages it causes. Store write
 * methods take these and commit them in the same transaction as the change, or not at all.
 */
export interface TxEffects {
  audit?: AuditRecord[];
  outbox?: OutboxDraft[];
}
