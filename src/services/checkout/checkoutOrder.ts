import { z } from 'zod';
import type { Order, OrderItem } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { parseInputOrNothing } from '../parseInput';

/**
 * The order a checkout became, with its items, for clicks on an old summary card (a double click
 * on Confirm order): the card keeps showing what was ordered. The checkout id comes from card
 * data, so only the actor's own checkouts are looked at.
 */
export async function checkoutOrder({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { checkoutId: string };
}): Promise<{ order: Order; items: OrderItem[] } | undefined> {
  const parsed = parseInputOrNothing(z.object({ checkoutId: z.uuid() }), input);
  if (!parsed) return undefined;
  const owner = await resolveOrderer({ ctx, actor });
  const checkout = await ctx.store.checkouts.get(owner, parsed.checkoutId);
  const order = checkout?.orderId ? await ctx.store.orders.get(checkout.orderId) : undefined;
  return order && { order, items: await ctx.store.orders.items(order.id) };
}
