import type { EnqueueResult, TxEffects } from '../ports';
import { insertAudit } from './audit';
import type { SyncDb } from './db';
import { enqueueOutbox } from './outbox';
import type { FieldCipher } from '../../crypto/fieldCipher';

/**
 * Appends the audit records and enqueues the outbox messages through `tx`. Call it inside the
 * `transaction(db, tx => ...)` that makes the change, so all three commit together or not at all.
 */
export function applyEffects(tx: SyncDb, effects: TxEffects | undefined, now: Date, cipher: FieldCipher): EnqueueResult {
  if (effects?.audit?.length) insertAudit(tx, effects.audit);
  return effects?.outbox?.length ? enqueueOutbox(tx, effects.outbox, now, cipher) : { enqueued: 0, duplicates: 0 };
}
