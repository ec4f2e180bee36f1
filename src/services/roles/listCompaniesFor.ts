import type { CompanyRole } from '../../domain/roles';
import type { Company } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';

export interface CompanyWithRoles {
  company: Company;
  roles: CompanyRole[];
}

/**
 * The companies the actor belongs to, with their roles there, sorted by name; optionally only
 * those where they hold `role`. One result: use it; several: ask "which company?".
 */
export async function listCompaniesFor({
  ctx,
  actor,
  role,
}: {
  ctx: ServiceContext;
  actor: Actor;
  role?: CompanyRole;
}): Promise<CompanyWithRoles[]> {
  const byCompany = new Map<string, CompanyWithRoles>();
  for (const r of await ctx.store.companies.rolesOf(actor.personId)) {
    const entry = byCompany.get(r.company.id) ?? { company: r.company, roles: [] };
    entry.roles.push(r.role);
    byCompany.set(r.company.id, entry);
  }
  return [...byCompany.values()]
    .filter((c) => !role || c.roles.includes(role))
    .map((c) => ({ ...c, roles: c.roles.sort() }))
    .sort((a, b) => a.company.name.localeCompare(b.company.name, 'sv') || a.company.id.localeCompare(b.company.id));
}
