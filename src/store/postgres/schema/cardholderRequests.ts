import { pgTable, text, timestamp, index } from 'drizzle-orm/pg-core';
import { companies } from './companies';

/** See the SQLite schema: exports and (possibly waiting) erasures of a cardholder's data. */
export const cardholderRequests = pgTable(
  'cardholder_requests',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['export', 'erase'] }).notNull(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    requestedBy: text('requested_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('cardholder_requests_open').on(t.kind, t.completedAt)],
);
