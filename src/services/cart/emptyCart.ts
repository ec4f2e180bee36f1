import { z } from 'zod';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { parseInput } from '../parseInput';

/** Empties the cart only at the version the user confirmed: items added since are kept. */
export async function emptyCart({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { version: string };
}): Promise<{ cleared: number } | { changed: true }> {
  const { version } = parseInput(z.object({ version: z.string().min(1).max(64) }), input);
  const owner = await resolveOrderer({ ctx, actor });
  const result = await ctx.store.cart.clearAtVersion(owner, version);
  ctx.log.info({ event: 'cart.emptied', ordererId: owner.ordererId, ...result }, 'cart empty requested');
  return result;
}
