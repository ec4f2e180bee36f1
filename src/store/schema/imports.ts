import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';
import { people } from './people';

/**
 * A checked bulk-import file waiting for the orderer's confirmation. The ready rows (personal
 * data) live here only until confirmed or expired; the uploaded file itself is not kept, only the
 * error report built from it.
 */
export const importJobs = sqliteTable(
  'import_jobs',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    ordererId: text('orderer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['checked', 'confirmed', 'expired'] }).notNull(),
    fileName: text('file_name').notNull(),
    totalRows: integer('total_rows').notNull(),
    readyRows: text('ready_rows', { mode: 'json' }).$type<unknown[]>().notNull(),
    problems: text('problems', { mode: 'json' }).$type<unknown[]>().notNull(),
    report: blob('report', { mode: 'buffer' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('import_jobs_owner').on(t.companyId, t.ordererId)],
);
