import { pgTable, text, integer, timestamp, json, index } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { people } from './people';

/**
 * Import files accepted but not yet checked to the end (src/store/ports/importChecks.ts). The
 * file is sealed and deleted as soon as the card shows the result.
 */
export const importChecks = pgTable(
  'import_checks',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    locale: text('locale').notNull(),
    fileName: text('file_name').notNull(),
    file: bytea('file').notNull(),
    reference: json('reference').$type<Record<string, unknown>>().notNull(),
    cardActivityId: text('card_activity_id'),
    attempts: integer('attempts').notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('import_checks_lease').on(t.leaseUntil)],
);
