import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Messages to send proactively, written in the same transaction as the change that causes them
 * and delivered at least once by the outbox worker (src/notify).
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    /** `${eventId}|${recipientKind}:${recipientId}`: enqueueing the same event twice is a no-op. */
    idempotencyKey: text('idempotency_key').notNull(),
    eventId: text('event_id').notNull(),
    recipientKind: text('recipient_kind', { enum: ['person', 'channel', 'service'] }).notNull(),
    /** A person id, a channel conversation id, or the service a job runs against (`graph`, `mail`). */
    recipientId: text('recipient_id').notNull(),
    tenantId: text('tenant_id').notNull(),
    /** The conversation the last attempt went to (filled by the worker). */
    conversationId: text('conversation_id'),
    payload: text('payload', { mode: 'json' }).$type<{ kind: string; [key: string]: unknown }>().notNull(),
    /** When set, the worker updates this earlier message instead of sending a new one. */
    replacesActivityId: text('replaces_activity_id'),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'unreachable', 'failed', 'cancelled'] }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** A claim older than this is presumed crashed and goes back to pending. */
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    claimToken: text('claim_token'),
    lastError: text('last_error'),
    /** Messages with the same key and recipient created within the first one's window go out as one. */
    coalesceKey: text('coalesce_key'),
    coalesceUntil: integer('coalesce_until', { mode: 'timestamp_ms' }),
    activityId: text('activity_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('outbox_idempotency_key').on(t.idempotencyKey),
    index('outbox_due').on(t.status, t.nextAttemptAt),
    index('outbox_recipient').on(t.recipientKind, t.recipientId, t.status),
  ],
);
