/**
 * The outbox: proactive messages recorded in the same transaction as the change that causes them
 * and delivered at least once by src/notify's worker.
 *
 * Two ways in:
 * - `OutboxRepository.enqueue(drafts)`: standalone, in its own transaction.
 * - Inside another repository's transaction: every store write that causes messages takes
 *   `TxEffects` ({ audit, outbox }) and applies them before it commits. The SQLite backend does it
 *   with the synchronous helper `applyEffects(tx, effects, now)` (src/store/sqlite/effects.ts), as
 *   better-sqlite3 transactions cannot span an await. A PostgreSQL backend implements the same
 *   write methods as `BEGIN; <change>; <insert audit>; <insert outbox ... ON CONFLICT DO NOTHING>;
 *   COMMIT` on one pooled client; the port does not change.
 */
/** `service`: not a Teams message but a job run by the worker with the same claims and retries (installing the app, sending a mail). */
export type RecipientKind = 'person' | 'channel' | 'service';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'unreachable' | 'failed' | 'cancelled';

/** JSON the payload renderer understands, e.g. `{ kind: 'text', text }` or `{ kind: 'card', card }`. */
export interface OutboxPayload {
  kind: string;
  [key: string]: unknown;
}

export interface OutboxRecipient {
  kind: RecipientKind;
  /** Person id, a channel conversation id, or a service name. */
  id: string;
}

export interface OutboxDraft {
  /** The domain event causing the message; with the recipient it is the idempotency key. */
  eventId: string;
  recipient: OutboxRecipient;
  tenantId: string;
  payload: OutboxPayload;
  /** Merge with other messages of the same key to the same recipient created within `windowMs` of the first. */
  coalesce?: { key: string; windowMs: number };
  /** Update this previously sent message (e.g. replace an approval card) instead of sending a new one. */
  replacesActivityId?: string;
  /** Do not send before this time (reminders). */
  notBefore?: Date;
}

export interface OutboxMessage {
  id: string;
  idempotencyKey: string;
  eventId: string;
  recipient: OutboxRecipient;
  tenantId: string;
  conversationId: string | null;
  payload: OutboxPayload;
  replacesActivityId: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil: Date | null;
  lastError: string | null;
  coalesceKey: string | null;
  coalesceUntil: Date | null;
  activityId: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface EnqueueResult {
  enqueued: number;
  /** Drafts whose idempotency key was already there (a replayed event): silently skipped. */
  duplicates: number;
}

/** Outcome updates apply only while the caller still holds the claim (`token`). */
export interface OutboxRepository {
  enqueue(drafts: OutboxDraft[]): Promise<EnqueueResult>;
  /** Pending messages due at `now`, oldest due first. */
  due(now: Date, limit: number): Promise<OutboxMessage[]>;
  /**
   * Atomically moves the message, and the pending messages coalescing with it, from pending to
   * sending (attempts + 1). Returns the claimed group, oldest first; empty if someone else won.
   */
  claim(id: string, token: string, now: Date, leaseMs: number): Promise<OutboxMessage[]>;
  markSent(ids: string[], token: string, result: { activityId: string; conversationId: string; at: Date }): Promise<number>;
  /** Back to pending for another attempt at `nextAttemptAt`. `countAttempt: false` undoes the claim's attempt. */
  reschedule(ids: string[], token: string, next: { at: Date; error: string | null; countAttempt?: boolean }): Promise<number>;
  markUnreachable(ids: string[], token: string, error: string): Promise<number>;
  markFailed(ids: string[], token: string, error: string): Promise<number>;
  /** Claims whose lease expired (a crashed worker) go back to pending. */
  recoverExpiredLeases(now: Date): Promise<number>;
  /** When there is next something to do: the earliest pending attempt, or claim lease running out. */
  nextActionAt(): Promise<Date | undefined>;
  /** Unreachable messages for this recipient go back to pending (they just wrote to the bot). */
  revive(recipient: OutboxRecipient, now: Date): Promise<number>;
  /**
   * A count that grows whenever this process enqueues or revives a message (absent: unknown, e.g.
   * where a database trigger announces new rows), so a turn can tell whether it gave the worker work.
   */
  madeDue?(): number;
  /** Cancels pending or unreachable messages (e.g. an approval card superseded by a resend). */
  cancel(idempotencyKeys: string[]): Promise<number>;
  get(id: string): Promise<OutboxMessage | undefined>;
  findByKey(idempotencyKey: string): Promise<OutboxMessage | undefined>;
  list(filter?: { status?: OutboxStatus; recipient?: OutboxRecipient }): Promise<OutboxMessage[]>;
}

export function idempotencyKey(eventId: string, recipient: OutboxRecipient): string {
  return `${eventId}|${recipient.kind}:${recipient.id}`;
}
