import { auditRecord } from '../../domain/lifecycle/audit';
import type { Actor, ServiceContext } from '../context';
import { LastAdminError } from '../errors';
import { resolveMemberChange, type MemberChange } from './memberInput';

/**
 * Company admin removes a role, by e-mail or person; a pending grant for that e-mail goes too.
 * The last admin cannot be removed (checked atomically in the store): `LastAdminError`.
 */
export async function revokeRole({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: MemberChange;
}): Promise<{ status: 'revoked' | 'absent' }> {
  const { input: change, company, people } = await resolveMemberChange({ ctx, actor, input });
  const at = ctx.now();
  const audit = (what: string, details: Record<string, string | undefined>) => ({
    audit: [
      auditRecord({
        subject: { type: 'company', id: company.id },
        who: { kind: 'admin', personId: actor.personId },
        when: at,
        what,
        from: change.role,
        to: null,
        details,
      }),
    ],
  });

  let revoked = false;
  for (const person of people) {
    const status = await ctx.store.members.revoke(
      company.id,
      person.id,
      change.role,
      audit('role.revoke', { personId: person.id, email: change.email }),
    );
    if (status === 'last_admin') throw new LastAdminError(`company ${company.id} would have no admin`);
    revoked ||= status === 'revoked';
  }
  if (change.email) {
    revoked =
      (await ctx.store.members.revokePending(
        company.id,
        change.email,
        change.role,
        audit('role.revoke_pending', { email: change.email }),
      )) || revoked;
  }
  ctx.log.info({ event: 'role.revoke', companyId: company.id, role: change.role, revoked }, 'role revoked');
  return { status: revoked ? 'revoked' : 'absent' };
}
