import { z } from 'zod';
import { orderTotals, type OrderTotals } from '../../domain/checkout/money';
import { cartEntries } from '../../store/cartVersion';
import type { Order } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { viewCartOf, type CartView } from '../cart/viewCart';
import { checkoutOptionsFor, type CheckoutOptions } from './checkoutOptions';
import { parseInput } from '../parseInput';

export type CheckoutSummary =
  { kind: 'open'; cart: CartView; options: CheckoutOptions; totals: OrderTotals } | { kind: 'placed'; order: Order } | { kind: 'closed' };

/**
 * Everything the summary card shows, computed now from the cart and the company settings. With
 * `record` (the default) the items and their versions are recorded on the checkout: confirming
 * orders exactly these. Without it, it only previews (to redraw a card that is being closed).
 */
export async function summariseCheckout({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { checkoutId: string; record?: boolean };
}): Promise<CheckoutSummary> {
  const { checkoutId, record } = parseInput(z.object({ checkoutId: z.uuid(), record: z.boolean().default(true) }), input);
  const owner = await resolveOrderer({ ctx, actor });
  const checkout = await ctx.store.checkouts.get(owner, checkoutId);
  if (checkout?.status === 'placed' && checkout.orderId) {
    const order = await ctx.store.orders.get(checkout.orderId);
    if (order) return { kind: 'placed', order };
  }
  if (checkout?.status !== 'open') return { kind: 'closed' };
  const [cart, options] = await Promise.all([viewCartOf(ctx, owner, { withPricing: false }), checkoutOptionsFor(ctx, owner)]);
  if (record) await ctx.store.checkouts.recordSummary(owner, checkoutId, cartEntries(cart.lines.map((l) => l.item)));
  const totals = orderTotals(cart.lines.length, options.settings.pricePerCardOre, options.settings.vatRatePercent);
  return { kind: 'open', cart, options, totals };
}
