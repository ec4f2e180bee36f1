import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { CompanyRepository } from '../ports';
import { companies, companyRoles } from './schema';
import type { PgDb } from './db';

export function pgCompanies(db: PgDb, now: () => Date): CompanyRepository {
  return {
    async create(company) {
      const row = { id: company.id ?? randomUUID(), tenantId: company.tenantId, name: company.name, orgNumber: company.orgNumber ?? null };
      await db
        .insert(companies)
        .values({ ...row, createdAt: now() })
        .onConflictDoNothing();
      return row;
    },
    async get(companyId) {
      const [row] = await db.select().from(companies).where(eq(companies.id, companyId));
      return row && { id: row.id, tenantId: row.tenantId, name: row.name, orgNumber: row.orgNumber };
    },
    async grant(companyId, personId, role) {
      await db.insert(companyRoles).values({ companyId, personId, role, createdAt: now() }).onConflictDoNothing();
    },
    async rolesOf(personId) {
      const rows = await db
        .select({ company: companies, role: companyRoles.role })
        .from(companyRoles)
        .innerJoin(companies, eq(companies.id, companyRoles.companyId))
        .where(eq(companyRoles.personId, personId));
      return rows.map((r) => ({
        company: { id: r.company.id, tenantId: r.company.tenantId, name: r.company.name, orgNumber: r.company.orgNumber },
        role: r.role,
      }));
    },
  };
}
