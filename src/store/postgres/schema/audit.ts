import { pgTable, text, integer, timestamp, json, index } from 'drizzle-orm/pg-core';

/**
 * The append-only audit log: who, when, what, from-state, to-state, for orders, items and company
 * membership. Written only in the same transaction as the change it describes; never updated.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    subjectType: text('subject_type', { enum: ['order', 'item', 'company', 'retention', 'cardholder'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    actorKind: text('actor_kind', { enum: ['orderer', 'admin', 'reviewer', 'cardholder', 'system'] }).notNull(),
    actorPersonId: text('actor_person_id'),
    what: text('what').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    details: json('details').$type<Record<string, string>>().notNull(),
  },
  (t) => [index('audit_events_subject').on(t.subjectType, t.subjectId, t.seq)],
);
