import { z } from 'zod';
import { transitionItem } from '../../domain/lifecycle';
import type { RefusalCode } from '../../domain/lifecycle/states';
import type { Order } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { authorize } from '../roles/actorRoles';
import { snapshotOf } from './itemSnapshot';
import { loadReview } from './loadReview';
import { eventDrafts, portsOf, replacePosts } from './shared';
import { parseInput } from '../parseInput';

export const rejectItemInput = z.object({
  orderId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  reason: z.string().max(2000).optional(),
});

export type RejectItemResult =
  { kind: 'applied'; order: Order } | { kind: 'already_decided'; order: Order } | { kind: 'refused'; code: RefusalCode };

/** The issuer rejects one card while reviewing the order; the review card is refreshed for every reviewer. */
export async function rejectItem({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof rejectItemInput>;
}): Promise<RejectItemResult> {
  const { orderId, itemId, reason } = parseInput(rejectItemInput, input);
  const ports = portsOf(ctx);
  const found = await ctx.store.lifecycle.item(itemId);
  if (!found || found.orderId !== orderId) throw new NotFoundError(`item ${itemId}`);
  const { order, ...item } = found;
  await authorize({ ctx, actor }, 'order.review', { type: 'order', companyId: order.companyId, ordererId: order.ordererId });
  const result = transitionItem(
    snapshotOf(item),
    { type: 'reject', reason: reason ?? '' },
    { kind: 'reviewer', personId: actor.personId },
    ctx.now(),
    { orderState: order.status },
  );
  if (!result.ok)
    return result.code === 'invalid_transition' || result.code === 'order_not_in_review'
      ? { kind: 'already_decided', order }
      : { kind: 'refused', code: result.code };

  const view = await loadReview(ctx, order);
  const refreshed = {
    ...view,
    items: view.items.map((v) =>
      v.item.id === itemId ? { ...v, item: { ...v.item, status: result.next.state, reason: result.next.reason } } : v,
    ),
  };
  // The posts stay: the order is still under review, and its final decision replaces them again.
  const replaced = await replacePosts(ctx, 'review', orderId, `review.reject_item:${itemId}`, (locale) =>
    ports.issuer.reviewCard(refreshed, { kind: 'open' }, locale),
  );
  const events = await eventDrafts(ctx, {
    order,
    eventId: `item.reject:${itemId}`,
    key: 'event.item_rejected',
    params: { name: `${item.firstName} ${item.lastName}`, reason: result.next.reason ?? '' },
    actorPersonId: actor.personId,
  });
  const applied = await ctx.store.lifecycle.apply(
    { items: [{ itemId, from: ['awaiting_cardholder'], set: { status: 'rejected', reason: result.next.reason } }] },
    { audit: [result.audit], outbox: [...replaced.drafts, ...events] },
  );
  if (applied === 'already_decided') return { kind: 'already_decided', order };
  ctx.log.info({ event: 'item.reject', itemId, orderId }, 'issuer rejected one card');
  return { kind: 'applied', order };
}
