import type { ChannelSubscription, Company, CompanyMember, PendingGrant } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { authorize } from './actorRoles';
import { listCompaniesFor } from './listCompaniesFor';

export interface AdminView {
  company: Company;
  /** Other companies the actor administers (the card offers a switch). */
  otherCompanies: Company[];
  members: CompanyMember[];
  pending: PendingGrant[];
  channels: ChannelSubscription[];
}

/** The companies the actor administers; the admin card is offered only to them. */
export async function adminCompanies({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<Company[]> {
  return (await listCompaniesFor({ ctx, actor, role: 'admin' })).map((c) => c.company);
}

/** Members, pending grants and subscribed channels of a company its admin manages (the first one unless named). */
export async function adminView({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { companyId?: string };
}): Promise<AdminView | undefined> {
  const { companyId } = input;
  const companies = await adminCompanies({ ctx, actor });
  const company = companyId ? companies.find((c) => c.id === companyId) : companies[0];
  if (companyId && !company) throw new NotFoundError(`company ${companyId}`);
  if (!company) return undefined;
  await authorize({ ctx, actor }, 'company.manageMembers', { type: 'company', companyId: company.id });
  const [members, pending, channels] = await Promise.all([
    ctx.store.members.members(company.id),
    ctx.store.members.pendingOf(company.id),
    ctx.store.members.channelsOf(company.id),
  ]);
  return { company, otherCompanies: companies.filter((c) => c.id !== company.id), members, pending, channels };
}
