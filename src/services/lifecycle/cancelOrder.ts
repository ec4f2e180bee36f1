import { z } from 'zod';
import { PRODUCED_STATES, transitionItem, transitionOrder } from '../../domain/lifecycle';
import type { ActorKind, RefusalCode } from '../../domain/lifecycle/states';
import { can, type ActorRoles } from '../../domain/roles';
import { idempotencyKey, type ItemChange, type Order, type OrderItem, type OutboxDraft } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { parseInput } from '../parseInput';
import { authorize } from '../roles/actorRoles';
import { snapshotOf } from './itemSnapshot';
import { loadReview } from './loadReview';
import { eventDrafts, portsOf, replacePosts } from './shared';

export const cancelOrderInput = z.object({
  orderId: z.string().min(1).max(64),
  reason: z.string().trim().min(1).max(500),
  /** One card of the order; unset: the whole order. */
  itemId: z.string().min(1).max(64).optional(),
});

export type CancelResult =
  { kind: 'applied'; order: Order } | { kind: 'already_decided'; order: Order } | { kind: 'refused'; code: RefusalCode };

/**
 * The orderer (or the company's admin, or the issuer) cancels an order, or one card of it, before
 * production, with a reason. The cardholders' approval cards and the review card are replaced
 * with "cancelled", approval cards still waiting in the outbox are withdrawn, reminders stop (a
 * cancelled card has no open round), and the orderer and managers are told. Once any card of the
 * order is produced the order machine refuses (`production_started`).
 */
export async function cancelOrder({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: unknown }): Promise<CancelResult> {
  const { orderId, reason, itemId } = parseInput(cancelOrderInput, input);
  const ports = portsOf(ctx);
  const order = await ctx.store.orders.get(orderId);
  if (!order) throw new NotFoundError(`order ${orderId}`);
  const roles = await authorize({ ctx, actor }, 'order.cancel', { type: 'order', companyId: order.companyId, ordererId: order.ordererId });
  const items = await ctx.store.orders.items(order.id);
  if (itemId && !items.some((i) => i.id === itemId)) throw new NotFoundError(`item ${itemId}`);
  const at = ctx.now();
  const who = { kind: actorKind(roles, order), personId: actor.personId };
  const productionStarted = items.some((i) => PRODUCED_STATES.includes(i.status));

  // The whole order, or one card (the order goes with its last open card).
  const open = items.filter((i) => transitionItem(snapshotOf(i), { type: 'cancel', reason }, who, at, { orderState: order.status }).ok);
  const cancelling = itemId ? open.filter((i) => i.id === itemId) : open;
  if (itemId && cancelling.length === 0)
    return PRODUCED_STATES.includes(items.find((i) => i.id === itemId)!.status)
      ? { kind: 'refused', code: 'production_started' }
      : { kind: 'already_decided', order };
  const wholeOrder = !itemId || (cancelling.length === open.length && !items.some((i) => PRODUCED_STATES.includes(i.status)));
  const orderResult = wholeOrder
    ? transitionOrder({ id: order.id, state: order.status, reason: order.reason, productionStarted }, { type: 'cancel', reason }, who, at)
    : null;
  if (orderResult && !orderResult.ok)
    return orderResult.code === 'invalid_transition' ? { kind: 'already_decided', order } : { kind: 'refused', code: orderResult.code };
  const cancelled: Order = orderResult?.ok ? { ...order, status: orderResult.next.state, reason: orderResult.next.reason } : order;

  const changes: ItemChange[] = [];
  const audit = orderResult?.ok ? [orderResult.audit] : [];
  const outbox: OutboxDraft[] = [];
  const withdrawn: string[] = [];
  const postKeys: string[] = [];
  for (const item of cancelling) {
    const result = transitionItem(snapshotOf(item), { type: 'cancel', reason }, who, at, { orderState: order.status });
    if (!result.ok) continue;
    changes.push({
      itemId: item.id,
      from: [item.status],
      round: item.approvalRound,
      set: { status: 'cancelled', reason: result.next.reason, remindAt: null, expiresAt: null },
    });
    audit.push(result.audit);
    const replaced = await replacePosts(ctx, 'approval', item.id, `approval.cancelled:${item.id}:${item.approvalRound}`, (locale) =>
      ports.approvals.outcome({ item, order: cancelled, outcome: 'cancelled' }, locale),
    );
    outbox.push(...replaced.drafts);
    postKeys.push(...replaced.keys);
    if (item.cardholderPersonId)
      withdrawn.push(idempotencyKey(`approval:${item.id}:${item.approvalRound}`, { kind: 'person', id: item.cardholderPersonId }));
  }

  // The issuer's review card shows the cancellation (or, for one card, the order's cards as they now are).
  const view = await loadReview(ctx, order);
  const cancelledIds = new Set(cancelling.map((i) => i.id));
  const refreshed = {
    ...view,
    order: cancelled,
    items: view.items.map((v) => (cancelledIds.has(v.item.id) ? { ...v, item: cancelledItem(v.item, reason) } : v)),
  };
  const outcome = wholeOrder
    ? ({ kind: 'cancelled', reason } as const)
    : order.status === 'submitted' || order.status === 'in_review'
      ? ({ kind: 'open' } as const)
      : ({ kind: 'approved' } as const);
  const review = await replacePosts(ctx, 'review', order.id, `review.cancel:${itemId ?? order.id}`, (locale) =>
    ports.issuer.reviewCard(refreshed, outcome, locale),
  );
  outbox.push(...review.drafts);
  const names = cancelling.map((i) => `${i.firstName} ${i.lastName}`).join(', ');
  outbox.push(
    ...(await eventDrafts(ctx, {
      order: cancelled,
      eventId: `order.cancel:${itemId ?? order.id}`,
      key: wholeOrder ? 'event.cancelled' : 'event.item_cancelled',
      params: { reason, name: names },
      actorPersonId: actor.personId,
    })),
  );

  const applied = await ctx.store.lifecycle.apply(
    {
      ...(orderResult?.ok
        ? { order: { orderId, from: [order.status], set: { status: orderResult.next.state, reason: orderResult.next.reason } } }
        : {}),
      items: changes,
    },
    { audit, outbox },
  );
  if (applied === 'already_decided') return { kind: 'already_decided', order: (await ctx.store.orders.get(orderId)) ?? order };
  await ctx.store.lifecycle.forgetPosts([...postKeys, ...(wholeOrder ? review.keys : [])]);
  if (withdrawn.length) await ctx.store.outbox.cancel(withdrawn);
  ctx.log.info(
    { event: wholeOrder ? 'order.cancel' : 'item.cancel', orderId, cards: changes.length, by: who.kind },
    'cancelled before production',
  );
  return { kind: 'applied', order: cancelled };
}

/** The role a cancel is made in, for the audit: the order's orderer, else the company's admin, else the issuer. */
function actorKind(roles: ActorRoles, order: Order): ActorKind {
  if (order.ordererId === roles.personId) return 'orderer';
  if (can({ ...roles, reviewer: false }, 'order.cancel', { type: 'order', companyId: order.companyId, ordererId: order.ordererId }))
    return 'admin';
  return 'reviewer';
}

const cancelledItem = (item: OrderItem, reason: string): OrderItem => ({ ...item, status: 'cancelled', reason });
