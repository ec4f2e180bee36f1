import { z } from 'zod';
import type { Order } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { parseInputOrNothing } from '../parseInput';

/**
 * The order a checkout became, for clicks on an old summary card. The checkout id comes from
 * card data, so only the actor's own checkouts are looked at.
 */
export async function checkoutOrder({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: { checkoutId: string } }): Promise<Order | undefined> {
  const parsed = parseInputOrNothing(z.object({ checkoutId: z.uuid() }), input);
  if (!parsed) return undefined;
  const owner = await resolveOrderer({ ctx, actor });
  const checkout = await ctx.store.checkouts.get(owner, parsed.checkoutId);
  return checkout?.orderId ? ctx.store.orders.get(checkout.orderId) : undefined;
}
