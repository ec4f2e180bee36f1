import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { CompanyRepository, CompanyRole } from '../ports';
import { companies, companyRoles } from '../schema';
import type { Db } from './db';

export function sqliteCompanies(db: Db, now: () => Date): CompanyRepository {
  // Built once: every card-type question and checkout reads the roles, and building the query cost more than running it.
  const roles = db
    .select({ company: companies, role: companyRoles.role })
    .from(companyRoles)
    .innerJoin(companies, eq(companies.id, companyRoles.companyId))
    .where(eq(companyRoles.personId, sql.placeholder('personId')))
    .prepare();
  return {
    async create(company) {
      const row = { id: company.id ?? randomUUID(), tenantId: company.tenantId, name: company.name, orgNumber: company.orgNumber ?? null };
      db.insert(companies)
        .values({ ...row, createdAt: now() })
        .onConflictDoNothing()
        .run();
      return row;
    },
    async get(companyId) {
      const row = db.select().from(companies).where(eq(companies.id, companyId)).get();
      return row && { id: row.id, tenantId: row.tenantId, name: row.name, orgNumber: row.orgNumber };
    },
    async grant(companyId, personId, role) {
      db.insert(companyRoles).values({ companyId, personId, role, createdAt: now() }).onConflictDoNothing().run();
    },
    async rolesOf(personId) {
      const rows = roles.all({ personId });
      return rows.map((r) => ({
        company: { id: r.company.id, tenantId: r.company.tenantId, name: r.company.name, orgNumber: r.company.orgNumber },
        role: r.role as CompanyRole,
      }));
    },
  };
}
