import { z } from 'zod';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { parseInput } from '../parseInput';

const itemRef = z.object({ itemId: z.string().min(1).max(64) });

/**
 * The item id may come from card data, so the removal is scoped to the actor's own cart:
 * another orderer's item is simply "not in your cart".
 */
export async function removeFromCart({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { itemId: string };
}): Promise<{ removed: boolean }> {
  const { itemId } = parseInput(itemRef, input);
  const owner = await resolveOrderer({ ctx, actor });
  const removed = await ctx.store.cart.remove(owner, itemId);
  ctx.log.info({ event: removed ? 'cart.removed' : 'cart.remove_missing', itemId, ordererId: owner.ordererId }, 'cart item removal');
  return { removed };
}
