import type { Person } from '../../store/ports';
import type { ServiceContext } from '../context';
import { resolvePendingGrants } from '../roles/resolvePendingGrants';
import { reachCardholder } from '../lifecycle/reachCardholder';

/**
 * A person just wrote to the bot (first contact, or after a while). Roles granted to their e-mail
 * before the bot knew them become theirs; messages that could not reach them (no chat, blocked,
 * not installed) are due again now that they talk to the bot in a 1:1 chat.
 */
export async function personReached({
  ctx,
  person,
  personalChat,
}: {
  ctx: ServiceContext;
  person: Person;
  personalChat: boolean;
}): Promise<{ grants: number; revived: number; approvals: number }> {
  const grants = person.email || person.upn ? (await resolvePendingGrants({ ctx, person })).length : 0;
  const approvals = person.email || person.upn ? await reachCardholder({ ctx, person }) : 0;
  const revived = personalChat ? await ctx.store.outbox.revive({ kind: 'person', id: person.id }, ctx.now()) : 0;
  if (revived) ctx.log.info({ event: 'outbox.revived', personId: person.id, count: revived }, 'undelivered messages are due again');
  return { grants, revived, approvals };
}
