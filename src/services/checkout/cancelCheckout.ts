import { z } from 'zod';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';

/** Closes an open checkout (Cancel button, `cancel` command); a placed one stays placed. */
export async function cancelCheckout({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: { checkoutId: string } }): Promise<void> {
  const parsed = z.object({ checkoutId: z.uuid() }).safeParse(input);
  if (!parsed.success) return;
  const owner = await resolveOrderer({ ctx, actor });
  if (await ctx.store.checkouts.cancel(owner, parsed.data.checkoutId)) ctx.log.info({ event: 'checkout.cancelled', checkoutId: parsed.data.checkoutId }, 'checkout cancelled');
}
