import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Append-only history: who did what, when, and which state it moved from and to. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorPersonId: text('actor_person_id'),
    companyId: text('company_id'),
    action: text('action').notNull(),
    orderId: text('order_id'),
    fromState: text('from_state'),
    toState: text('to_state'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('audit_events_order').on(t.orderId, t.id)],
);

/** Events to deliver after the transaction that caused them (notifications). At most once per key. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    event: text('event').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull(),
    availableAt: integer('available_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('outbox_key').on(t.idempotencyKey), index('outbox_pending').on(t.status, t.availableAt)],
);
