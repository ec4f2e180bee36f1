import type { Actor, ServiceContext } from '../context';
import { NotAnOrdererError } from '../errors';
import type { CartOwner, Company } from '../../store/ports';

/** The cart owner with the company it orders for (read with the roles, so callers need not read it again). */
export type Orderer = CartOwner & { companyName: string; company: Company };

/**
 * The cart an actor orders into: their orderer role's company. With several companies the first
 * is used until the company switch arrives with the roles issue.
 */
export async function resolveOrderer({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<Orderer> {
  const roles = await ctx.store.companies.rolesOf(actor.personId);
  const orderer =
    roles.find((r) => r.role === 'orderer' && r.company.tenantId === actor.tenantId) ?? roles.find((r) => r.role === 'orderer');
  if (!orderer) throw new NotAnOrdererError(`person ${actor.personId} has no orderer role`);
  return { companyId: orderer.company.id, ordererId: actor.personId, companyName: orderer.company.name, company: orderer.company };
}
