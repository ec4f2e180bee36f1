import { pgTable, text, integer, timestamp, json, index } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { companies } from './companies';
import { people } from './people';

/**
 * A checked bulk-import file waiting for the orderer's confirmation. The ready rows (personal
 * data) live here only until confirmed or expired; the uploaded file itself is not kept, only the
 * error report built from it.
 */
export const importJobs = pgTable(
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
    readyRows: json('ready_rows').$type<unknown[]>().notNull(),
    problems: json('problems').$type<unknown[]>().notNull(),
    report: bytea('report'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('import_jobs_owner').on(t.companyId, t.ordererId)],
);
