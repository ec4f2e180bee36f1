import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/**
 * A cardholder's rights exercised by an admin or reviewer: an export (the signed download names
 * the request, never the person) or an erasure that waits while orders are under way. The
 * retention job finishes open erasures once those orders ended.
 */
export const cardholderRequests = sqliteTable(
  'cardholder_requests',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['export', 'erase'] }).notNull(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** Lower-case; blanked once an erasure completed. */
    email: text('email').notNull(),
    requestedBy: text('requested_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('cardholder_requests_open').on(t.kind, t.completedAt)],
);
