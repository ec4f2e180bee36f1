import { z } from 'zod';
import { transitionOrder } from '../../domain/lifecycle';
import type { RefusalCode } from '../../domain/lifecycle/states';
import type { ItemChange, Order, OutboxDraft } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { authorize } from '../roles/actorRoles';
import { loadReview } from './loadReview';
import { reachDrafts } from '../reach/reachDrafts';
import { approvalDraft, approvalRound, cardholderFor, companyOf, eventDrafts, portsOf, replacePosts } from './shared';
import { parseInput } from '../parseInput';

export const reviewInput = z.object({
  orderId: z.string().min(1).max(64),
  decision: z.enum(['approve', 'reject']),
  reason: z.string().max(2000).optional(),
});

export type ReviewResult =
  { kind: 'applied'; order: Order } | { kind: 'already_decided'; order: Order } | { kind: 'refused'; code: RefusalCode };

/**
 * The issuer approves or rejects an order. Approval opens every remaining item's cardholder gate:
 * the cardholder (by e-mail, in the order's tenant) is bound and gets their approval card; a
 * cardholder the bot has not met yet is reached another way (src/services/reach: the app installed
 * for them through Graph, or an e-mailed link), else waits, and the orderer is told why. The review
 * card is replaced for every reviewer, and the orderer and managers hear of it.
 */
export async function reviewOrder({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof reviewInput>;
}): Promise<ReviewResult> {
  const { orderId, decision, reason } = parseInput(reviewInput, input);
  const ports = portsOf(ctx);
  const order = await ctx.store.orders.get(orderId);
  if (!order) throw new NotFoundError(`order ${orderId}`);
  await authorize({ ctx, actor }, 'order.review', { type: 'order', companyId: order.companyId, ordererId: order.ordererId });

  const at = ctx.now();
  const who = { kind: 'reviewer' as const, personId: actor.personId };
  const event = decision === 'approve' ? { type: 'approve' as const } : { type: 'reject' as const, reason: reason ?? '' };
  const result = transitionOrder({ id: order.id, state: order.status, reason: order.reason, productionStarted: false }, event, who, at);
  if (!result.ok) return result.code === 'invalid_transition' ? { kind: 'already_decided', order } : { kind: 'refused', code: result.code };

  const company = await companyOf(ctx, order);
  const view = await loadReview(ctx, order);
  const decided = { ...order, status: result.next.state, reason: result.next.reason };
  const outcome =
    decision === 'approve' ? ({ kind: 'approved' } as const) : ({ kind: 'rejected', reason: result.next.reason ?? '' } as const);
  const replaced = await replacePosts(ctx, 'review', order.id, `review.${decision}:${order.id}`, (locale) =>
    ports.issuer.reviewCard({ ...view, order: decided }, outcome, locale),
  );

  const items: ItemChange[] = [];
  const outbox: OutboxDraft[] = [...replaced.drafts];
  const waiting: string[] = [];
  if (decision === 'approve') {
    for (const { item } of view.items.filter((v) => v.item.status === 'awaiting_cardholder')) {
      const person = await cardholderFor(ctx, item, company);
      const round = approvalRound(item, at, ports.timing);
      items.push({ itemId: item.id, from: ['awaiting_cardholder'], set: { ...round, cardholderPersonId: person?.id ?? null } });
      const opened = { ...item, ...round, cardholderPersonId: person?.id ?? null };
      if (person) outbox.push(approvalDraft(ports, { item: opened, order: decided, company, person }));
      else waiting.push(item.id);
    }
  }
  outbox.push(
    ...(await eventDrafts(ctx, {
      order: decided,
      eventId: `order.${decision}:${order.id}`,
      key: decision === 'approve' ? 'event.approved' : 'event.rejected',
      params: { reason: result.next.reason ?? '' },
      actorPersonId: actor.personId,
    })),
  );
  for (const itemId of waiting) {
    const item = view.items.find((v) => v.item.id === itemId)!.item;
    outbox.push(...(await reachDrafts(ctx, { order: decided, item: { ...item, ...approvalRound(item, at, ports.timing) }, company })));
  }

  const applied = await ctx.store.lifecycle.apply(
    { order: { orderId, from: [order.status], set: { status: result.next.state, reason: result.next.reason } }, items },
    { audit: [result.audit], outbox },
  );
  if (applied === 'already_decided') return { kind: 'already_decided', order: (await ctx.store.orders.get(orderId)) ?? order };
  await ctx.store.lifecycle.forgetPosts(replaced.keys);
  ctx.log.info({ event: `order.${decision}`, orderId, cards: outbox.length, waiting: waiting.length }, 'order reviewed');
  return { kind: 'applied', order: decided };
}
