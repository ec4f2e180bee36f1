import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';
import { people } from './people';

/**
 * Import files accepted but not yet checked to the end (src/store/ports/importChecks.ts). The
 * file is sealed and deleted as soon as the card shows the result.
 */
export const importChecks = sqliteTable(
  'import_checks',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    locale: text('locale').notNull(),
    fileName: text('file_name').notNull(),
    file: blob('file', { mode: 'buffer' }).notNull(),
    reference: text('reference', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    cardActivityId: text('card_activity_id'),
    attempts: integer('attempts').notNull(),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('import_checks_lease').on(t.leaseUntil)],
);
