import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { people } from './people';

export const companies = sqliteTable('companies', {
  id: text('id').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  name: text('name').notNull(),
  orgNumber: text('org_number'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Who may do what for a company: orderer, admin, manager. */
export const companyRoles = sqliteTable(
  'company_roles',
  {
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['orderer', 'admin', 'manager'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.personId, t.role] }), index('company_roles_person').on(t.personId)],
);
