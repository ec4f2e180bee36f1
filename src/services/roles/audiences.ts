import type { OutboxRecipient } from '../../store/ports';
import type { ServiceContext } from '../context';

/**
 * Who hears about a company's orders: its managers (1:1) and its subscribed channels. The outbox
 * recipients to enqueue for one event; the actor is left out (they see the result in their turn).
 */
export async function companyAudience({
  ctx,
  companyId,
  exceptPersonId,
}: {
  ctx: ServiceContext;
  companyId: string;
  exceptPersonId?: string;
}): Promise<OutboxRecipient[]> {
  const [members, channels] = await Promise.all([ctx.store.members.members(companyId), ctx.store.members.channelsOf(companyId)]);
  const managers = [...new Set(members.filter((m) => m.role === 'manager' && m.personId !== exceptPersonId).map((m) => m.personId))];
  return [
    ...managers.map((id) => ({ kind: 'person' as const, id })),
    ...channels.map((c) => ({ kind: 'channel' as const, id: c.conversationId })),
  ];
}

/**
 * The issuer's review desk: every configured reviewer the bot has met (1:1), and the review
 * channel if one is configured. Reviewers not met yet cannot be reached proactively.
 */
export async function reviewerAudience({ ctx }: { ctx: ServiceContext }): Promise<OutboxRecipient[]> {
  const config = ctx.reviewers;
  if (!config) return [];
  const people = (await Promise.all(config.emails.map((email) => ctx.store.people.findByEmail(email)))).flat();
  const recipients: OutboxRecipient[] = [...new Set(people.map((p) => p.id))].map((id) => ({ kind: 'person', id }));
  if (config.channelConversationId) recipients.push({ kind: 'channel', id: config.channelConversationId });
  return recipients;
}
