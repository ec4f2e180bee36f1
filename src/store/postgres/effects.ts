import type { EnqueueResult, TxEffects } from '../ports';
import { insertAudit } from './audit';
import type { PgExec } from './db';
import { enqueueOutbox } from './outbox';
import type { FieldCipher } from '../../crypto/fieldCipher';

/** Appends the audit records and enqueues the outbox messages through `tx`, inside the change's own transaction. */
export async function applyEffects(tx: PgExec, effects: TxEffects | undefined, now: Date, cipher: FieldCipher): Promise<EnqueueResult> {
  if (effects?.audit?.length) await insertAudit(tx, effects.audit);
  return effects?.outbox?.length ? enqueueOutbox(tx, effects.outbox, now, cipher) : { enqueued: 0, duplicates: 0 };
}
