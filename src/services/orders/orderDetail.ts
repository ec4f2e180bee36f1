import { z } from 'zod';
import { ITEM_RULES, ORDER_RULES } from '../../domain/lifecycle';
import { orderProgress, productionStarted, type OrderProgress } from '../../domain/lifecycle/progress';
import type { AuditEntry, Order, OrderItem, ReachStatus } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { can } from '../../domain/roles';
import { authorize } from '../roles/actorRoles';
import { parseInput } from '../parseInput';

export const orderDetailInput = z.object({
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^ID06-\d{4}-\d{6}$/),
});

export interface OrderDetail {
  order: Order;
  items: OrderItem[];
  progress: OrderProgress;
  /** The order's and its items' audit entries, oldest first. */
  timeline: AuditEntry[];
  /** The actor reviews: the card offers the production steps. */
  reviewer: boolean;
  /** The actor may change the order's cards (its orderer, or an admin of its company): resend, correct an e-mail. */
  editor: boolean;
  /** Per item id: how its approval went out (Teams card, the app installed, e-mailed link), for the orderer. */
  reach: Record<string, ItemReach>;
  /** What the actor may cancel (its orderer or the company's admin, before production): the whole order, and which cards on their own. */
  cancellable: { order: boolean; itemIds: string[] };
}

/** `order <number>`: the order with its items and its history, for whoever may view it. */
export async function orderDetail({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof orderDetailInput>;
}): Promise<OrderDetail> {
  const parsed = parseInput(orderDetailInput, input);
  const order = await ctx.store.orders.byNumber(parsed.number);
  if (!order) throw new NotFoundError(`order ${parsed.number}`);
  const roles = await authorize({ ctx, actor }, 'order.view', { type: 'order', companyId: order.companyId, ordererId: order.ordererId });
  const items = await ctx.store.orders.items(order.id);
  // The order's and its cards' history in one read, oldest first.
  const timeline = await ctx.store.audit.listMany([
    { type: 'order', id: order.id },
    ...items.map((i) => ({ type: 'item' as const, id: i.id })),
  ]);
  const editor = can(roles, 'item.edit', {
    type: 'item',
    companyId: order.companyId,
    ordererId: order.ordererId,
    cardholderPersonId: null,
  });
  const reach = editor ? await reachOf(ctx, items) : {};
  return {
    order,
    items,
    progress: orderProgress(
      order.status,
      items.map((i) => ({ state: i.status })),
    ),
    timeline,
    reviewer: roles.reviewer,
    editor,
    reach,
    cancellable: cancellableBy(editor, order, items),
  };
}

export interface ItemReach {
  /** An approval card was posted to them in Teams. */
  teams: boolean;
  /** The current round's install through Graph and e-mailed link, if tried. */
  installed: ReachStatus | null;
  email: ReachStatus | null;
}

async function reachOf(ctx: ServiceContext, items: OrderItem[]): Promise<Record<string, ItemReach>> {
  const records = await ctx.store.approvalReach.forItems(items.map((i) => i.id));
  const reach: Record<string, ItemReach> = {};
  for (const item of items) {
    const current = records.filter((r) => r.itemId === item.id && r.round === item.approvalRound);
    const teams = (await ctx.store.lifecycle.posts('approval', item.id)).length > 0;
    reach[item.id] = {
      teams,
      installed: current.find((r) => r.channel === 'teams')?.status ?? null,
      email: current.find((r) => r.channel === 'email')?.status ?? null,
    };
  }
  return reach;
}

/** The same rules cancelOrder applies (the order machine, then each card's), so a button is offered only where a click would work. */
function cancellableBy(editor: boolean, order: Order, items: OrderItem[]): OrderDetail['cancellable'] {
  if (!editor || !ORDER_RULES.cancel.from.includes(order.status)) return { order: false, itemIds: [] };
  const open = items.filter((i) => ITEM_RULES.cancel.from.includes(i.status));
  const whole = !productionStarted(items.map((i) => ({ state: i.status }))) && open.length > 0;
  // A lone open card is the whole order; once another card is produced, open ones still go one by one.
  return { order: whole, itemIds: open.length > 1 || !whole ? open.map((i) => i.id) : [] };
}
