import { z } from 'zod';
import type { Order } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';

/**
 * The order a checkout became, for clicks on an old summary card. The checkout id comes from
 * card data, so only the actor's own checkouts are looked at.
 */
export async function checkoutOrder({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: { checkoutId: string } }): Promise<Order | undefined> {
  const parsed = z.object({ checkoutId: z.uuid() }).safeParse(input);
  if (!parsed.success) return undefined;
  const owner = await resolveOrderer({ ctx, actor });
  const checkout = await ctx.store.checkouts.get(owner, parsed.data.checkoutId);
  return checkout?.orderId ? ctx.store.orders.get(checkout.orderId) : undefined;
}
