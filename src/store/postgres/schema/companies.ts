import { pgTable, text, timestamp, index, primaryKey } from 'drizzle-orm/pg-core';
import { people } from './people';

export const companies = pgTable('companies', {
  id: text('id').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  name: text('name').notNull(),
  orgNumber: text('org_number'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Who may do what for a company: orderer, admin, manager. */
export const companyRoles = pgTable(
  'company_roles',
  {
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['orderer', 'admin', 'manager'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.personId, t.role] }), index('company_roles_person').on(t.personId)],
);
