import { auditRecord } from '../../domain/lifecycle/audit';
import type { CompanyRole } from '../../domain/roles';
import type { Actor, ServiceContext } from '../context';
import { resolveMemberChange, type MemberChange } from './memberInput';

export interface GrantResult {
  /** `pending`: nobody with that e-mail is known yet; the role applies on their first contact. */
  status: 'granted' | 'pending' | 'already';
  personIds: string[];
}

/** Company admin adds an orderer, manager or admin, by e-mail or person. */
export async function grantRole({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: MemberChange }): Promise<GrantResult> {
  const { input: change, company, people } = await resolveMemberChange({ ctx, actor, input });
  const at = ctx.now();
  const audit = (what: string, details: Record<string, string | undefined>) =>
    auditRecord({
      subject: { type: 'company', id: company.id },
      who: { kind: 'admin', personId: actor.personId },
      when: at,
      what,
      from: null,
      to: change.role,
      details,
    });

  if (people.length === 0) {
    const status = await ctx.store.members.grantPending(
      { companyId: company.id, email: change.email!, role: change.role, grantedBy: actor.personId },
      { audit: [audit('role.grant_pending', { email: change.email })] },
    );
    log(ctx, company.id, change.role, status === 'granted' ? 'pending' : 'already');
    return { status: status === 'granted' ? 'pending' : 'already', personIds: [] };
  }

  let granted = false;
  for (const person of people) {
    const status = await ctx.store.members.grant(company.id, person.id, change.role, {
      audit: [audit('role.grant', { personId: person.id, email: change.email })],
    });
    granted ||= status === 'granted';
  }
  log(ctx, company.id, change.role, granted ? 'granted' : 'already');
  return { status: granted ? 'granted' : 'already', personIds: people.map((p) => p.id) };
}

function log(ctx: ServiceContext, companyId: string, role: CompanyRole, status: string): void {
  ctx.log.info({ event: 'role.grant', companyId, role, status }, 'role granted');
}
