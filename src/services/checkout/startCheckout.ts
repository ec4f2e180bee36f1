import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { viewCartOf, type CartLine } from '../cart/viewCart';
import { checkoutOptionsFor } from './checkoutOptions';

export type StartCheckoutResult =
  | { kind: 'empty' }
  /** Every cardholder in the cart is held back (no usable photo): a checkout could only end without an order. */
  | { kind: 'nothing_orderable'; blocked: CartLine[] }
  | { kind: 'started'; checkoutId: string; itemCount: number; blocked: CartLine[] };

/** Opens a checkout session for the actor's cart; its id goes on every card of this checkout. */
export async function startCheckout({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<StartCheckoutResult> {
  const owner = await resolveOrderer({ ctx, actor });
  await checkoutOptionsFor(ctx, owner);
  const cart = await viewCartOf(ctx, owner, { withPricing: false });
  if (cart.lines.length === 0) return { kind: 'empty' };
  if (cart.blocked.length === cart.lines.length) return { kind: 'nothing_orderable', blocked: cart.blocked };
  const checkout = await ctx.store.checkouts.open(owner);
  ctx.log.info(
    { event: 'checkout.started', checkoutId: checkout.id, ordererId: owner.ordererId, items: cart.lines.length },
    'checkout started',
  );
  return { kind: 'started', checkoutId: checkout.id, itemCount: cart.lines.length, blocked: cart.blocked };
}
