import { orderProgress, type OrderProgress } from '../../domain/lifecycle/progress';
import type { OrderListing } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';

export const ORDERS_SHOWN = 20;

/** The actor's own orders in their company, newest first (the latest 20, with the total), each with its progress. */
export async function listOrders({
  ctx,
  actor,
}: {
  ctx: ServiceContext;
  actor: Actor;
}): Promise<{ total: number; orders: (OrderListing & { progress: OrderProgress })[] }> {
  const owner = await resolveOrderer({ ctx, actor });
  const { total, orders } = await ctx.store.orders.listFor(owner, ORDERS_SHOWN);
  // The listing carries each card's state: no per-order read (and no sealed column opened) to show progress.
  return {
    total,
    orders: orders.map((listing) => ({
      ...listing,
      progress: orderProgress(
        listing.order.status,
        listing.itemStates.map((state) => ({ state })),
      ),
    })),
  };
}
