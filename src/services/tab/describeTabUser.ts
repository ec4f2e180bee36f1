import type { CompanyRole } from '../../domain/roles';
import type { Actor, ServiceContext } from '../context';
import { loadActorRoles } from '../roles/actorRoles';

export interface TabUser {
  name: string | null;
  /** Companies the person holds a role in, each with every role held there. */
  companies: { id: string; name: string; roles: CompanyRole[] }[];
  /** Issuer reviewer: the review queue. */
  reviewer: boolean;
  /** Bound as the cardholder of at least one card: "My cards". */
  cardholder: boolean;
}

/** What the Orders tab shows this person: which views, for which companies. */
export async function describeTabUser({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<TabUser> {
  const [person, roles, memberships, cards] = await Promise.all([
    ctx.store.people.get(actor.personId),
    loadActorRoles({ ctx, actor }),
    ctx.store.companies.rolesOf(actor.personId),
    ctx.store.orderBrowse.cardsOf(actor.personId, 1),
  ]);
  const companies = new Map<string, TabUser['companies'][number]>();
  for (const { company, role } of memberships) {
    const entry = companies.get(company.id) ?? { id: company.id, name: company.name, roles: [] };
    entry.roles.push(role);
    companies.set(company.id, entry);
  }
  return {
    name: person?.name ?? null,
    companies: [...companies.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    reviewer: roles.reviewer,
    cardholder: cards.length > 0,
  };
}
