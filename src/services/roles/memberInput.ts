import { z } from 'zod';
import type { Company, Person } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { authorize } from './actorRoles';
import { parseInput } from '../parseInput';

/** Who to add or remove: by e-mail (typed by the admin) or by person id (an @mention resolved at the edge). */
export const memberChange = z
  .object({
    companyId: z.string().min(1),
    role: z.enum(['orderer', 'admin', 'manager']),
    email: z
      .email()
      .transform((e) => e.trim().toLowerCase())
      .optional(),
    personId: z.string().min(1).optional(),
  })
  .refine((v) => (v.email === undefined) !== (v.personId === undefined), { message: 'give either an e-mail or a person' });
export type MemberChange = z.input<typeof memberChange>;

export interface ResolvedChange {
  input: z.output<typeof memberChange>;
  company: Company;
  /** The people this change applies to (none yet when the e-mail is unknown). */
  people: Person[];
}

/** Parse, authorise (admin of that company), and find the people the change is about. */
export async function resolveMemberChange({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: MemberChange;
}): Promise<ResolvedChange> {
  const parsed = parseInput(memberChange, input);
  const { companyId, email, personId } = parsed;
  await authorize({ ctx, actor }, 'company.manageMembers', { type: 'company', companyId });
  const company = await ctx.store.companies.get(companyId);
  if (!company) throw new NotFoundError(`company ${companyId}`);
  let people: Person[];
  if (personId) {
    const person = await ctx.store.people.get(personId);
    if (!person || person.tenantId !== company.tenantId) throw new NotFoundError(`person ${personId}`);
    people = [person];
  } else {
    people = await ctx.store.people.findByEmail(email!, company.tenantId);
  }
  return { input: parsed, company, people };
}
