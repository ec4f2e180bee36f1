import { z } from 'zod';
import { auditRecord } from '../../domain/lifecycle/audit';
import type { Actor, ServiceContext } from '../context';
import { ForbiddenError, NotFoundError, UnknownChannelError } from '../errors';
import { authorize } from './actorRoles';
import { parseInput } from '../parseInput';

const input = z.object({ companyId: z.string().min(1), conversationId: z.string().min(1) });
export type ChannelInput = z.input<typeof input>;

/**
 * A channel message's conversation id names its thread (`19:…@thread.tacv2;messageid=…`). Company
 * notifications go to the channel itself as new posts, so the subscription keeps the bare id.
 */
export function channelIdOf(conversationId: string): string {
  return conversationId.split(';')[0]!;
}

/** Company admin subscribes the channel they are typing in to the company's notifications. */
export async function subscribeChannel({
  ctx,
  actor,
  input: raw,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: ChannelInput;
}): Promise<{ status: 'subscribed' | 'already'; conversationId: string }> {
  const { companyId, conversationId } = parse(raw);
  await authorize({ ctx, actor }, 'company.subscribeChannel', { type: 'company', companyId });
  const company = await ctx.store.companies.get(companyId);
  if (!company) throw new NotFoundError(`company ${companyId}`);

  const channelId = channelIdOf(conversationId);
  const ref = (await ctx.store.conversations.get(channelId, null)) ?? (await ctx.store.conversations.get(conversationId, null));
  if (!ref) throw new UnknownChannelError(`no conversation reference for ${channelId}`);
  if (ref.tenantId !== company.tenantId) throw new ForbiddenError('company.subscribeChannel');
  if (ref.conversationId !== channelId) {
    const { activityId: _thread, ...reference } = ref.reference;
    const conversation = { ...(reference.conversation as Record<string, unknown>), id: channelId };
    await ctx.store.conversations.upsert({ ...ref, conversationId: channelId, personId: null, reference: { ...reference, conversation } });
  }

  const at = ctx.now();
  const audit = auditRecord({
    subject: { type: 'company', id: companyId },
    who: { kind: 'admin', personId: actor.personId },
    when: at,
    what: 'channel.subscribe',
    from: null,
    to: null,
    details: { conversationId: channelId },
  });
  const status = await ctx.store.members.subscribe(
    { companyId, conversationId: channelId, tenantId: company.tenantId, subscribedBy: actor.personId },
    { audit: [audit] },
  );
  ctx.log.info({ event: 'channel.subscribe', companyId, status }, 'channel subscribed');
  return { status, conversationId: channelId };
}

export async function unsubscribeChannel({
  ctx,
  actor,
  input: raw,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: ChannelInput;
}): Promise<{ status: 'unsubscribed' | 'absent' }> {
  const { companyId, conversationId } = parse(raw);
  await authorize({ ctx, actor }, 'company.subscribeChannel', { type: 'company', companyId });
  const channelId = channelIdOf(conversationId);
  const audit = auditRecord({
    subject: { type: 'company', id: companyId },
    who: { kind: 'admin', personId: actor.personId },
    when: ctx.now(),
    what: 'channel.unsubscribe',
    from: null,
    to: null,
    details: { conversationId: channelId },
  });
  const removed = await ctx.store.members.unsubscribe(companyId, channelId, { audit: [audit] });
  return { status: removed ? 'unsubscribed' : 'absent' };
}

function parse(raw: ChannelInput) {
  return parseInput(input, raw);
}
