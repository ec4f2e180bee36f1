import type { Actor, ServiceContext } from '../context';
import { NotAnOrdererError } from '../errors';
import type { CartOwner } from '../../store/ports';

/**
 * The cart an actor orders into: their orderer role's company. With several companies the first
 * is used until the company switch arrives with the roles issue.
 */
export async function resolveOrderer({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<CartOwner & { companyName: string }> {
  const roles = await ctx.store.companies.rolesOf(actor.personId);
  const orderer = roles.find((r) => r.role === 'orderer' && r.company.tenantId === actor.tenantId) ?? roles.find((r) => r.role === 'orderer');
  if (!orderer) throw new NotAnOrdererError(`person ${actor.personId} has no orderer role`);
  return { companyId: orderer.company.id, ordererId: actor.personId, companyName: orderer.company.name };
}
