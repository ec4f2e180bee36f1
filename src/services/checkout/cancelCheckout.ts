import { z } from 'zod';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { parseInputOrNothing } from '../parseInput';

/** Closes an open checkout (Cancel button, `cancel` command); a placed one stays placed. */
export async function cancelCheckout({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { checkoutId: string };
}): Promise<void> {
  const parsed = parseInputOrNothing(z.object({ checkoutId: z.uuid() }), input);
  if (!parsed) return;
  const owner = await resolveOrderer({ ctx, actor });
  if (await ctx.store.checkouts.cancel(owner, parsed.checkoutId))
    ctx.log.info({ event: 'checkout.cancelled', checkoutId: parsed.checkoutId }, 'checkout cancelled');
}
