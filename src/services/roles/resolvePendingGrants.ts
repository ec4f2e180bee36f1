import { auditRecord } from '../../domain/lifecycle/audit';
import { normaliseEmail, type CompanyRole } from '../../domain/roles';
import type { Person } from '../../store/ports';
import type { ServiceContext } from '../context';

/**
 * On contact with a person whose e-mail is now known: roles granted to that e-mail before the bot
 * met them become theirs. Only grants of companies in the person's own tenant apply. Each grant is
 * consumed atomically, so two concurrent first turns apply it once.
 */
export async function resolvePendingGrants({
  ctx,
  person,
}: {
  ctx: ServiceContext;
  person: Person;
}): Promise<{ companyId: string; role: CompanyRole }[]> {
  const emails = [...new Set([person.email, person.upn].filter((e): e is string => !!e).map(normaliseEmail))];
  const applied: { companyId: string; role: CompanyRole }[] = [];
  for (const email of emails) {
    for (const grant of await ctx.store.members.pendingFor(email)) {
      const company = await ctx.store.companies.get(grant.companyId);
      if (!company || company.tenantId !== person.tenantId) continue;
      const audit = auditRecord({
        subject: { type: 'company', id: company.id },
        who: { kind: 'system', personId: null },
        when: ctx.now(),
        what: 'role.grant_resolved',
        from: null,
        to: grant.role,
        details: { personId: person.id, email, grantedBy: grant.grantedBy ?? undefined },
      });
      if (await ctx.store.members.consumePending(grant, person.id, { audit: [audit] }))
        applied.push({ companyId: company.id, role: grant.role });
    }
  }
  if (applied.length) ctx.log.info({ event: 'role.grant_resolved', personId: person.id, count: applied.length }, 'pending roles applied');
  return applied;
}
