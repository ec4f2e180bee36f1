import type { RunResult } from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { EnqueueResult, TxEffects } from '../ports';
import type * as schema from '../schema';
import { insertAudit } from './audit';
import { enqueueOutbox } from './outbox';

/** The database or an open transaction: what the synchronous helpers below write through. */
export type SyncDb = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

/**
 * Appends the audit records and enqueues the outbox messages through `tx`. Call it inside the
 * `db.transaction(tx => ...)` that makes the change, so all three commit together or not at all.
 * Synchronous on purpose: a better-sqlite3 transaction cannot span an `await`.
 */
export function applyEffects(tx: SyncDb, effects: TxEffects | undefined, now: Date): EnqueueResult {
  if (effects?.audit?.length) insertAudit(tx, effects.audit);
  return effects?.outbox?.length ? enqueueOutbox(tx, effects.outbox, now) : { enqueued: 0, duplicates: 0 };
}
